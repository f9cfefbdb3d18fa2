/** One of our events: an Event with its `detail`. */
export type LymEvent<D> = Event & {readonly detail: D};

/**
 * The class of one of our events: it bubbles, crosses shadow roots
 * (composed) and carries its `detail`. Each element's events are made with it
 * (`export const LymFooEvent = lymEvent<FooDetail>('lym-foo')`, and a type of
 * the same name): classes like any other (`new`, `instanceof`), in fewer
 * bytes than a constructor each.
 */
export function lymEvent<D>(
  type: string,
  cancelable?: boolean
): new (detail: D) => LymEvent<D> {
  return class extends Event {
    constructor(readonly detail: D) {
      super(type, {bubbles: true, composed: true, cancelable});
    }
  };
}
