import {css} from 'lit';

export const styles = css`
  .base {
    --_lym-od-columns: var(
      --lym-org-directory-columns,
      repeat(auto-fill, minmax(min(100%, 20rem), 1fr))
    );
    --_lym-od-filters-width: var(--lym-org-directory-filters-width, 16rem);
    --_lym-od-item-bg: var(--lym-org-directory-item-background, var(--_lym-surface));
    --_lym-od-badge-bg: var(--lym-org-directory-badge-background, var(--_lym-success));
    --_lym-od-badge-text: var(--lym-org-directory-badge-color, var(--_lym-accent-contrast));
    container-type: inline-size;
    background: var(--lym-org-directory-background, var(--_lym-bg));
  }
  .layout {
    display: grid;
    gap: var(--_lym-space-l);
  }
  @container (min-width: 48rem) {
    .layout:has(> form) {
      grid-template-columns: var(--_lym-od-filters-width) minmax(0, 1fr);
    }
  }
  form {
    display: grid;
    gap: var(--_lym-space-m);
    align-content: start;
  }
  input[type='search'],
  select {
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_lym-space-xs) var(--_lym-space-s);
    border: 1px solid var(--_lym-border);
    border-radius: var(--_lym-radius);
    background: var(--_lym-surface);
  }
  fieldset {
    margin: 0;
    padding: var(--_lym-space-s) var(--_lym-space-m);
    border: 1px solid var(--_lym-border);
    border-radius: var(--_lym-radius);
  }
  legend,
  .label {
    font-weight: 600;
  }
  .option {
    display: flex;
    gap: var(--_lym-space-s);
    align-items: center;
    min-height: 2rem;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_lym-accent);
  }
  [part~='facet__count'],
  dt,
  .muted {
    color: var(--_lym-muted);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lym-space-s) var(--_lym-space-m);
    align-items: end;
    margin-block-end: var(--_lym-space-m);
  }
  .bar > :first-child {
    flex: 1 1 auto;
    margin: 0;
    font-weight: 600;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='list'] {
    display: grid;
    grid-template-columns: var(--_lym-od-columns);
    gap: var(--_lym-space-m);
  }
  [part~='item'] {
    display: flex;
    flex-direction: column;
    gap: var(--_lym-space-xs);
    padding: var(--_lym-space-m);
    border: 1px solid var(--_lym-border);
    border-radius: var(--_lym-radius);
    background: var(--_lym-od-item-bg);
  }
  h3 {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }
  [part~='badge'] {
    align-self: start;
    margin: 0;
    padding: 0 var(--_lym-space-s);
    border-radius: var(--_lym-radius);
    background: var(--_lym-od-badge-bg);
    color: var(--_lym-od-badge-text);
    font-size: 0.875em;
    font-weight: 600;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_lym-space-s);
    margin: 0;
  }
  dd {
    margin: 0;
  }
  summary {
    cursor: pointer;
    color: var(--_lym-accent);
    min-height: 1.5rem;
  }
  details p {
    margin: var(--_lym-space-xs) 0 0;
    white-space: pre-line;
  }
  [part~='pagination'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lym-space-s);
    align-items: center;
    justify-content: center;
    margin-block-start: var(--_lym-space-m);
  }
  [part~='empty'] p {
    margin-block-start: 0;
  }
  @media (forced-colors: active) {
    [part~='badge'] {
      border: 1px solid CanvasText;
    }
  }
`;
