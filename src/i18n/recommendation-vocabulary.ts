/**
 * Labels for the recommendations' vocabularies (audiences, topics),
 * translated like every UI string (see vocabulary.ts for the organisations').
 */
import type {MsgFn} from '@lit/localize';

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
