/**
 * The four elements on feeds the parser accepts but nobody would write: the
 * sample feed with values in the element's sections replaced by edge cases,
 * hostile strings or random JSON (fast-check, with a fixed seed so that CI
 * is repeatable; four runs of 250 feeds an element with random seeds, one
 * with the machine in UTC+14, passed when this was written), some with
 * lists grown many times over (40 organisers, 1,000 organisations, duplicate
 * ids). Whatever the feed, an element renders without throwing, shows
 * something, renders feed text as text, links only to http(s), mailto:,
 * tel:, its own blob: download or a fragment of the page, and fits a 320px
 * column (WCAG 1.4.10; `reflow.test.ts` checks that on purpose-made feeds).
 */
import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/org-directory/define.js';
import '../../src/event-card/define.js';
import '../../src/signup-form/define.js';
import '../../src/recommendation-list/define.js';
import {clearFeedCache} from '../../src/feed/load.js';
import sample from '../../src/feed/sample-feed.json';
import {grow, hostile, mutate, plausible} from './mutate.js';
import {overflow} from '../layout.js';
import {contentRoot} from '../mount.js';

/** Each element and the feed sections it reads (where its feeds are mutated). */
const TAGS = {
  'org-directory': ['organizations'],
  'event-card': ['events'],
  'signup-form': ['forms', 'events'],
  'recommendation-list': ['recommendations'],
} as const;
const SAFE_HREF = /^(https?:\/\/|mailto:|tel:|blob:https?:\/\/|#)/i;
const seed = 20261130;

describe('the elements on mutated sample feeds', function () {
  this.timeout(120000);
  let errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) =>
    errors.push(String(e.reason));
  const warn = console.warn;
  const error = console.error;
  beforeEach(() => {
    clearFeedCache();
    errors = [];
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    // The feed problems these feeds are full of; asserted in parse.test.ts.
    console.warn = () => {};
    console.error = () => {};
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
    console.error = error;
  });

  for (const [tag, sections] of Object.entries(TAGS)) {
    it(`<${tag}> renders every one without throwing, as text, with safe links`, async () => {
      const anyValue = fc.oneof(
        plausible,
        plausible,
        hostile,
        fc.jsonValue(),
        fc.anything()
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({path: fc.nat(), value: anyValue}), {
            minLength: 1,
            maxLength: 8,
          }),
          // Lists grown: 40 organisers, 200 fields, 1,000 organisations.
          fc.array(
            fc.record({
              path: fc.nat(),
              times: fc.integer({min: 2, max: 40}),
              unique: fc.boolean(),
            }),
            {
              maxLength: 2,
            }
          ),
          fc.constantFrom('en', 'lv', 'el'),
          // The event or form shown (else the card shows the next one only).
          fc.nat(),
          async (picks, grows, lang, pick) => {
            clearFeedCache();
            const feed = mutate(grow(sample, grows, sections), picks, sections);
            const el = document.createElement(tag) as HTMLElement & {
              data?: unknown;
              now?: Date;
              updateComplete: Promise<boolean>;
            };
            el.lang = lang;
            el.data = feed;
            if (tag === 'event-card' || tag === 'signup-form')
              el.now = new Date('2026-11-30T12:00:00Z');
            const shown = {
              'event-card': ['event-id', sample.events],
              'signup-form': ['form-id', sample.forms],
            }[tag as string] as [string, {id: string}[]] | undefined;
            if (shown && pick % 4)
              el.setAttribute(shown[0], shown[1][pick % shown[1].length].id);
            // Half the lists as checklists (progress kept by recommendation id).
            if (tag === 'recommendation-list' && pick % 2)
              el.setAttribute('mode', 'checklist');
            // A phone's width: nothing may need scrolling sideways (WCAG 1.4.10).
            const host = await fixture(
              html`<div style="width: 320px">${el}</div>`
            );
            try {
              await el.updateComplete;
              await new Promise((r) => setTimeout(r));
              await el.updateComplete;
              const root = contentRoot(el);
              // (Long values shortened, so that the message stays readable.)
              const short = (_: string, v: unknown) =>
                typeof v === 'string' && v.length > 40
                  ? `${v.slice(0, 40)}… (${v.length})`
                  : v;
              const where = `<${tag} lang=${lang}> on ${JSON.stringify([grows, picks], short).slice(0, 600)}`;
              expect(errors, where).to.deep.equal([]);
              expect(
                root.textContent!.trim(),
                `${where}: shows nothing`
              ).to.not.equal('');
              for (const a of root.querySelectorAll('a[href]')) {
                expect(a.getAttribute('href'), where).to.match(SAFE_HREF);
              }
              for (const f of root.querySelectorAll('[action]')) {
                expect(f.getAttribute('action'), where).to.match(SAFE_HREF);
              }
              // Feed text never became markup.
              expect(
                root.querySelectorAll(
                  'script, iframe, object, embed, img:not([part~="image"])'
                ).length,
                where
              ).to.equal(0);
              for (const img of root.querySelectorAll('img')) {
                expect(img.getAttribute('src'), where).to.match(/^https?:\/\//);
              }
              expect(overflow(host, root), where).to.deep.equal([]);
            } catch (e) {
              // fast-check reports the counterexample, not why it failed.
              console.log('failed:', (e as Error).message.slice(0, 600));
              throw e;
            } finally {
              host.remove();
            }
          }
        ),
        {numRuns: 40, seed, verbose: 1}
      );
    });
  }
});
