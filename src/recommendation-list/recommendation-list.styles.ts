import {css} from 'lit';

export const styles = css`
  [part~='base'],
  [part~='list'],
  [part~='item'],
  [part~='steps'] {
    display: grid;
    /* Not as wide as the widest content (the progress bar's 10em, with text
       at 200%, WCAG 1.4.4): as wide as the element. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    margin: 0;
  }
  [part~='base'] {
    --_gap: var(--lym-recommendation-list-gap, var(--_lym-space-m));
  }
  [part~='item'] {
    --_gap: var(--_lym-space-s);
    padding: var(--_lym-space-m);
    border: var(
      --lym-recommendation-list-item-border,
      1px solid var(--_lym-border)
    );
    border-radius: var(--_lym-radius);
    background: var(
      --lym-recommendation-list-item-background,
      var(--_lym-surface)
    );
  }
  [part~='list'] {
    padding: 0;
    list-style: none;
  }
  [part~='steps'] {
    padding-inline-start: var(--_lym-space-l);
    margin-top: var(--_lym-space-s);
  }
  p {
    margin: 0;
  }
  [part~='filters'],
  .topics,
  .overall {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_lym-space-s) var(--_lym-space-m);
    margin: 0;
    border: 0;
    padding: 0;
  }
  /* A select is as wide as its longest option: in a narrow column with
     wider text spacing (WCAG 1.4.10, 1.4.12) it shrinks, not the page. */
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  label,
  legend,
  summary {
    font-weight: 600;
  }
  .topics label,
  .check {
    font-weight: 400;
  }
  [type='search'],
  select {
    max-width: 100%;
    min-height: 2.75em;
    padding: 0 var(--_lym-space-s);
    border: 1px solid var(--_lym-border);
    border-radius: var(--_lym-radius);
    background: var(--_lym-surface);
  }
  /* A step's checkbox and name: one target at least 24 px tall (WCAG
     2.5.8), not 21 px a hair under the "Steps" toggle (now a space above). */
  .check {
    display: inline-block;
    min-height: 1.5em;
  }
  [type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    vertical-align: -0.2em;
  }
  [part~='count'],
  [part~='source'] {
    color: var(--_lym-muted);
  }
  [part~='item__title'] {
    font-size: 1.25em;
    font-weight: 700;
  }
  summary {
    cursor: pointer;
    color: var(--_lym-accent);
  }
  [part~='expand-button'] {
    justify-self: start;
  }
  @media print {
    [part~='filters'],
    [part~='expand-button'],
    .overall :not(p) {
      display: none !important;
    }
    [part~='item'] {
      break-inside: avoid;
    }
  }
`;
