/**
 * `local-y-mpact-elements/org-directory.js`, for bundlers: defines `<org-directory>` and
 * exports its class (`OrgDirectory`) and event classes. The page bundle loads
 * `./org-directory/define.js` instead, which exports nothing.
 */
import './org-directory/define.js';
export * from './org-directory/org-directory.js';
