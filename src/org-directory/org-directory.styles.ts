import {css} from 'lit';

export const styles = css`
  .base {
    background: var(--lym-org-directory-background, var(--_lym-bg));
  }
  .layout,
  .bar,
  nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lym-space-m);
    align-items: start;
  }
  .bar {
    align-items: end;
  }
  .layout > * {
    flex: 999 1 28em;
    min-width: 0;
  }
  .layout > form {
    flex: 1 1 var(--lym-org-directory-filters-width, 16em);
  }
  .layout > form,
  #facets {
    display: grid;
    gap: var(--_lym-space-m);
  }
  /* Open or closed, seen (aria-expanded tells assistive technology; the
     marker has empty alternative text, so it is not read). The marker, ▾, is
     written as its CSS escape: a bundle of ASCII alone compresses better. */
  [part~='filters-button']::after {
    content: '\\25be' / '';
  }
  [aria-expanded='true']::after {
    rotate: 180deg;
  }
  /* Where the results wrap below the facets (a phone, or a narrow column of
     a wide page), they would fill two screens before the first result: they
     wait behind the filters button (a grid item, so as wide as the form).
     The button does not hide while it has the focus (the window resized or
     zoomed then): the focus would be lost to the page; facets that fold
     with the focus open instead (the script). */
  .layout:not(.narrow) .fold:not(:focus),
  .narrow #facets:not(.open) {
    display: none;
  }
  [type='search'],
  select,
  fieldset,
  [part~='item'] {
    width: 100%;
    margin: 0;
    padding: var(--_lym-space-s);
    border: 1px solid var(--_lym-border);
    border-radius: var(--_lym-radius);
    background: var(--_lym-surface);
  }
  legend,
  .label,
  [part~='count'],
  [part~='badge'] {
    font-weight: 600;
  }
  .option {
    display: flex;
    align-items: baseline;
    gap: var(--_lym-space-s);
    padding-block: var(--_lym-space-xs);
  }
  /* Grows with the text (a browser's default box does not). */
  .option input {
    flex: none;
    align-self: start;
    width: 1.15em;
    height: 1.15em;
    margin: calc((1lh - 1.15em) / 2) 0 0;
  }
  [part~='facet__count'] {
    margin-inline-start: auto;
    white-space: nowrap;
  }
  dt,
  [part~='facet__count'] {
    color: var(--_lym-muted);
  }
  /* The count keeps its words whole: the sort wraps to the next line
     rather than squeeze it to one word per line on a phone. */
  .bar > :first-child {
    flex: 1 1 auto;
    margin: 0;
  }
  ul {
    margin: var(--_lym-space-m) 0;
    padding: 0;
    list-style: none;
  }
  [part~='list'] {
    display: grid;
    grid-template-columns: var(
      --lym-org-directory-columns,
      repeat(auto-fill,minmax(min(100%,20em),1fr))
    );
    gap: var(--_lym-space-m);
  }
  [part~='item'] {
    background: var(--lym-org-directory-item-background, var(--_lym-surface));
    container-type: inline-size;
  }
  [part~='item'] > * {
    margin: 0 0 var(--_lym-space-s);
  }
  h3 {
    font-size: 1.15em;
  }
  [part~='badge'] {
    display: inline-block;
    padding: 0 var(--_lym-space-s);
    border-radius: var(--_lym-radius);
    background: var(--lym-org-directory-badge-background, var(--_lym-success));
    color: var(--lym-org-directory-badge-color, var(--_lym-accent-contrast));
    outline: 1px solid transparent;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_lym-space-s);
  }
  dd {
    margin: 0;
  }
  /* A narrow result (a phone's column, or one of several columns on a wide
     screen or on paper): each label over its value, which then has the
     whole width (beside it, a word such as "Volunteering" broke mid-word). */
  @container (max-width: 25em) {
    dl {
      display: block;
    }
  }
  summary {
    cursor: pointer;
    color: var(--_lym-accent);
  }
  details p {
    white-space: pre-line;
  }
  nav {
    justify-content: center;
    align-items: center;
  }
  /* On paper: the results, whole, without the controls (the count and the
     page number stay) and without descriptions left closed. */
  @media print {
    .layout > form,
    .bar > :not(:first-child),
    nav .lym-button,
    details:not([open]) {
      display: none;
    }
    [part~='item'] {
      break-inside: avoid;
    }
  }
`;
