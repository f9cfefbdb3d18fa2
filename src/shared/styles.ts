import {css} from 'lit';

/**
 * Global tokens. Public ones (`--lym-*`) are read with a default; pages and
 * theme files set them. Each element maps them to private `--_lym-*` values on
 * its wrapper. Colours use `light-dark()`, so they follow the page's
 * `color-scheme` (set `color-scheme: light dark` on the page to follow the
 * visitor's preference) or the element's `color-scheme` attribute.
 *
 * | token | default |
 * |---|---|
 * | --lym-font-family | inherit (the page's font) |
 * | --lym-font-size | 1rem |
 * | --lym-color-text | #1b1f24 / #eef1f4 |
 * | --lym-color-text-muted | #4a5560 / #b8c2cc |
 * | --lym-color-background | transparent |
 * | --lym-color-surface | #ffffff / #1e242b |
 * | --lym-color-border | #7b8590 / #6b7680 |
 * | --lym-color-accent | #0b5cad / #8cc2ff |
 * | --lym-color-accent-contrast | #ffffff / #0b1a2a |
 * | --lym-color-danger | #b3261e / #ffb4ab |
 * | --lym-color-success | #1e6b34 / #8fd9a3 |
 * | --lym-color-focus | #c45200 / #ffb870 |
 * | --lym-radius | 0.375em |
 * | --lym-button-radius | --lym-radius (the buttons' corners alone) |
 * | --lym-space-xs, -s, -m, -l | 0.25em, 0.5em, 1em, 1.5em |
 */
export const tokens = css`
  :host {
    --_lym-text: var(--lym-color-text, light-dark(#1b1f24, #eef1f4));
    --_lym-muted: var(--lym-color-text-muted, light-dark(#4a5560, #b8c2cc));
    --_lym-bg: var(--lym-color-background, transparent);
    --_lym-surface: var(--lym-color-surface, light-dark(#ffffff, #1e242b));
    --_lym-border: var(--lym-color-border, light-dark(#7b8590, #6b7680));
    --_lym-accent: var(--lym-color-accent, light-dark(#0b5cad, #8cc2ff));
    --_lym-accent-contrast: var(--lym-color-accent-contrast, light-dark(#ffffff, #0b1a2a));
    --_lym-danger: var(--lym-color-danger, light-dark(#b3261e, #ffb4ab));
    --_lym-success: var(--lym-color-success, light-dark(#1e6b34, #8fd9a3));
    --_lym-focus: var(--lym-color-focus, light-dark(#c45200, #ffb870));
    --_lym-radius: var(--lym-radius, 0.375em);
    --_lym-space-xs: var(--lym-space-xs, 0.25em);
    --_lym-space-s: var(--lym-space-s, 0.5em);
    --_lym-space-m: var(--lym-space-m, 1em);
    --_lym-space-l: var(--lym-space-l, 1.5em);

    display: block;
    box-sizing: border-box;
    font-family: var(--lym-font-family, inherit);
    font-size: var(--lym-font-size, 1rem);
    line-height: 1.5;
    color: var(--_lym-text);
    /* Checkboxes, radios and progress bars in the theme's accent. */
    accent-color: var(--_lym-accent);
    text-align: start;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([color-scheme]) {
    /* A scheme of its own: its own background too (the scheme's Canvas), or
       its text could be light on a light page (WCAG 1.4.3). */
    color-scheme: light dark;
    background: Canvas;
  }
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  /* Not inherit: a page's universal content-box sizing reaches the host. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  /* A heading or message focus is moved to shows the ring after a click or a
     spoken "click Next" too: the eye has to find where the page went. The
     margin: a control Tab brings in at the window's edge shows its whole ring. */
  :focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--_lym-focus);
    outline-offset: 2px;
    scroll-margin: 8px;
  }
  a {
    color: var(--_lym-accent);
    text-underline-offset: 0.15em;
  }
  /* Under the pointer, a link's line thickens and a button, a link's
     too, is underlined as a link is: in any theme's colours, and in forced
     colours. */
  a:hover {
    text-decoration-thickness: 2px;
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    margin: 0;
  }
  /* Safari counts the text of a select's longest option as overflow of
     the page: a sideways scroll on a phone (WCAG 1.4.10). */
  select {
    contain: paint;
  }
  .lym-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_lym-space-xs);
    min-height: 2.75em;
    min-width: 2.75em;
    padding: var(--_lym-space-s) var(--_lym-space-m);
    border: 2px solid var(--_lym-accent);
    border-radius: var(--lym-button-radius, var(--_lym-radius));
    background: var(--_lym-surface);
    color: var(--_lym-accent);
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
  }
  /* Underlined under the pointer, as a link is: in any theme's colours and
     in forced colours (not while it does nothing, below). */
  .lym-button:hover {
    text-decoration-line: underline;
  }
  .lym-button[data-variant] {
    background: var(--_lym-accent);
    color: var(--_lym-accent-contrast);
  }
  /* Greyed, not faded: opacity would fade the focus ring of a button that
     still takes focus (aria-disabled) below 3:1. */
  .lym-button:disabled,
  .lym-button[aria-disabled='true'] {
    --_lym-accent: GrayText;
    cursor: not-allowed;
    text-decoration: none;
  }
  /* (Padding, margin and border: none reach it here, nor in the signup
     form's light DOM, where the reset reverts them.) */
  .lym-visually-hidden:not(:focus) {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  .lym-status {
    padding: var(--_lym-space-m);
    border: 1px solid var(--_lym-border);
    border-radius: var(--_lym-radius);
    background: var(--_lym-surface);
  }
  .lym-status[data-kind='error'] {
    border-color: var(--_lym-danger);
    border-inline-start-width: 6px;
  }
  .lym-status p {
    margin: 0 0 var(--_lym-space-s);
  }
  @media (forced-colors: active) {
    .lym-button {
      border-color: ButtonText;
      forced-color-adjust: auto;
    }
    /* Greyed like its text: a full ButtonText border told a disabled button
       from one that works by the text's colour alone. (Other borders need
       no rule here: forced colours paint them CanvasText.) */
    :disabled,
    [aria-disabled='true'] {
      border-color: GrayText;
    }
    /* A primary button is drawn as the others: its fill is the accent, which
       is GrayText while it does nothing, a system colour that forced colours
       keep (a grey block), and its text the accent's contrast (ButtonText). */
    .lym-button[data-variant] {
      background: ButtonFace;
      color: var(--_lym-accent);
    }
    :host {
      --_lym-focus: Highlight;
    }
  }
  /* On paper: light, whatever the scheme (a dark one prints pale text, and
     empty tick boxes as black squares); a button's or badge's fill too
     (white text on an unprinted fill is all but gone). */
  @media print {
    :host {
      color-scheme: light !important;
    }
    .lym-button,
    [part~='badge'] {
      print-color-adjust: exact;
    }
  }
`;
