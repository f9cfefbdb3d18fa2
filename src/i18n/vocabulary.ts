/**
 * Labels for the feed's vocabularies (organisation types, fields of activity,
 * audiences, recommendation topics), translated like every UI string.
 */
import type {MsgFn} from '@lit/localize';

export function typeLabel(t: MsgFn, key: string): string {
  switch (key) {
    case 'ngo':
      return t('NGO', {id: 'vocab.type.ngo'});
    case 'social-enterprise':
      return t('Social enterprise', {id: 'vocab.type.social-enterprise'});
    case 'youth-organization':
      return t('Youth organisation', {id: 'vocab.type.youth-organization'});
    case 'community-group':
      return t('Community group', {id: 'vocab.type.community-group'});
    case 'public-body':
      return t('Public body', {id: 'vocab.type.public-body'});
    default:
      return t('Other', {id: 'vocab.other'});
  }
}

/** A field-of-activity label; unknown keys read as "Other". */
export function fieldLabel(t: MsgFn, key: string): string {
  switch (key) {
    case 'youth':
      return t('Youth', {id: 'vocab.field.youth'});
    case 'education':
      return t('Education', {id: 'vocab.field.education'});
    case 'social-inclusion':
      return t('Social inclusion', {id: 'vocab.field.social-inclusion'});
    case 'culture':
      return t('Culture', {id: 'vocab.field.culture'});
    case 'environment':
      return t('Environment', {id: 'vocab.field.environment'});
    case 'health':
      return t('Health', {id: 'vocab.field.health'});
    case 'employment':
      return t('Employment', {id: 'vocab.field.employment'});
    case 'sport':
      return t('Sport', {id: 'vocab.field.sport'});
    case 'digital':
      return t('Digital skills', {id: 'vocab.field.digital'});
    case 'rural-development':
      return t('Rural development', {id: 'vocab.field.rural-development'});
    case 'entrepreneurship':
      return t('Entrepreneurship', {id: 'vocab.field.entrepreneurship'});
    case 'volunteering':
      return t('Volunteering', {id: 'vocab.field.volunteering'});
    default:
      return t('Other', {id: 'vocab.other'});
  }
}

export function audienceLabel(t: MsgFn, key: string): string {
  switch (key) {
    case 'municipality':
      return t('Municipalities', {id: 'vocab.audience.municipality'});
    case 'organization':
      return t('Community organisations', {id: 'vocab.audience.organization'});
    case 'youth':
      return t('Young people', {id: 'vocab.audience.youth'});
    case 'all':
      return t('Everyone', {id: 'vocab.audience.all'});
    default:
      return t('Other', {id: 'vocab.other'});
  }
}

/** A recommendation topic label; unknown topics are shown as written. */
export function topicLabel(t: MsgFn, key: string): string {
  switch (key) {
    case 'funding':
      return t('Funding', {id: 'vocab.topic.funding'});
    case 'participation':
      return t('Participation', {id: 'vocab.topic.participation'});
    case 'communication':
      return t('Communication', {id: 'vocab.topic.communication'});
    case 'governance':
      return t('Governance', {id: 'vocab.topic.governance'});
    case 'capacity':
      return t('Capacity building', {id: 'vocab.topic.capacity'});
    case 'premises':
      return t('Premises', {id: 'vocab.topic.premises'});
    case 'procurement':
      return t('Social procurement', {id: 'vocab.topic.procurement'});
    case 'youth':
      return t('Youth', {id: 'vocab.field.youth'});
    default:
      return key;
  }
}

// Country and language names live in display-names.ts (an event card needs
// them without the vocabularies); re-exported here for the directory.
export {countryName, languageName} from './display-names.js';
