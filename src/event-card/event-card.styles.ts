import {css} from 'lit';

export const styles = css`
  [part~='base'] {
    display: grid;
    gap: var(--_lym-space-s);
    padding: var(--lym-event-card-padding, var(--_lym-space-l));
    border: 1px solid var(--lym-event-card-border-color, var(--_lym-border));
    border-inline-start: 6px solid
      var(--lym-event-card-accent, var(--_lym-accent));
    border-radius: var(--_lym-radius);
    background: var(--lym-event-card-background, var(--_lym-surface));
  }
  :host([variant='compact']) [part~='base'] {
    gap: var(--_lym-space-xs);
    padding: var(--lym-event-card-padding, var(--_lym-space-m));
  }
  :host([variant='compact']) :is([part~='image'], [part~='description']) {
    display: none;
  }
  [part~='image'] {
    width: 100%;
    max-height: 16em;
    object-fit: cover;
    border-radius: var(--_lym-radius);
  }
  [part~='title'] {
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
  [data-state='cancelled'] > strong,
  [data-state='full'] > strong,
  [data-state='closed'] > strong {
    color: var(--_lym-danger);
  }
  [part~='calendar-menu'] {
    list-style: none;
    padding: var(--_lym-space-xs) 0;
  }
  [part~='calendar-menu'] a {
    display: inline-block;
    padding: var(--_lym-space-xs) 0;
  }
  /* On paper: each card whole on one page, without Add to calendar, and
     with the address Register goes to (a notice board has no links). */
  @media print {
    [part~='base'] {
      break-inside: avoid;
    }
    [part~='register-link'][href^='http']::after {
      content: ' ' attr(href);
    }
    [part~='calendar-button'],
    [part~='calendar-menu'] {
      display: none;
    }
  }
`;
