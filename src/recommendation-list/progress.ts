/**
 * Checklist progress, kept in localStorage: ONE key per feed,
 * `lym-checklist:<feed URL>`, whose value is a JSON object of
 * recommendation id → sorted indices of the steps that are done:
 * `{"youth-council": [0, 2]}`. A missing, corrupt or foreign value reads as
 * no progress; reading and writing never throw (private mode, quota, a
 * sandboxed frame). Indices beyond a recommendation's current steps (the
 * feed lost steps since saving) are kept in storage but not counted.
 */
import type {Recommendation} from '../feed/types.js';

export type Progress = Readonly<Record<string, readonly number[]>>;

export interface Count {
  readonly done: number;
  readonly total: number;
}

export const storageKey = (feed: string) => `lym-checklist:${feed}`;

/**
 * The steps done of recommendation `id`: its own entry only, so that an id
 * is a key like any other, also "constructor" or "toString" (which every
 * object has). An id "__proto__" is kept as an entry too: progress is read
 * into an object with no prototype, and a spread or a computed key defines
 * the entry rather than setting the prototype.
 */
const stepsOf = (progress: Progress, id: string) =>
  Object.hasOwn(progress, id) ? progress[id] : [];

/** The page's localStorage, or undefined where it is blocked. */
export function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Reads the progress of a feed; anything unreadable is ignored. */
export function readProgress(
  store: Storage | undefined,
  feed: string
): Progress {
  const progress: Record<string, number[]> = Object.create(null);
  try {
    const value: unknown = JSON.parse(store?.getItem(storageKey(feed)) ?? '{}');
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [id, list] of Object.entries(value)) {
        if (!Array.isArray(list)) continue;
        const steps = list.filter(
          (i): i is number => Number.isInteger(i) && i >= 0 && i < 1000
        );
        if (steps.length)
          progress[id] = [...new Set(steps)].sort((a, b) => a - b);
      }
    }
  } catch {
    // Not JSON: no progress.
  }
  return progress;
}

/** Saves the progress of a feed (removes the key when nothing is done). */
export function writeProgress(
  store: Storage | undefined,
  feed: string,
  progress: Progress
): void {
  try {
    if (Object.keys(progress).length)
      store?.setItem(storageKey(feed), JSON.stringify(progress));
    else store?.removeItem(storageKey(feed));
  } catch {
    // Full or blocked storage: progress lasts for this page only.
  }
}

/** The progress with one step ticked or unticked. */
export function setStep(
  progress: Progress,
  id: string,
  step: number,
  done: boolean
): Progress {
  const steps = stepsOf(progress, id).filter((i) => i !== step);
  if (done) steps.push(step);
  const next: Record<string, readonly number[]> = {
    ...progress,
    [id]: steps.sort((a, b) => a - b),
  };
  if (!steps.length) delete next[id];
  return next;
}

/** The progress without the given recommendations. */
export function resetProgress(
  progress: Progress,
  ids: readonly string[]
): Progress {
  const next = {...progress};
  for (const id of ids) delete next[id];
  return next;
}

/** Whether step `step` of recommendation `id` is done. */
export const isDone = (progress: Progress, id: string, step: number) =>
  stepsOf(progress, id).includes(step);

/** x of y steps done for one recommendation (only steps it still has count). */
export function countOf(progress: Progress, r: Recommendation): Count {
  const total = r.steps.length;
  return {done: stepsOf(progress, r.id).filter((i) => i < total).length, total};
}

/** x of y steps done over several recommendations. */
export function overall(
  progress: Progress,
  list: readonly Recommendation[]
): Count {
  return list.reduce(
    (sum, r) => {
      const c = countOf(progress, r);
      return {done: sum.done + c.done, total: sum.total + c.total};
    },
    {done: 0, total: 0}
  );
}
