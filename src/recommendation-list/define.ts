import {defineElement} from '../shared/define.js';
import {RecommendationList} from './recommendation-list.js';

defineElement('recommendation-list', RecommendationList);
