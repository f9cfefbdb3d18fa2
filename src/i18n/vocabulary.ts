/**
 * Labels for the organisations' vocabularies (types, fields of activity),
 * translated like every UI string. The recommendations' audiences and topics
 * are in recommendation-vocabulary.ts: each element loads only its own.
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

// Country and language names live in display-names.ts (an event card needs
// them without the vocabularies); re-exported here for the directory.
export {countryName, languageName} from './display-names.js';
