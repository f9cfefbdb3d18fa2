/**
 * `local-y-mpact-elements/recommendation-list.js`, for bundlers: defines `<recommendation-list>` and
 * exports its class (`RecommendationList`) and event classes. The page bundle loads
 * `./recommendation-list/define.js` instead, which exports nothing.
 */
import './recommendation-list/define.js';
export * from './recommendation-list/recommendation-list.js';
