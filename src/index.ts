/**
 * The classes and types, with no side effects: importing this module
 * defines no element. Use `local-y-mpact-elements/all.js` (or the bundle) to
 * define all four, or `local-y-mpact-elements/<element>.js` for one.
 */
export {
  OrgDirectory,
  LymFilterChangeEvent,
  LymOrgSelectEvent,
} from './org-directory/org-directory.js';
export {EventCard, LymCalendarAddEvent} from './event-card/event-card.js';
export type {CalendarAddDetail} from './event-card/event-card.js';
export {
  SignupForm,
  LymSignupSubmitEvent,
  LymSignupSuccessEvent,
  LymSignupErrorEvent,
} from './signup-form/signup-form.js';
export type {SignupErrorKind} from './signup-form/signup-form.js';
export type {SubmittedData} from './signup-form/submit.js';
export {
  RecommendationList,
  LymStepToggleEvent,
} from './recommendation-list/recommendation-list.js';
export type {StepToggleDetail} from './recommendation-list/recommendation-list.js';
export {LymFeedErrorEvent, LymFeedLoadEvent} from './shared/feed-controller.js';
export type {
  FeedErrorDetail,
  FeedLoadDetail,
} from './shared/feed-controller.js';
export {parseFeed} from './feed/parse.js';
export {loadFeed} from './feed/parse.js';
export {mergeFeeds, clearFeedCache} from './feed/load.js';
export {FeedError} from './feed/errors.js';
export type {FeedErrorKind} from './feed/errors.js';
export {safeUrl} from './shared/safe-url.js';
export {defineElement} from './shared/define.js';
export {upgradePlaceholders} from './shared/upgrade.js';
export type * from './feed/types.js';
