/**
 * The one-file entry: defines all four elements and turns
 * `<div data-lym="…">` placeholders into them (now and when added later).
 */
import './org-directory/define.js';
import './event-card/define.js';
import './signup-form/define.js';
import './recommendation-list/define.js';
import {upgradePlaceholders} from './shared/upgrade.js';

if (typeof document !== 'undefined') upgradePlaceholders();

export * from './index.js';
