/** An event of the feed's `events` (the event card's records). */
import {address, geo, type Obj} from './read.js';
import type {FeedEvent} from './types.js';

export const REGISTRATION_STATUSES = [
  'open',
  'closed',
  'full',
  'cancelled',
] as const;

export function event(o: Obj): FeedEvent {
  const venue = o.child('venue');
  const image = o.child('image');
  const imageUrl = image?.url('url');
  const reg = o.child('registration');
  return {
    id: o.id(),
    title: o.required('title', o.text('title')),
    description: o.text('description'),
    start: o.required('start', o.date('start')),
    end: o.date('end'),
    timeZone: o.string('timeZone'),
    venue: venue && {
      name: venue.text('name'),
      address: address(venue.child('address')),
      geo: geo(venue.child('geo')),
    },
    attendanceMode: o.oneOf('attendanceMode', [
      'offline',
      'online',
      'mixed',
    ] as const),
    onlineUrl: o.url('onlineUrl'),
    organizers: o.list('organizers', (g) =>
      typeof g.o.id === 'string' && g.o.id
        ? {id: g.id()}
        : {name: g.required('name', g.text('name')), url: g.url('url')}
    ),
    audience: o.text('audience'),
    language: o.string('language'),
    image: imageUrl
      ? {url: imageUrl, alt: image?.text('alt') ?? ''}
      : undefined,
    url: o.url('url'),
    registration: reg && {
      url: reg.url('url'),
      formId: reg.string('formId'),
      opens: reg.date('opens'),
      closes: reg.date('closes'),
      capacity: reg.number('capacity', 0),
      registered: reg.number('registered', 0),
      status: reg.oneOf('status', REGISTRATION_STATUSES),
    },
    status: o.oneOf('status', ['scheduled', 'cancelled', 'postponed'] as const),
  };
}
