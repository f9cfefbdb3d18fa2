import {defineElement} from '../shared/define.js';
import {EventCard} from './event-card.js';

defineElement('event-card', EventCard);
