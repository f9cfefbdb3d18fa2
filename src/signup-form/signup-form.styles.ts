import {css} from 'lit';
import {tokens} from '../shared/styles.js';

/**
 * The form lives in the element's light DOM (so autofill and password
 * managers find it); its styles are scoped by prefixing every selector with
 * the tag name and the form's container (`<div slot="form">`, with no
 * weight), and `:host` becomes the tag itself. The page bundles' CSS has
 * no comments; in the sources a comment before a selector is read as part of
 * it, so one there must hold no comma or brace and come before no `:host`
 * rule (a comment inside the braces is safe; a test checks the result).
 */
export function scopeCss(text: string, tag: string): string {
  return text.replace(
    /(^|[{}])(\s*)([^{}@]+?)\s*\{/g,
    (_m, before: string, space: string, selectors: string) =>
      before +
      space +
      selectors
        .split(',')
        .map((s) => {
          s = s.trim();
          return s.startsWith(':host')
            ? s.replace(/^:host(?:\((.*)\))?/, `${tag}$1`)
            : `${tag}>:where([slot=form]) ${s}`;
        })
        .join(',') +
      '{'
  );
}

/** Styles of the shadow root: only the frame (the form is slotted into it). */
export const shadowStyles = [
  tokens,
  css`
    [part~='base'] {
      max-width: var(--lym-signup-form-max-width, 40em);
    }
  `,
];

const reset = css`
  /* The form lives in the page: undo what a host page's global rules
     (resets, div {display: flex}, button {all: unset}, …) did to it. Our own
     rules below are more specific and apply on top. */
  div,
  form,
  fieldset,
  legend,
  p,
  label,
  span,
  small,
  strong,
  ul,
  li,
  a,
  h2,
  input,
  select,
  textarea,
  button,
  :host > [slot='form'] {
    all: revert;
    box-sizing: border-box;
    font-family: inherit;
  }
`;

const own = css`
  :host {
    --_lym-sf-input-border: var(
      --lym-signup-form-input-border,
      var(--_lym-text)
    );
  }
  [part~='form'],
  [part~='field'] {
    display: grid;
    gap: var(--_lym-space-l);
  }
  [part~='field'] {
    gap: var(--_lym-space-xs);
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  [part~='field'][data-invalid] {
    border-inline-start: 5px solid var(--_lym-danger);
    padding-inline-start: var(--_lym-space-m);
  }
  /* Safari keeps a legend as wide as before its field got the border and
     padding (a sideways scroll), unless the legend's own style changes. */
  [data-invalid] > legend {
    width: 100%;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part~='label'] {
    font-weight: 600;
    padding: 0;
  }
  [part~='help'],
  [part~='label'] small {
    color: var(--_lym-muted);
    font-weight: 400;
  }
  [part~='field-error'] {
    color: var(--_lym-danger);
    font-weight: 700;
  }
  [part~='input'] {
    min-height: 2.75em;
    width: 100%;
    padding: var(--_lym-space-xs) var(--_lym-space-s);
    border: 2px solid var(--_lym-sf-input-border);
    border-radius: var(--_lym-radius);
    background: var(--_lym-surface);
  }
  textarea[part~='input'] {
    min-height: 6em;
  }
  [aria-invalid='true'] {
    border-color: var(--_lym-danger);
  }
  .lym-sf-choice {
    display: flex;
    gap: var(--_lym-space-s);
    align-items: flex-start;
    font-weight: 400;
  }
  .lym-sf-choice input {
    flex: none;
    width: 1.5em;
    min-height: 1.5em;
  }
  [part~='error-summary'] {
    padding: var(--_lym-space-m);
    border: 4px solid var(--_lym-danger);
    border-radius: var(--_lym-radius);
  }
  [part~='error-summary'] ul {
    margin: var(--_lym-space-s) 0 0;
    padding-inline-start: var(--_lym-space-l);
  }
  [part~='error-summary'] a {
    color: var(--_lym-danger);
    font-weight: 700;
  }
  [part~='success'] {
    border-color: var(--_lym-success);
    border-inline-start-width: 6px;
  }
`;

/**
 * The light-DOM styles, scoped to the element's tag (`signup-form`, or the
 * name a page defined a subclass under). The scope carries an id's weight
 * (`:is(signup-form, #lym-scope)`), so a theme's `.content input {…}` does
 * not outrank the form's own rules. Only `:host` rules reach past the form's
 * container (`<div slot="form">`): the page's fallback content beside it
 * (a link styled as the theme's button) keeps the page's styles.
 */
export const lightStyles = (tag: string) =>
  scopeCss(
    reset.cssText + tokens.cssText + own.cssText,
    `:is(${tag},#lym-scope)`
  );
