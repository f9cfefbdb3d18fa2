/**
 * The loading and error states every element shares. The error state shows
 * the page's fallback content (the element's light DOM) under the message.
 */
import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {MsgFn} from '@lit/localize';
import type {FeedError} from '../feed/errors.js';
import type {FeedController} from './feed-controller.js';

export function renderLoading(t: MsgFn): TemplateResult {
  return html`<div part="status loading" class="lym-status" role="status" tabindex="-1">
    ${t('Loading…', {id: 'feed.loading'})}
  </div>`;
}

/**
 * A sentence that says what went wrong, in words a visitor understands.
 * "Check your connection" only when the browser knows it is offline: a
 * visitor who is online cannot mend a server that is down or refuses this
 * page (CORS), so that is "not available at the moment".
 */
export function feedErrorText(t: MsgFn, error: FeedError | undefined): string {
  const kind =
    error?.kind == 'network' && navigator.onLine ? 'http' : error?.kind;
  return (
    (
      {
        timeout: t('The information took too long to arrive.', {
          id: 'feed.error.timeout',
        }),
        network: t(
          'The information could not be loaded. Check your connection.',
          {
            id: 'feed.error.network',
          }
        ),
        http: t('The information is not available at the moment.', {
          id: 'feed.error.http',
        }),
        missing: t('No information source is set for this part of the page.', {
          id: 'feed.error.missing',
        }),
      } as Record<string, string>
    )[kind ?? ''] ??
    t('The information could not be read.', {id: 'feed.error.invalid'})
  );
}

/**
 * The error state. One failed request can stop several elements on a page:
 * only one message is an alert (see FeedController.alert), so that it is
 * announced once.
 */
export function renderError(t: MsgFn, feeds: FeedController): TemplateResult {
  const error = feeds.error;
  const retry = error?.kind !== 'missing';
  return html`<div part="status error" class="lym-status" data-kind="error" role=${ifDefined(feeds.alert())}>
      <p><strong>${t('Sorry, something went wrong.', {id: 'feed.error.title'})}</strong>
        ${feedErrorText(t, error)}</p>
      ${
        retry
          ? html`<button part="retry-button" class="lym-button" type="button" @click=${() => feeds.retry()}>
            ${t('Try again', {id: 'feed.retry'})}
          </button>`
          : null
      }
    </div>
    <div part="fallback"><slot></slot></div>`;
}
