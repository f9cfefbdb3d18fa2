/**
 * Whether a form takes registrations now, from the form's own dates and its
 * event's registration (the feed's `events[].registration`). Pure.
 */
import type {FeedEvent, Form} from '../feed/types.js';

export type FormState =
  'open' | 'not-yet-open' | 'closed' | 'full' | 'cancelled';

const time = (iso?: string) => (iso ? Date.parse(iso) : NaN);

export function formState(
  form: Form,
  event: FeedEvent | undefined,
  now: number
): FormState {
  const reg = event?.registration;
  if (event?.status === 'cancelled' || reg?.status === 'cancelled')
    return 'cancelled';
  if (reg?.status === 'closed' || now > time(form.closes ?? reg?.closes))
    return 'closed';
  if (
    reg?.status === 'full' ||
    (reg?.capacity !== undefined && (reg.registered ?? 0) >= reg.capacity)
  )
    return 'full';
  return now < time(form.opens ?? reg?.opens) ? 'not-yet-open' : 'open';
}

/** When registration opens (for the "not yet open" message). */
export function opensAt(form: Form, event: FeedEvent | undefined): Date {
  return new Date(time(form.opens ?? event?.registration?.opens));
}
