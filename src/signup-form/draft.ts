/**
 * The draft: answers kept while the visitor types, so a reload, a failed
 * submit or a slip of the back button loses nothing. sessionStorage by
 * default (gone when the tab closes); localStorage with `persist`. Every
 * draft carries the time it was saved and is ignored after 7 days; a stored
 * value that cannot be read is ignored and removed. Erased after success
 * (unless another tab has saved its own since: see SignupForm's ownDraft),
 * and, when older than 7 days, the next time any form on the site reads its
 * own (a form never opened again leaves no answers behind).
 */
import {CONSENT, type Answers} from './validate.js';

export interface Draft {
  answers: Answers;
  /** When it was saved (ms since the epoch). */
  savedAt: number;
  /** When the visitor first saw the form for these answers (for the minimum fill time). */
  startedAt: number;
  /** The idempotency key and the answers it was made for (see `keyFor`). */
  key?: string;
  keyFor?: string;
}

export const DRAFT_MAX_AGE = 7 * 24 * 60 * 60 * 1000;

/** The start of a draft's storage key (`lym-signup-form:<feed>#<form>`). */
export const DRAFT_PREFIX = 'lym-signup-form:';

/** The storage to use, or undefined when the browser refuses storage (privacy modes, sandboxed frames). */
export function draftStorage(persist: boolean): Storage | undefined {
  try {
    return persist ? localStorage : sessionStorage;
  } catch {
    return undefined;
  }
}

const isNum = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * The stored draft at `key` when it is readable and younger than 7 days;
 * else undefined (and removed). Every other draft in `storage` that is too
 * old or unreadable is removed too.
 */
export function readDraft(
  storage: Storage | undefined,
  key: string,
  now: number
): Draft | undefined {
  for (const other of Object.keys(storage ?? {}))
    if (other.startsWith(DRAFT_PREFIX)) read(storage, other, now);
  return read(storage, key, now);
}

/** One stored draft, as {@link readDraft} reads its own. */
function read(
  storage: Storage | undefined,
  key: string,
  now: number
): Draft | undefined {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return undefined;
    const d = JSON.parse(raw) as Partial<Draft> | null;
    const answers: Answers = {};
    if (
      d &&
      isNum(d.savedAt) &&
      now - d.savedAt <= DRAFT_MAX_AGE &&
      typeof d.answers === 'object' &&
      d.answers
    ) {
      // Consent is given anew, on the text shown then (it may have changed
      // since), never ticked by a draft.
      for (const [k, v] of Object.entries(d.answers)) {
        if (k != CONSENT && (typeof v === 'string' || typeof v === 'boolean'))
          answers[k] = v;
      }
      return {
        answers,
        savedAt: d.savedAt,
        startedAt: isNum(d.startedAt) ? d.startedAt : d.savedAt,
        key: text(d.key),
        keyFor: text(d.keyFor),
      };
    }
  } catch {
    // Not JSON: removed below.
  }
  eraseDraft(storage, key);
  return undefined;
}

/** Saves the draft; a full or refused storage is not an error (the form still works). */
export function writeDraft(
  storage: Storage | undefined,
  key: string,
  draft: Draft
): void {
  try {
    storage?.setItem(key, JSON.stringify(draft));
  } catch {
    // Quota or privacy mode: the answers stay in the form.
  }
}

export function eraseDraft(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do.
  }
}
