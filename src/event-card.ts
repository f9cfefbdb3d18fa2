/**
 * `local-y-mpact-elements/event-card.js`, for bundlers: defines `<event-card>` and
 * exports its class (`EventCard`) and event classes. The page bundle loads
 * `./event-card/define.js` instead, which exports nothing.
 */
import './event-card/define.js';
export * from './event-card/event-card.js';
