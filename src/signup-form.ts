/**
 * `local-y-mpact-elements/signup-form.js`, for bundlers: defines `<signup-form>` and
 * exports its class (`SignupForm`) and event classes. The page bundle loads
 * `./signup-form/define.js` instead, which exports nothing.
 */
import './signup-form/define.js';
export * from './signup-form/signup-form.js';
