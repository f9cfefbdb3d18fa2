/**
 * Checklist progress, kept in localStorage: ONE key per feed,
 * `lym-checklist:<feed URL>`, whose value is a JSON object of
 * recommendation id → the keys (see {@link stepKeys}) of the steps that are
 * done: `{"youth-council": ["Agree on a mandate"]}`. A missing, corrupt or
 * foreign value reads as no progress; reading and writing never throw
 * (private mode, quota, a sandboxed frame). Keys of steps a recommendation
 * no longer has (the feed lost or reworded steps since saving) are kept in
 * storage but not counted.
 */
import type {Recommendation} from '../feed/types.js';
import {pickText} from '../i18n/locale.js';

export type Progress = Readonly<Record<string, readonly string[]>>;

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

/**
 * Each step's key in the progress: its title in the feed's default language
 * (`lang`), the same whatever language the page shows. Not its place: a step
 * the feed's publisher inserts, removes or moves must not carry ticks to
 * other steps (a reworded step loses its tick). A title a recommendation
 * gives twice has its place after it from the second time on.
 */
export function stepKeys(r: Recommendation, lang?: string): string[] {
  const titles = r.steps.map((s) => pickText(s.title, '', lang));
  return titles.map((t, i) => (titles.indexOf(t) < i ? `${t}#${i}` : t));
}

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
  const progress: Record<string, string[]> = Object.create(null);
  try {
    const value: unknown = JSON.parse(store?.getItem(storageKey(feed)) ?? '{}');
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [id, list] of Object.entries(value)) {
        if (!Array.isArray(list)) continue;
        // (Step numbers, as builds before December 2026 kept, are dropped:
        // which steps they meant is not known once the steps change.)
        const steps = list.filter((k): k is string => typeof k == 'string');
        if (steps.length) progress[id] = [...new Set(steps)];
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
  step: string,
  done: boolean
): Progress {
  const steps = stepsOf(progress, id).filter((k) => k !== step);
  if (done) steps.push(step);
  const next: Record<string, readonly string[]> = {...progress, [id]: steps};
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

/** Whether the step with key `step` of recommendation `id` is done. */
export const isDone = (progress: Progress, id: string, step: string) =>
  stepsOf(progress, id).includes(step);

/** x of y steps done for one recommendation (only steps it still has count). */
export function countOf(
  progress: Progress,
  r: Recommendation,
  lang?: string
): Count {
  const keys = stepKeys(r, lang);
  return {
    done: keys.filter((k) => isDone(progress, r.id, k)).length,
    total: keys.length,
  };
}

/** x of y steps done over several recommendations. */
export function overall(
  progress: Progress,
  list: readonly Recommendation[],
  lang?: string
): Count {
  return list.reduce(
    (sum, r) => {
      const c = countOf(progress, r, lang);
      return {done: sum.done + c.done, total: sum.total + c.total};
    },
    {done: 0, total: 0}
  );
}
