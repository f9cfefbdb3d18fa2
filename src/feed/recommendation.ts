/** A recommendation of the feed's `recommendations` (the recommendation list's records). */
import {oneOf, type Obj} from './read.js';
import type {Recommendation} from './types.js';

export const AUDIENCES = [
  'municipality',
  'organization',
  'youth',
  'all',
] as const;

export function recommendation(o: Obj): Recommendation {
  const source = o.child('source');
  const sourceTitle = source?.text('title');
  return {
    id: o.id(),
    title: o.required('title', o.text('title')),
    summary: o.text('summary'),
    audience: o
      .strings('audience')
      .filter((a) => oneOf(AUDIENCES, a)) as Recommendation['audience'],
    topics: o.strings('topics'),
    steps: o.list('steps', (s) => ({
      title: s.required('title', s.text('title')),
      text: s.text('text'),
    })),
    source:
      source && sourceTitle
        ? {
            title: sourceTitle,
            url: source.url('url'),
            year: source.number('year', 1900, 2200),
          }
        : undefined,
  };
}
