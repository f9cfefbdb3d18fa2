import {css} from 'lit';

export const styles = css`
  .base {
    --_gap: var(--lym-recommendation-list-gap, var(--_lym-space-m));
    --_item-bg: var(--lym-recommendation-list-item-background, var(--_lym-surface));
    --_item-border: var(--lym-recommendation-list-item-border, 1px solid var(--_lym-border));
    display: grid;
    gap: var(--_gap);
  }
  p {
    margin: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_lym-space-m);
  }
  .field {
    display: grid;
    gap: var(--_lym-space-xs);
  }
  label,
  legend {
    font-weight: 600;
  }
  input[type='search'],
  select {
    min-height: 2.75rem;
    padding: var(--_lym-space-xs) var(--_lym-space-s);
    border: 1px solid var(--_lym-border);
    border-radius: var(--_lym-radius);
    background: var(--_lym-surface);
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lym-space-xs) var(--_lym-space-m);
    margin: 0;
    border: 0;
    padding: 0;
  }
  .topics label,
  .check {
    display: inline-flex;
    gap: var(--_lym-space-s);
    align-items: baseline;
    font-weight: 400;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_lym-accent);
  }
  .count {
    color: var(--_lym-muted);
  }
  .overall {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_lym-space-s) var(--_lym-space-m);
  }
  .list {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    gap: var(--_lym-space-s);
    padding: var(--_lym-space-m);
    border: var(--_item-border);
    border-radius: var(--_lym-radius);
    background: var(--_item-bg);
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  summary {
    cursor: pointer;
    color: var(--_lym-accent);
    font-weight: 600;
    min-height: 1.5rem;
  }
  .steps {
    display: grid;
    gap: var(--_lym-space-s);
    margin: var(--_lym-space-s) 0 0;
    padding-inline-start: var(--_lym-space-l);
  }
  .source {
    color: var(--_lym-muted);
    font-size: 0.9375em;
  }
  @media print {
    .filters,
    .overall button,
    progress {
      display: none !important;
    }
    .item {
      break-inside: avoid;
    }
    summary {
      list-style: none;
      color: inherit;
    }
    details::details-content {
      content-visibility: visible;
    }
  }
`;
