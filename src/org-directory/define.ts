import {defineElement} from '../shared/define.js';
import {OrgDirectory} from './org-directory.js';

defineElement('org-directory', OrgDirectory);
