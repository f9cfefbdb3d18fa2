/**
 * Whether a form takes registrations at a moment: its event's registration
 * (the feed's `events[].registration`) with the form's own dates first, by
 * the rule the event card follows. Pure.
 */
import type {FeedEvent, Form} from '../feed/types.js';
import {
  eventEnd,
  registrationState,
  type RegistrationState,
} from '../shared/registration.js';

export function formState(
  form: Form,
  event: FeedEvent | undefined,
  now: number
): RegistrationState | undefined {
  const reg = event?.registration;
  return registrationState(
    {
      status: event?.status,
      start: event?.start,
      registration: {
        ...reg,
        opens: form.opens ?? reg?.opens,
        closes: form.closes ?? reg?.closes,
      },
    },
    event ? eventEnd(event) : Infinity,
    now
  );
}
