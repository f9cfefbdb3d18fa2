import {defineElement} from '../shared/define.js';
import {SignupForm} from './signup-form.js';

defineElement('signup-form', SignupForm);
