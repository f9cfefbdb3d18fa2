import {css} from 'lit';

export const styles = css`
  [part~='base'] {
    --_bg: var(--lym-event-card-background, var(--_lym-surface));
    --_border: var(--lym-event-card-border-color, var(--_lym-border));
    --_pad: var(--lym-event-card-padding, var(--_lym-space-l));
    --_accent: var(--lym-event-card-accent, var(--_lym-accent));
    display: grid;
    gap: var(--_lym-space-s);
    padding: var(--_pad);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_lym-radius);
    background: var(--_bg);
  }
  :host([variant='compact']) [part~='base'] {
    --_pad: var(--lym-event-card-padding, var(--_lym-space-m));
    gap: var(--_lym-space-xs);
  }
  :host([variant='compact']) :is([part~='image'], [part~='description']) {
    display: none;
  }
  [part~='image'] {
    width: 100%;
    max-height: 16rem;
    object-fit: cover;
    border-radius: var(--_lym-radius);
  }
  [part~='title'] {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  :host([variant='compact']) [part~='title'] {
    font-size: 1.125em;
  }
  p,
  ul {
    margin: 0;
  }
  .muted {
    color: var(--_lym-muted);
  }
  [part~='description'] {
    white-space: pre-line;
  }
  [part~='registration'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_lym-space-s);
  }
  [data-state='cancelled'] strong,
  [data-state='full'] strong,
  [data-state='closed'] strong {
    color: var(--_lym-danger);
  }
  [part~='calendar-menu'] {
    list-style: none;
    padding: var(--_lym-space-xs) 0;
    display: grid;
    gap: var(--_lym-space-xs);
  }
  [part~='calendar-menu'] a {
    display: inline-block;
    padding: var(--_lym-space-xs) 0;
    min-height: 1.5rem;
  }
`;
