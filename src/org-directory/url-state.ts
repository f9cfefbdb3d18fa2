/**
 * The filter state in the query string, namespaced per directory
 * (`?od.q=talsi&od.country=LV,LT&od.partners=1&od.sort=updated&od.page=2`),
 * so two directories on one page keep their own state. Pure: strings in,
 * strings out; other parameters of the page are kept as they are.
 */
import {DEFAULT_STATE, type FilterState} from './filter.js';
import {parseList} from '../shared/text.js';

const LISTS = ['country', 'type', 'field', 'language'] as const;
const KEYS = ['q', ...LISTS, 'partners', 'sort', 'page'];

/** The namespace of a directory: its `id`, else `od`, `od2`, `od3`… by its place in the page. */
export function namespaceFor(id: string, index: number): string {
  return id || (index > 0 ? `od${index + 1}` : 'od');
}

/** Reads a directory's state from a query string; unknown or malformed values fall back to defaults. */
export function readState(search: string, ns: string): FilterState {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(`${ns}.${key}`) ?? '';
  // Values separated by commas (or spaces), or the key repeated (as a GET
  // form or URLSearchParams.append writes a list); keys are lower case, and
  // a shared link may have been typed otherwise.
  const list = (key: string, upper?: boolean) =>
    parseList(
      params
        .getAll(`${ns}.${key}`)
        .join()
        [upper ? 'toUpperCase' : 'toLowerCase']()
    ).slice(0, 100);
  const page = Number(get('page'));
  return {
    ...DEFAULT_STATE,
    q: get('q').slice(0, 200),
    country: list('country', true),
    type: list('type'),
    field: list('field'),
    language: list('language'),
    partners: get('partners') === '1',
    sort: get('sort') === 'updated' ? 'updated' : 'name',
    page: Number.isInteger(page) && page > 1 && page < 1e6 ? page : 1,
  };
}

/**
 * A query string (`?…`, or `''` when nothing is left) with this directory's
 * state written into `search`; defaults are left out.
 */
export function writeState(
  search: string,
  ns: string,
  state: FilterState
): string {
  const params = new URLSearchParams();
  const mine = new Set(KEYS.map((key) => `${ns}.${key}`));
  // A falsy value (empty, false) is left out.
  const set = (key: string, value: unknown) =>
    value && params.set(`${ns}.${key}`, `${value}`);
  set('q', state.q);
  for (const key of LISTS) set(key, state[key].join());
  set('partners', state.partners && 1);
  set('sort', state.sort != 'name' && state.sort);
  set('page', state.page > 1 && state.page);
  // The page's own parameters byte for byte, as written (`?preview`, a
  // signed link's `sig=x~y*z`): re-encoded, they could stop working.
  const query = [
    ...search
      .replace(/^\?/, '')
      .split('&')
      .filter(
        (part) =>
          part && !mine.has(new URLSearchParams(part).keys().next().value!)
      ),
    params,
  ]
    .join('&')
    .replace(/&$/, '');
  return query ? `?${query}` : '';
}
