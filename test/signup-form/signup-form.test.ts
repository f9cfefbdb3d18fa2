import {
  aTimeout,
  expect,
  fixture,
  html,
  oneEvent,
  waitUntil,
} from '@open-wc/testing';
import {nothing} from 'lit';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {a11yNodes} from '../a11y-tree.js';
import {clickMiddle} from '../layout.js';
import '../../src/signup-form/define.js';
import '../../src/event-card/define.js';
import type {EventCard} from '../../src/event-card/event-card.js';
import type {SignupForm} from '../../src/signup-form/signup-form.js';
import {clearFeedCache} from '../../src/feed/load.js';
import {DRAFT_MAX_AGE} from '../../src/signup-form/draft.js';
import {lightStyles} from '../../src/signup-form/signup-form.styles.js';
import {feed} from './fixtures.js';
import {restoreOnline, setOnline} from '../online.js';
import {itChromium} from '../engine.js';

/** A moment as the form names it: the date and time, in the visitor's zone. */
const MOMENT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

interface Recorded {
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
}

interface Options {
  action?: string;
  timeout?: number;
  lang?: string;
  persist?: boolean;
  minFillTime?: number | string;
  now?: Date;
  src?: string;
  formId?: string;
}

/**
 * A `.data` form's draft: kept under the page's path (not its query), as the
 * README says, `lym-signup-form:<feed>#<form>`, and the element's id.
 */
const draftName = (id = '') =>
  `lym-signup-form:${location.pathname}#talsi-signup${id && `#${id}`}`;

// What the element shows instead of a form, as text: an assertion that
// prints the form element when it fails stalls the test browser.
const shown = (el: SignupForm) =>
  el.querySelector('form')
    ? 'the form'
    : q(el, '[part~="status"]').textContent!.trim();

async function mount(data: unknown = feed(), o: Options = {}) {
  const el = await fixture<SignupForm>(
    html`<signup-form
      .data=${o.src ? undefined : data}
      src=${o.src ?? nothing}
      form-id=${o.formId ?? nothing}
      action=${o.action ?? nothing}
      timeout=${o.timeout ?? nothing}
      lang=${o.lang ?? nothing}
      ?persist=${o.persist}
      min-fill-time=${o.minFillTime ?? 0}
      .now=${o.now}
      ><p class="fallback">
        Register by email:
        <a href="mailto:info@example.com">info@example.com</a>
      </p></signup-form
    >`
  );
  await waitUntil(
    () =>
      !el.querySelector('[part~="loading"]') &&
      el.querySelector('form, [part~="status"], [part~="success"]'),
    'rendered'
  );
  await el.updateComplete;
  return el;
}

const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.querySelector(selector) as T;
const input = (el: Element, name: string) =>
  q<HTMLInputElement>(el, `[name="${name}"]`);

async function set(el: SignupForm, name: string, value: string | boolean) {
  const target =
    typeof value === 'string' &&
    el.querySelector(`[type="radio"][name="${name}"]`)
      ? q<HTMLInputElement>(el, `[name="${name}"][value="${value}"]`)
      : input(el, name);
  if (typeof value === 'boolean' || target.type === 'radio')
    target.checked = value !== false;
  else target.value = value;
  target.dispatchEvent(new Event('input', {bubbles: true}));
  await el.updateComplete;
}

async function fillValid(el: SignupForm) {
  await set(el, 'name', 'Anna Bērziņa');
  await set(el, 'email', 'anna@example.lv');
  await set(el, 'attendance', 'onsite');
  await set(el, '_consent', true);
}

const button = (el: Element) =>
  q<HTMLButtonElement>(el, '[part~="submit-button"]');

async function submits(): Promise<Recorded[]> {
  const all = (await (await fetch('/api/test/requests')).json()) as Recorded[];
  return all.filter((r) => r.path === '/api/test/submit');
}

async function submitAndWait(
  el: SignupForm,
  event: 'lym-signup-success' | 'lym-signup-error'
) {
  const done = oneEvent(el, event);
  button(el).click();
  return done;
}

/** After a failure, Retry to a receiver that now answers 201: the success. */
async function retryToSuccess(el: SignupForm) {
  el.action = '/api/test/submit?status=201';
  await el.updateComplete;
  const done = oneEvent(el, 'lym-signup-success');
  q<HTMLButtonElement>(el, '[part~="status"][role="alert"] button').click();
  return done;
}

/** Waits for the status line that asks for a second press (a too-fast submit). */
const askedAgain = (el: Element) =>
  waitUntil(
    () => q(el, 'div[part~="status"][role="status"]').textContent!.trim(),
    'asked to press Register again'
  );

beforeEach(async () => {
  await fetch('/api/test/requests', {method: 'DELETE'});
  sessionStorage.clear();
  localStorage.clear();
  clearFeedCache();
});

describe('signup-form: rendering', () => {
  it('renders every field with a real label, help linked by aria-describedby and the autocomplete token', async () => {
    const el = await mount();
    const form = q<HTMLFormElement>(el, 'form');
    expect(form.noValidate).to.equal(true);
    for (const name of [
      'name',
      'email',
      'phone',
      'participants',
      'role',
      'notes',
      'news',
      '_consent',
    ]) {
      const control = input(el, name);
      expect(control, name).not.to.equal(null);
      expect(
        el.querySelector(`label[for="${control.id}"]`),
        `label of ${name}`
      ).not.to.equal(null);
    }
    const email = input(el, 'email');
    expect(email.autocomplete).to.equal('email');
    expect(input(el, 'name').autocomplete).to.equal('name');
    expect(
      q(el, `#${email.getAttribute('aria-describedby')}`).textContent
    ).to.contain('only to confirm your place');
    expect(q(el, `label[for="${email.id}"]`).textContent).to.contain(
      '(required)'
    );
    expect(
      q(el, `label[for="${input(el, 'phone').id}"]`).textContent
    ).not.to.contain('(required)');
    expect(el.querySelectorAll('[name="attendance"]').length).to.equal(2);
    expect(q(el, 'fieldset legend').textContent).to.contain(
      'How will you attend?'
    );
  });

  it('gives every element its own id, whatever the field names (email beside email-help, radios a beside a-1)', async () => {
    const data = feed();
    (data.forms[0].fields as unknown[]).push(
      {
        name: 'email-help',
        type: 'text',
        label: 'Email help',
        help: 'Second help',
      },
      {
        name: 'a',
        type: 'radio',
        label: 'A',
        options: [
          {value: 'x', label: 'X'},
          {value: 'y', label: 'Y'},
        ],
      },
      {name: 'a-1', type: 'text', label: 'A one', required: true}
    );
    const el = await mount(data);
    button(el).click();
    await el.updateComplete;
    const ids = [...el.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.length).to.be.greaterThan(10);
    expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
    for (const control of el.querySelectorAll('[aria-describedby]')) {
      const field = control.closest('[part~="field"]');
      for (const id of control.getAttribute('aria-describedby')!.split(' '))
        expect(
          document.getElementById(id)?.closest('[part~="field"]'),
          id
        ).to.equal(field);
    }
    expect(
      document.getElementById(
        input(el, 'email-help').getAttribute('aria-describedby')!
      )!.textContent
    ).to.contain('Second help');
  });

  itChromium(
    'names the form by its title and puts both headings at the level it is given',
    async () => {
      const el = await mount();
      const form = q<HTMLFormElement>(el, 'form');
      const title = q(el, `#${form.getAttribute('aria-labelledby')}`);
      expect(title.tagName).to.equal('H2');
      expect(title.textContent).to.contain('Register');
      expect(title.hasAttribute('aria-level')).to.equal(false);
      expect(
        (await a11yNodes()).some(
          (n) => n.role === 'form' && n.name === title.textContent!.trim()
        )
      ).to.equal(true);

      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      await submitAndWait(el, 'lym-signup-error');
      await el.updateComplete;
      expect(title.getAttribute('aria-level')).to.equal('4');
      // The error summary is a part of the form: a level below its title.
      expect(
        q(el, '[part~="error-summary"] h2').getAttribute('aria-level')
      ).to.equal('5');
      const headings = (await a11yNodes()).filter((n) => n.role === 'heading');
      expect(headings.map((h) => h.level)).to.deep.equal([4, 5]);
      el.setAttribute('heading-level', '6');
      await el.updateComplete;
      expect(
        (await a11yNodes())
          .filter((n) => n.role === 'heading')
          .map((h) => h.level)
      ).to.deep.equal([6, 6]);

      el.setAttribute('heading-level', 'nonsense');
      await el.updateComplete;
      expect(title.hasAttribute('aria-level')).to.equal(false);
    }
  );

  itChromium(
    'puts the error summary at the heading level when the form has no title',
    async () => {
      const data = feed();
      delete (data.forms[0] as {title?: unknown}).title;
      const el = await mount(data);
      expect(el.querySelector('h2')).to.equal(null);
      await submitAndWait(el, 'lym-signup-error');
      await el.updateComplete;
      expect(
        (await a11yNodes())
          .filter((n) => n.role === 'heading')
          .map((h) => h.level)
      ).to.deep.equal([2]);
    }
  );

  itChromium(
    'says a required select is required: in its name, as Chromium does not tell it',
    async () => {
      const data = feed();
      const role = data.forms[0].fields.find((f) => f.name === 'role')!;
      Object.assign(role, {required: true});
      await mount(data);
      const node = (await a11yNodes()).find(
        (n) => n.role === 'combobox' && n.name.startsWith('Role')
      )!;
      expect(node.required || node.name.includes('(required)')).to.equal(true);
      // With a space between: not "Role(required)".
      if (!node.required) expect(node.name).to.equal('Role (required)');
    }
  );

  itChromium(
    'says the consent checkbox is required (in its name), and invalid only after a submit',
    async () => {
      const el = await mount();
      const consent = async () =>
        (await a11yNodes()).find(
          (n) => n.role === 'checkbox' && n.name.includes('I agree')
        )!;
      let node = await consent();
      expect(node.name).to.match(/\. \(required\)$/);
      expect(
        (await a11yNodes()).find(
          (n) => n.role === 'textbox' && n.name.startsWith('Full name')
        )!.name
      ).not.to.contain('(required)');
      expect(node.invalid ?? 'false').to.equal('false');
      await submitAndWait(el, 'lym-signup-error');
      await el.updateComplete;
      node = await consent();
      expect(node.invalid).to.equal('true');
    }
  );

  it('writes what is typed in a right-to-left script right to left, the rest left to right', async () => {
    const el = await mount();
    await set(el, 'name', 'ليلى حداد');
    await set(el, 'notes', 'أحتاج إلى مترجم');
    await set(el, 'email', 'layla@example.lv');
    expect(input(el, 'name').matches(':dir(rtl)')).to.equal(true);
    expect(q(el, 'textarea').matches(':dir(rtl)')).to.equal(true);
    expect(input(el, 'email').matches(':dir(ltr)')).to.equal(true);
    expect(input(el, 'name').value).to.equal('ليلى حداد');
  });

  it('renders the form in the light DOM, so autofill sees ordinary inputs', async () => {
    const el = await mount();
    expect(
      document.querySelector('signup-form form input[autocomplete="email"]')
    ).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
  });

  it('gives each element its own ids', async () => {
    const el = await mount();
    const other = await mount();
    expect(input(el, 'name').id).not.to.equal(input(other, 'name').id);
  });

  it('links the privacy notice, and only when it is a safe URL', async () => {
    const el = await mount();
    expect(
      q<HTMLAnchorElement>(el, 'a[href="https://talsi.lv/privacy"]')
    ).not.to.equal(null);
    const data = feed();
    (data.forms[0].consent as {privacyUrl: string}).privacyUrl =
      'javascript:alert(1)';
    const hostile = await mount(data);
    expect(hostile.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('shows hostile feed text as text', async () => {
    const data = feed();
    (data.forms[0].fields[0] as {label: unknown}).label =
      '<img src=x onerror="window.hacked=1">';
    const el = await mount(data);
    expect(el.querySelector('img')).to.equal(null);
    expect(
      q(el, `label[for="${input(el, 'name').id}"]`).textContent
    ).to.contain('<img src=x');
  });

  it('keeps the fallback content hidden while the form shows', async () => {
    const el = await mount();
    expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
    expect(q(el, '.fallback').assignedSlot).to.equal(null);
  });

  it('shows the fallback content when the feed fails', async () => {
    const el = await mount(undefined, {src: '/api/test/feed?status=500'});
    await waitUntil(
      () => el.shadowRoot!.querySelector('slot:not([name])'),
      'fallback slot'
    );
    expect(q(el, '.fallback').assignedSlot).not.to.equal(null);
    expect(!!el.querySelector('form'), 'a form').to.equal(false);
  });

  it("leaves the page's own styles on its fallback content (a link styled as the theme's button)", async () => {
    const style = document.createElement('style');
    style.textContent = `.partner-button { display: inline-block; padding: 7px; color: rgb(1, 2, 3); background: rgb(250, 240, 0); text-decoration: none; }
      .partner-note { margin: 11px 0; font-style: italic; }`;
    document.head.append(style);
    try {
      const el = await fixture<SignupForm>(
        html`<signup-form src=${'/api/test/feed?status=500&t=partner'}
          ><p class="partner-note">
            <a class="partner-button" href="mailto:info@example.com"
              >Register by email</a
            >
          </p></signup-form
        >`
      );
      await waitUntil(
        () => el.shadowRoot!.querySelector('slot:not([name])'),
        'fallback slot'
      );
      await el.updateComplete;
      const a = getComputedStyle(el.querySelector('.partner-button')!);
      expect([
        a.display,
        a.paddingTop,
        a.color,
        a.backgroundColor,
        a.textDecorationLine,
      ]).to.deep.equal([
        'inline-block',
        '7px',
        'rgb(1, 2, 3)',
        'rgb(250, 240, 0)',
        'none',
      ]);
      const p = getComputedStyle(el.querySelector('.partner-note')!);
      expect([p.marginTop, p.fontStyle]).to.deep.equal(['11px', 'italic']);
      // The form's own failure message beside it is still styled as ours.
      expect(
        getComputedStyle(el.querySelector('[part~="error"], .lym-status')!)
          .borderTopStyle
      ).to.not.equal('none');
    } finally {
      style.remove();
    }
  });

  // The sample feed's first form (the Talsi event's) is open then.
  const BEFORE_TALSI = new Date('2023-08-01T09:00:00Z');
  let beside = 0;

  /** On the sample feed beside one that fails (HTTP 500), once loaded. */
  async function mountBesideFailed(o: Options = {}) {
    const el = await mount(undefined, {
      src: `/api/test/feed?file=src/feed/sample-feed.json /api/test/feed?status=500&t=signup-beside-failed-${++beside}`,
      now: BEFORE_TALSI,
      ...o,
    });
    await waitUntil(
      () => !el.querySelector('[part~="loading"]'),
      'still loading',
      {timeout: 5000}
    );
    return el;
  }

  it('shows the failure with Retry, not "not available here", when its form may be in a feed that failed', async () => {
    // Organisations only in the first feed; the form in the second, which fails once.
    const el = await mount(undefined, {
      src: `/api/test/feed?file=test/org-directory/fixtures/feed-a.json /api/test/feed?fails=1&t=signup-partial-${Date.now()}`,
      now: BEFORE_TALSI,
    });
    const failure = () => el.querySelector('[part~="status"][part~="error"]');
    await waitUntil(failure, 'no failure', {timeout: 5000});
    expect(failure()!.textContent).to.contain('not available at the moment');
    expect(failure()!.textContent).not.to.contain('not available here');
    expect(q(el, '.fallback').assignedSlot).not.to.equal(null);
    await expect(el).to.be.accessible();
    // Retry, by keyboard: the missing feed comes, and the form with it.
    q(el, '[part~="retry-button"]').focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => el.querySelector('form'), 'no form after Retry', {
      timeout: 5000,
    });
    expect(failure()).to.equal(null);
    expect(q(el, '.fallback').assignedSlot).to.equal(null);
  });

  /**
   * A form from `form-only-feed.json` whose event is in a second feed that
   * fails once (`file`: that feed, else the sample): held back, with the
   * failure, Retry and the page's fallback, not an open form.
   */
  async function mountHeldBack(o: Options, file = '') {
    const el = await mount(undefined, {
      src: `/api/test/feed?file=test/signup-form/form-only-feed.json /api/test/feed?fails=1${file && `&file=${file}`}&t=signup-held-${Date.now()}`,
      now: BEFORE_TALSI,
      ...o,
    });
    const failure = () => el.querySelector('[part~="status"][part~="error"]');
    await waitUntil(failure, 'no failure', {timeout: 5000});
    expect(el.querySelector('form'), 'a form').to.equal(null);
    expect(failure()!.textContent).to.contain('not available at the moment');
    expect(q(el, '.fallback').assignedSlot).not.to.equal(null);
    return {el, failure};
  }

  it('shows the failure with Retry, not an open form, when the event its form names is in a feed that failed', async () => {
    // The form (open by its own dates) names its event, which could be
    // cancelled, full or over.
    const {el, failure} = await mountHeldBack({});
    await expect(el).to.be.accessible();
    // Retry: the event comes (the Talsi event, then to come), and the form with it.
    q(el, '[part~="retry-button"]').click();
    await waitUntil(() => el.querySelector('form'), 'no form after Retry', {
      timeout: 5000,
    });
    expect(el.querySelector('h2')!.textContent).to.contain(
      'its event is in another feed'
    );
    expect(failure()).to.equal(null);
  });

  it('shows the failure with Retry, not an open form, when the event that names its form is in a feed that failed', async () => {
    // The form names no event; the event naming it is cancelled.
    const {el, failure} = await mountHeldBack(
      {formId: 'form-only-unnamed'},
      'test/signup-form/event-names-form-feed.json'
    );
    q(el, '[part~="retry-button"]').click();
    // (Between the two, the element shows "Loading…".)
    await waitUntil(
      () => !failure() && !el.querySelector('[part~="loading"]'),
      'still failing or loading',
      {timeout: 5000}
    );
    expect(shown(el)).to.contain('This event has been cancelled.');
    expect(el.querySelector('form'), 'a form').to.equal(null);
  });

  it('shows its form from a feed that loaded while another failed', async () => {
    const el = await mountBesideFailed();
    expect(shown(el)).to.equal('the form');
  });

  it('shows a configuration error and the fallback for an action that is not http(s)', async () => {
    const el = await mount(feed(), {action: 'javascript:alert(1)'});
    expect(shown(el)).to.contain('not available');
    expect(q(el, '.fallback').assignedSlot).not.to.equal(null);
  });

  it('says "not available here" for an action that is not http(s), also while another feed failed', async () => {
    // The form and its event load; a second feed fails. The unusable action
    // is the page's mistake, not the network's: Retry would not mend it.
    const el = await mountBesideFailed({action: 'javascript:alert(1)'});
    expect(shown(el)).to.contain('not available here');
    expect(el.querySelector('[part~="retry-button"]')).to.equal(null);
    expect(el.querySelector('form'), 'a form').to.equal(null);
    expect(q(el, '.fallback').assignedSlot).not.to.equal(null);
  });

  it('says "not available here", not an open form, when the event it names is not in the feed', async () => {
    // Removed from the feed, or skipped as unreadable (a `start` that is
    // not a date): it may be cancelled, full or over, and an event card for
    // it says it is not there. The form is open by its own dates.
    for (const data of [
      {...feed(), events: []},
      feed({}, {}, {start: 20310810}),
    ]) {
      const el = await mount(data);
      expect(shown(el)).to.contain('not available here');
      expect(el.querySelector('[part~="retry-button"]')).to.equal(null);
      expect(q(el, '.fallback').assignedSlot).not.to.equal(null);
      await expect(el).to.be.accessible();
    }
    // A form that names no event stays open by its own dates.
    const unnamed = feed({eventId: undefined});
    unnamed.events = [];
    expect(shown(await mount(unnamed))).to.equal('the form');
  });

  it('shows a configuration error for an unknown form id', async () => {
    const el = await fixture<SignupForm>(
      html`<signup-form .data=${feed()} form-id="nope"></signup-form>`
    );
    await waitUntil(() => el.querySelector('[part~="status"]'));
    expect(shown(el)).to.contain('not available');
  });

  it('puts "(required)" a space after its label, and at the start of a line when it wraps', async () => {
    const el = await mount();
    const label = q(el, `label[for="${input(el, 'email').id}"]`);
    const small = label.querySelector('small')!;
    // The label's own words, without the space after them.
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode();
    while (text && !text.textContent!.trim()) text = walker.nextNode();
    const words = document.createRange();
    words.setStart(text!, 0);
    words.setEnd(text!, text!.textContent!.trimEnd().length);
    const gap =
      small.getBoundingClientRect().left - words.getBoundingClientRect().right;
    expect(gap).to.be.within(2, 12);
    // Narrow enough that it goes to a line of its own.
    label.style.width = `${words.getBoundingClientRect().width + 4}px`;
    expect(small.getBoundingClientRect().top).to.be.above(
      words.getBoundingClientRect().top
    );
    expect(small.getBoundingClientRect().left).to.equal(
      words.getBoundingClientRect().left
    );
  });
});

describe('signup-form: styling', () => {
  it("keeps a page's global input rules off its fields, and takes the README's rule with the form's id", async () => {
    const style = document.createElement('style');
    style.textContent = `input, .content input { border: 5px dotted red; }
      signup-form#register [part~='input'] { border-top-width: 1px; }`;
    document.head.append(style);
    try {
      const el = await mount();
      const field = () => getComputedStyle(input(el, 'name'));
      expect([field().borderTopWidth, field().borderBottomStyle]).to.deep.equal(
        ['2px', 'solid']
      );
      el.id = 'register';
      expect(field().borderTopWidth).to.equal('1px');
    } finally {
      style.remove();
    }
  });

  it('scopes every light-DOM rule to its tag, comments in the sources and all', () => {
    // The page bundles' CSS has no comments; the sources (and dist/esm, which
    // a bundler minifies its own way) have: a comma or a brace in a comment
    // split a rule's selector, and ":host([color-scheme])" went out unscoped.
    const css = lightStyles('my-form')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replaceAll(':is(my-form,#lym-scope)', 'SCOPE');
    const selectors = [...css.matchAll(/(?:^|[{}])\s*([^{}@]+?)\s*\{/g)]
      .flatMap((m) => m[1].split(','))
      .map((sel) => sel.trim());
    expect(selectors.length).to.be.above(40);
    // (":host" is the tag itself here: in a page it would match nothing.)
    expect(
      selectors.filter((sel) => !sel.startsWith('SCOPE') || /:host/.test(sel))
    ).to.deep.equal([]);
  });
});

describe('signup-form: validation', () => {
  it('shows the error summary, focused, and an error at each field; sends nothing', async () => {
    const el = await mount();
    const error = await submitAndWait(el, 'lym-signup-error');
    expect(error.detail.kind).to.equal('validation');
    expect(Object.keys(error.detail.errors!)).to.deep.equal([
      'name',
      'email',
      'attendance',
      '_consent',
    ]);
    await el.updateComplete;
    const summary = q(el, '[part~="error-summary"]');
    // Read once, when focus lands on it; not a live region, which would read
    // it again at every change as the visitor fixes the fields.
    expect(
      summary.closest('[role="alert"], [role="status"], [aria-live]')
    ).to.equal(null);
    expect(summary.textContent).to.contain('There is a problem');
    await waitUntil(
      () => document.activeElement === summary,
      'summary focused'
    );
    const links = [...summary.querySelectorAll('a')].map((a) =>
      a.getAttribute('href')
    );
    expect(links).to.deep.equal([
      `#${input(el, 'name').id}`,
      `#${input(el, 'email').id}`,
      `#${input(el, 'attendance').id}`,
      `#${input(el, '_consent').id}`,
    ]);
    const name = input(el, 'name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    const errorId = name.getAttribute('aria-describedby')!.split(' ').pop();
    expect(q(el, `#${errorId}`).textContent).to.contain('Enter full name');
    expect(q(el, `#${errorId}`).getAttribute('part')).to.equal('field-error');
    expect(q(el, 'fieldset').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, `#e_${input(el, '_consent').id}`).textContent).to.contain(
      'You must agree'
    );
    await aTimeout(50);
    expect(await submits()).to.have.length(0);
  });

  it('writes its error messages again when the language changes', async () => {
    const el = await mount();
    await set(el, 'email', 'anna@');
    await submitAndWait(el, 'lym-signup-error');
    await el.updateComplete;
    const summary = () => q(el, '[part~="error-summary"]').textContent!;
    expect(summary()).to.contain('Enter an email address in the right form');
    el.lang = 'lv';
    await waitUntil(
      () => summary().includes('Radusies problēma'),
      'Latvian summary'
    );
    expect(summary()).to.contain('Ievadiet e-pasta adresi pareizā formā');
    expect(summary()).to.contain('Aizpildiet lauku');
    expect(summary()).not.to.contain('Enter');
    expect(q(el, `#e_${input(el, 'email').id}`).textContent).to.contain(
      'Ievadiet e-pasta adresi'
    );
    // What the visitor typed stays.
    expect(input(el, 'email').value).to.equal('anna@');
  });

  it('links the error of a radio group to the group', async () => {
    const el = await mount();
    await submitAndWait(el, 'lym-signup-error');
    await el.updateComplete;
    const group = q(el, 'fieldset');
    const ids = group.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids).to.include(`e_${input(el, 'attendance').id}`);
    const error = q(el, `#e_${input(el, 'attendance').id}`);
    expect(error.closest('fieldset')).to.equal(group);
    expect(error.textContent).to.contain('Answer “How will you attend?”');
  });

  it('rings the error summary it moves focus to after a click on Register too', async () => {
    // The form is in the page's light DOM: the ring comes from the scoped
    // styles, and the browser's :focus-visible leaves it out after a click.
    const el = await mount();
    await clickMiddle(button(el));
    await waitUntil(
      () => document.activeElement === q(el, '[part~="error-summary"]'),
      'summary focused'
    );
    const summary = q(el, '[part~="error-summary"]');
    expect(summary.matches(':focus-visible')).to.equal(false);
    expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
  });

  it('moves focus to the field when a summary link is used', async () => {
    const el = await mount();
    await submitAndWait(el, 'lym-signup-error');
    await el.updateComplete;
    q<HTMLAnchorElement>(
      el,
      '[part~="error-summary"] a[href$="-email"]'
    ).click();
    expect(document.activeElement).to.equal(input(el, 'email'));
    expect(location.hash).to.equal('');
  });

  it('checks the fields only when Register is pressed, not as they are left', async () => {
    const el = await mount();
    const leave = async () => {
      input(el, 'email').dispatchEvent(
        new FocusEvent('focusout', {bubbles: true})
      );
      await el.updateComplete;
    };
    await set(el, 'email', 'nope');
    await leave();
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('false');
    await submitAndWait(el, 'lym-signup-error');
    await el.updateComplete;
    expect(q(el, '[part~="error-summary"]').textContent).to.contain(
      'Enter an email address in the right form'
    );
    await set(el, 'email', 'anna@example.lv');
    await leave();
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    await submitAndWait(el, 'lym-signup-error');
    await el.updateComplete;
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('false');
    expect(q(el, '[part~="error-summary"]').textContent).not.to.contain(
      'email address'
    );
    expect(q(el, '[part~="error-summary"]').textContent).to.contain(
      'Enter full name'
    );
  });
});

describe('signup-form: sending', () => {
  it("does not put the answers in the page's URL when a page's script calls the form's submit()", async () => {
    const el = await mount();
    await fillValid(el);
    const before = location.href;
    const sent = (await submits()).length;
    q<HTMLFormElement>(el, 'form').submit();
    await new Promise((r) => setTimeout(r, 300));
    expect(location.href).to.equal(before);
    expect(location.href).not.to.contain('Anna');
    expect((await submits()).length).to.equal(sent);
    expect(input(el, 'name').value).to.equal('Anna Bērziņa');
  });
  it('reads a number as the form’s language writes it: "1,000" is a thousand in English, "2,000" two in Greek', async () => {
    const en = await mount();
    await fillValid(en);
    await set(en, 'participants', '1,000');
    await submitAndWait(en, 'lym-signup-error');
    await en.updateComplete;
    expect(q(en, '[part~="error-summary"]').textContent).to.contain(
      '“Participants” must be between 1 and 5'
    );
    expect(input(en, 'participants').value).to.equal('1,000');
    const el = await mount(feed(), {lang: 'el'});
    await fillValid(el);
    await set(el, 'participants', '2,000');
    await submitAndWait(el, 'lym-signup-success');
    const [request] = (await submits()).slice(-1);
    expect(JSON.parse(request.body).participants).to.equal(2);
  });
  it('sends the answers with consent and key, then shows the success message, focused, and clears the draft', async () => {
    const el = await mount();
    await fillValid(el);
    await set(el, 'participants', '2');
    expect(sessionStorage.getItem(draftName())).to.contain('Anna');
    const success = await submitAndWait(el, 'lym-signup-success');
    expect(success.detail.status).to.equal(201);
    const [request] = await submits();
    const body = JSON.parse(request.body);
    expect(body).to.include({
      name: 'Anna Bērziņa',
      email: 'anna@example.lv',
      participants: 2,
      attendance: 'onsite',
      news: false,
    });
    expect(body._consent.text).to.equal(
      'I agree that my answers are stored to organise the event.'
    );
    expect(body._consent.version).to.equal('2024-01');
    expect(Date.parse(body._consent.acceptedAt)).to.be.closeTo(
      Date.now(),
      60000
    );
    expect(request.headers['idempotency-key']).to.equal(body._idempotencyKey);
    expect(body._idempotencyKey).to.match(/^[0-9a-f]{32}$/);
    expect(request.headers['content-type']).to.equal('application/json');
    expect(success.detail.data).to.deep.equal(body);
    await el.updateComplete;
    const message = q(el, '[part~="success"]');
    expect(message.textContent).to.contain('Thank you, you are registered.');
    expect(document.activeElement).to.equal(message);
    expect(sessionStorage.getItem(draftName())).to.equal(null);
  });

  it('sends form-urlencoded when the form says so', async () => {
    const el = await mount(feed({encoding: 'form-urlencoded'}));
    await fillValid(el);
    await submitAndWait(el, 'lym-signup-success');
    const [request] = await submits();
    expect(request.headers['content-type']).to.equal(
      'application/x-www-form-urlencoded;charset=UTF-8'
    );
    const p = new URLSearchParams(request.body);
    expect(p.get('name')).to.equal('Anna Bērziņa');
    expect(p.get('_consent[version]')).to.equal('2024-01');
    // A CORS simple request: only the body carries the key.
    expect(p.get('_idempotencyKey')).to.match(/^[0-9a-f]{32}$/);
    expect(request.headers).not.to.have.property('idempotency-key');
  });

  it('posts only to the action, resolved against the feed URL', async () => {
    const el = await mount(undefined, {
      src: '/api/test/feed?file=test/signup-form/feed.json&x=1',
    });
    await fillValid(el);
    await submitAndWait(el, 'lym-signup-success');
    const [request] = await submits();
    expect(request.query).to.deep.equal({status: '201', relative: '1'});
  });

  it('shows 422 field errors in the summary and at the field', async () => {
    const el = await mount(feed(), {action: '/api/test/submit?status=422'});
    await fillValid(el);
    const error = await submitAndWait(el, 'lym-signup-error');
    expect(error.detail).to.deep.include({kind: 'validation', status: 422});
    expect(error.detail.errors).to.deep.equal({
      email: 'This address is already registered.',
    });
    await el.updateComplete;
    expect(q(el, '[part~="error-summary"] a').textContent).to.contain(
      'already registered'
    );
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '[part~="field-error"]').textContent).to.contain(
      'already registered'
    );
    // Styled as an error by the form's own sheet.
    expect(
      getComputedStyle(q(el, '[part~="field-error"]')).fontWeight
    ).to.equal('700');
    // "error" is the feed's failure box only, so a theme can tell them apart.
    expect(el.querySelector('[part~="error"]')).to.equal(null);
    expect(input(el, 'name').value).to.equal('Anna Bērziņa');
    // A language change writes our own messages again, not the receiver's.
    el.lang = 'lv';
    await waitUntil(
      () =>
        q(el, '[part~="error-summary"]').textContent!.includes(
          'Radusies problēma'
        ),
      'Latvian summary'
    );
    expect(q(el, '[part~="error-summary"] a').textContent).to.contain(
      'This address is already registered.'
    );
  });

  it('sends at the first mouse click on Register after the visitor fixed the last error', async () => {
    // The whole form on screen: no scrolling (whose anchoring would hide a jump).
    await setViewport({width: 800, height: 1600});
    try {
      await clickRegisterAfterFix();
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  async function clickRegisterAfterFix() {
    const el = await mount();
    await set(el, 'name', 'Anna Bērziņa');
    await set(el, 'email', 'anna@example.lv');
    await set(el, 'attendance', 'onsite');
    button(el).click();
    await waitUntil(() => q(el, '[part~="error-summary"]'), 'no summary');
    // Ticks the consent with the mouse, then clicks Register: the messages
    // must not go (and Register move away from the pointer) between the
    // button's mousedown and its mouseup.
    await clickMiddle(input(el, '_consent'));
    await el.updateComplete;
    expect(input(el, '_consent').checked).to.equal(true);
    const before = (await submits()).length;
    const done = oneEvent(el, 'lym-signup-success');
    await clickMiddle(button(el));
    await done;
    expect((await submits()).length).to.equal(before + 1);
  }

  it("keeps the receiver's message, and ours, until Register is pressed again", async () => {
    const el = await mount(feed(), {action: '/api/test/submit?status=422'});
    await fillValid(el);
    await submitAndWait(el, 'lym-signup-error');
    await el.updateComplete;
    const email = input(el, 'email');
    // By keyboard: into the field and on with Tab.
    const passThrough = async () => {
      email.focus();
      await sendKeys({press: 'Tab'});
      await el.updateComplete;
      expect(document.activeElement === email).to.equal(false);
    };
    await passThrough();
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '[part~="error-summary"]').textContent).to.contain(
      'already registered'
    );
    // Corrected and left: nothing moves until Register (a message going
    // away would move Register from under a pointer on its way to it).
    await set(el, 'email', 'anna.b@example.lv');
    await passThrough();
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    el.setAttribute('action', '/api/test/submit?status=201');
    await el.updateComplete;
    await submitAndWait(el, 'lym-signup-success');
    await el.updateComplete;
    expect(el.querySelector('[part~="error-summary"]') === null).to.equal(true);
  });

  it('keeps the answers and offers Retry when the server answers 500', async () => {
    const el = await mount(feed(), {action: '/api/test/submit?status=500'});
    await fillValid(el);
    const error = await submitAndWait(el, 'lym-signup-error');
    expect(error.detail).to.deep.include({kind: 'server', status: 500});
    await el.updateComplete;
    const alert = q(el, '[part~="status"][role="alert"]');
    expect(alert.textContent).to.contain('went wrong on our side');
    expect(
      alert.querySelector('[part~="retry-button"]')!.textContent
    ).to.contain('Try again');
    expect(input(el, 'name').value).to.equal('Anna Bērziņa');
    expect(sessionStorage.getItem(draftName())).to.contain('Anna');
  });

  // A receiver's limit per connection (the PHP receiver's 429): "try
  // later", not "something went wrong", as Try again at once would fail.
  it('says a 429 is a limit to wait out, keeping the answers and Retry', async () => {
    const el = await mount(feed(), {action: '/api/test/submit?status=429'});
    await fillValid(el);
    const error = await submitAndWait(el, 'lym-signup-error');
    expect(error.detail).to.deep.include({kind: 'server', status: 429});
    await el.updateComplete;
    const alert = q(el, '[part~="status"][role="alert"]');
    expect(alert.textContent).to.contain(
      'Too many registrations were sent from here. Try again later.'
    );
    expect(alert.textContent).not.to.contain('went wrong');
    expect(alert.querySelector('[part~="retry-button"]')).not.to.equal(null);
    expect(input(el, 'name').value).to.equal('Anna Bērziņa');
    el.setAttribute('action', '/api/test/submit?status=201');
    await el.updateComplete;
    await submitAndWait(el, 'lym-signup-success');
  });

  // Its Retry-After (seconds, or a date) tells when: in the visitor's zone,
  // with the date; one that cannot be read, or is past, leaves "later".
  for (const [header, at] of [
    ['600', () => Date.now() + 600e3],
    ['Sat, 01 Jan 2099 10:30:00 GMT', () => Date.UTC(2099, 0, 1, 10, 30)],
  ] as const) {
    it(`says when a 429's limit ends (Retry-After: ${header})`, async () => {
      const el = await mount(feed(), {
        action: `/api/test/submit?status=429&retryAfter=${encodeURIComponent(header)}`,
      });
      await fillValid(el);
      await submitAndWait(el, 'lym-signup-error');
      await el.updateComplete;
      const said = q(el, '[part~="status"][role="alert"] p').textContent!;
      const moments = [-60e3, 0, 60e3].map((d) =>
        new Intl.DateTimeFormat('en-GB', MOMENT).format(at() + d)
      );
      expect(
        moments.some((m) =>
          said.includes(
            `Too many registrations were sent from here. Try again after ${m}. Your answers are kept.`
          )
        ),
        `${said} (${moments.join(', ')})`
      ).to.equal(true);
      expect(input(el, 'name').value).to.equal('Anna Bērziņa');
    });
  }
  it('still says when the limit ended once that time has passed (not "later")', async () => {
    const el = await mount(feed(), {
      action: '/api/test/submit?status=429&retryAfter=1',
    });
    await fillValid(el);
    await submitAndWait(el, 'lym-signup-error');
    await el.updateComplete;
    const said = () => q(el, '[part~="status"][role="alert"] p').textContent!;
    expect(said()).to.contain('Try again after');
    await aTimeout(1100);
    // An answer changed then renders the form again.
    await set(el, 'name', 'Anna Bērziņa-Kalniņa');
    await el.updateComplete;
    expect(said()).to.contain('Try again after');
  });
  for (const header of ['soon', 'Thu, 01 Jan 2015 00:00:00 GMT', '0']) {
    it(`says "later" for a 429 with Retry-After: ${header}`, async () => {
      const el = await mount(feed(), {
        action: `/api/test/submit?status=429&retryAfter=${encodeURIComponent(header)}`,
      });
      await fillValid(el);
      await submitAndWait(el, 'lym-signup-error');
      await el.updateComplete;
      expect(
        q(el, '[part~="status"][role="alert"] p').textContent!.trim()
      ).to.equal(
        'Too many registrations were sent from here. Try again later. Your answers are kept.'
      );
    });
  }

  it('scrolls a failure into view: below Register, it may be under the fold', async () => {
    const el = await mount(feed(), {action: '/api/test/submit?status=500'});
    await fillValid(el);
    button(el).scrollIntoView({block: 'end'});
    button(el).focus();
    await submitAndWait(el, 'lym-signup-error');
    await waitUntil(
      () => q(el, '[part~="status"][role="alert"]'),
      'no failure'
    );
    const alert = q(el, '[part~="status"][role="alert"]');
    await waitUntil(
      () => alert.getBoundingClientRect().bottom <= innerHeight + 0.5,
      `the failure is out of view: ${alert.getBoundingClientRect().bottom} > ${innerHeight}`,
      {timeout: 2000}
    );
    // Focus stays on Register, to press it again.
    expect(document.activeElement).to.equal(button(el));
  });

  // A site builder's sandboxed frame without allow-forms fires no submit
  // event at all; Register's click (Enter in a field clicks it too) is all
  // there is. Here a listener stops every submit event before the form's.
  it('sends from Register and from Enter in a field when no submit event comes', async () => {
    const stop = (e: Event) => {
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    window.addEventListener('submit', stop, true);
    try {
      const el = await mount(feed(), {action: '/api/test/submit?status=201'});
      const summary = () => q(el, '[part~="error-summary"]');
      input(el, 'email').focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(summary, 'Enter in a field did nothing');
      await fillValid(el);
      await submitAndWait(el, 'lym-signup-success');
      expect(await submits()).to.have.length(1);
    } finally {
      window.removeEventListener('submit', stop, true);
    }
  });

  it('retries with the same idempotency key', async () => {
    const el = await mount(feed(), {action: '/api/test/submit?status=500'});
    await fillValid(el);
    await submitAndWait(el, 'lym-signup-error');
    await retryToSuccess(el);
    const [first, second] = await submits();
    expect(second.headers['idempotency-key']).to.equal(
      first.headers['idempotency-key']
    );
    expect(JSON.parse(second.body)._idempotencyKey).to.equal(
      first.headers['idempotency-key']
    );
  });

  it('"Try again" sends the answers as corrected after the failure', async () => {
    const el = await mount(feed(), {action: '/api/test/submit?status=500'});
    await fillValid(el);
    await set(el, 'email', 'anna@exmaple.lv');
    await submitAndWait(el, 'lym-signup-error');
    await set(el, 'email', 'anna@example.lv');
    expect((await retryToSuccess(el)).detail.data.email).to.equal(
      'anna@example.lv'
    );
    const [first, second] = await submits();
    expect(JSON.parse(first.body).email).to.equal('anna@exmaple.lv');
    expect(JSON.parse(second.body).email).to.equal('anna@example.lv');
    // Other answers: another key.
    expect(second.headers['idempotency-key']).not.to.equal(
      first.headers['idempotency-key']
    );
  });

  it('"Try again" checks a correction first: a broken one is not sent', async () => {
    const el = await mount(feed(), {action: '/api/test/submit?status=500'});
    await fillValid(el);
    await submitAndWait(el, 'lym-signup-error');
    await set(el, 'email', 'anna@');
    const caught = oneEvent(el, 'lym-signup-error');
    q<HTMLButtonElement>(el, '[part~="status"][role="alert"] button').click();
    expect((await caught).detail.kind).to.equal('validation');
    await el.updateComplete;
    expect(q(el, '[part~="error-summary"]').textContent).to.contain(
      'Enter an email address in the right form'
    );
    expect(await submits()).to.have.length(1);
    expect(input(el, 'email').value).to.equal('anna@');
  });

  it('keeps the key when the same answers are submitted again, and makes a new one when they changed', async () => {
    const el = await mount(feed(), {action: '/api/test/submit?status=500'});
    await fillValid(el);
    await submitAndWait(el, 'lym-signup-error');
    await submitAndWait(el, 'lym-signup-error');
    await set(el, 'name', 'Anna B.');
    await submitAndWait(el, 'lym-signup-error');
    const keys = (await submits()).map((r) => r.headers['idempotency-key']);
    expect(keys).to.have.length(3);
    expect(keys[1]).to.equal(keys[0]);
    expect(keys[2]).not.to.equal(keys[0]);
  });

  it('takes a timeout that is not a positive number, or longer than a timer can wait, for the default', async () => {
    // (Infinity would make the send throw: "offline".)
    for (const timeout of [NaN, 0, -1, 2 ** 31, Infinity]) {
      const el = await mount(feed(), {
        timeout,
        action: '/api/test/submit?delay=200',
      });
      await fillValid(el);
      const done = await submitAndWait(el, 'lym-signup-success');
      expect(done.detail.status, String(timeout)).to.equal(201);
      el.remove();
    }
  });

  it('gives up after the timeout with a timeout error', async () => {
    const el = await mount(feed(), {
      action: '/api/test/submit?delay=3000',
      timeout: 300,
    });
    await fillValid(el);
    const error = await submitAndWait(el, 'lym-signup-error');
    expect(error.detail.kind).to.equal('timeout');
    await el.updateComplete;
    expect(q(el, '[part~="status"][role="alert"]').textContent).to.contain(
      'did not answer in time'
    );
  });

  it('says so when the receiver cannot be reached: the connection only when offline', async () => {
    const el = await mount(feed(), {action: 'http://127.0.0.1:9/'});
    await fillValid(el);
    // Online: the receiver is down or refuses this page (CORS), which the
    // visitor's connection does not mend.
    const error = await submitAndWait(el, 'lym-signup-error');
    expect(error.detail.kind).to.equal('offline');
    await el.updateComplete;
    const alert = () => q(el, '[part~="status"][role="alert"]').textContent!;
    expect(alert()).to.contain(
      'Something went wrong on our side. Your answers are kept.'
    );
    expect(alert()).not.to.contain('connection');
    setOnline(false);
    try {
      await submitAndWait(el, 'lym-signup-error');
      await el.updateComplete;
      expect(alert()).to.contain('Check your connection');
    } finally {
      restoreOnline();
    }
  });

  it('sends once when the button is clicked twice, and is busy meanwhile', async () => {
    const el = await mount(feed(), {action: '/api/test/submit?delay=400'});
    await fillValid(el);
    const done = oneEvent(el, 'lym-signup-success');
    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(q(el, '[part~="status"][role="status"]').textContent).to.contain(
      'Sending'
    );
    button(el).click();
    input(el, 'name').form!.requestSubmit();
    await done;
    await aTimeout(100);
    expect(await submits()).to.have.length(1);
  });

  it('sends nothing when lym-signup-submit is cancelled', async () => {
    const el = await mount();
    await fillValid(el);
    el.addEventListener('lym-signup-submit', (e) => e.preventDefault());
    const submitted = oneEvent(el, 'lym-signup-submit');
    button(el).click();
    const e = await submitted;
    expect(e.detail.data.name).to.equal('Anna Bērziņa');
    await aTimeout(200);
    expect(await submits()).to.have.length(0);
    expect(el.querySelector('[part~="success"]')).to.equal(null);
  });
});

describe('signup-form: the draft', () => {
  it('restores the answers when the element is created again', async () => {
    const el = await mount();
    await set(el, 'name', 'Anna Bērziņa');
    await set(el, 'attendance', 'online');
    await set(el, 'news', true);
    await set(el, '_consent', true);
    el.remove();
    const again = await mount();
    expect(input(again, 'name').value).to.equal('Anna Bērziņa');
    expect(
      q<HTMLInputElement>(again, '[name="attendance"][value="online"]').checked
    ).to.equal(true);
    expect(input(again, 'news').checked).to.equal(true);
    // Not the consent: it is given anew (its text may have changed since).
    expect(input(again, '_consent').checked).to.equal(false);
  });

  it('keeps the form and its answers when a framework rewrites its text child', async () => {
    // React and Vue change a lone text child with textContent, which takes
    // out every child, the form's container too: the form vanished for good.
    const el = await fixture<SignupForm>(
      html`<signup-form .data=${feed()} min-fill-time="0"
        >Register by email (1)</signup-form
      >`
    );
    await waitUntil(() => el.querySelector('form'), 'no form');
    await set(el, 'name', 'Anna Bērziņa');
    el.textContent = 'Register by email (2)';
    await waitUntil(
      () => el.querySelector('form'),
      'the form did not come back'
    );
    expect(el.firstElementChild!.getAttribute('slot')).to.equal('form');
    expect(input(el, 'name').value).to.equal('Anna Bērziņa');
    expect(el.lastChild!.textContent).to.equal('Register by email (2)');
    expect(q(el, 'form').getClientRects().length).to.equal(1);
  });

  it('keeps one draft per feed as the page resolves its src: the same src on two pages is two feeds', async () => {
    // Two pages, /riga/ and /talsi/, both with src="feed?…": two feeds. The
    // Talsi form must not open with the Riga answers (and their idempotency key).
    const base = document.head.appendChild(document.createElement('base'));
    const src = 'feed?file=test/signup-form/feed.json';
    try {
      base.href = '/api/test/riga/';
      const riga = await mount(undefined, {src});
      await set(riga, 'name', 'Riga visitor');
      riga.remove();
      base.href = '/api/test/talsi/';
      const talsi = await mount(undefined, {src});
      expect(input(talsi, 'name').value).to.equal('');
      await set(talsi, 'name', 'Talsi visitor');
      talsi.remove();
      base.href = '/api/test/riga/';
      const back = await mount(undefined, {src});
      expect(input(back, 'name').value).to.equal('Riga visitor');
    } finally {
      base.remove();
    }
  });

  it("keeps the draft when a single-page app changes the page's URL (the feed did not change)", async () => {
    const page = location.href;
    try {
      const el = await mount(undefined, {
        src: 'api/test/feed?file=test/signup-form/feed.json&t=spa',
      });
      await set(el, 'name', 'Anna');
      history.pushState(null, '', '/elsewhere/route');
      el.lang = 'lv';
      await waitUntil(
        () => button(el).textContent!.trim() !== 'Register',
        'did not re-render'
      );
      await el.updateComplete;
      expect(input(el, 'name').value).to.equal('Anna');
      await set(el, 'email', 'anna@example.lv');
      el.remove();
      history.replaceState(null, '', page);
      const again = await mount(undefined, {
        src: 'api/test/feed?file=test/signup-form/feed.json&t=spa',
      });
      expect(input(again, 'name').value).to.equal('Anna');
      expect(input(again, 'email').value).to.equal('anna@example.lv');
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it("keeps a .data form's draft when the page's query changes (a directory's search on the same page, ?utm_source)", async () => {
    const page = location.href;
    try {
      const el = await mount();
      await set(el, 'name', 'Anna');
      el.remove();
      history.replaceState(null, '', `${location.pathname}?od.q=talsi#top`);
      const again = await mount();
      expect(input(again, 'name').value).to.equal('Anna');
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('keeps one draft per copy of a form on a page when the copies have ids', async () => {
    const both = await fixture<HTMLDivElement>(
      html`<div>
        <signup-form id="top" .data=${feed()} min-fill-time="0"></signup-form>
        <signup-form id="bottom" .data=${feed()} min-fill-time="0"></signup-form>
      </div>`
    );
    const [top, bottom] = [...both.querySelectorAll<SignupForm>('signup-form')];
    await waitUntil(
      () => top.querySelector('form') && bottom.querySelector('form')
    );
    await set(top, 'name', 'Typed at the top');
    await set(bottom, 'email', 'bottom@example.lv');
    both.remove();
    expect(sessionStorage.getItem(draftName('top'))).to.contain('at the top');
    expect(sessionStorage.getItem(draftName('bottom'))).to.contain('bottom@');
    const again = await fixture<HTMLDivElement>(
      html`<div><signup-form id="top" .data=${feed()} min-fill-time="0"></signup-form></div>`
    );
    const restored = again.querySelector<SignupForm>('signup-form')!;
    await waitUntil(() => restored.querySelector('form'));
    expect(input(restored, 'name').value).to.equal('Typed at the top');
    expect(input(restored, 'email').value).to.equal('');
  });

  it('sends the same idempotency key after a reload when the answers did not change', async () => {
    const el = await mount(feed(), {action: '/api/test/submit?status=500'});
    await fillValid(el);
    await submitAndWait(el, 'lym-signup-error');
    el.remove();
    const again = await mount(feed(), {action: '/api/test/submit?status=201'});
    expect(input(again, 'email').value).to.equal('anna@example.lv');
    await set(again, '_consent', true); // given anew after a reload
    await submitAndWait(again, 'lym-signup-success');
    const [first, second] = await submits();
    expect(first.headers['idempotency-key']).to.match(/^[0-9a-f]{32}$/);
    expect(second.headers['idempotency-key']).to.equal(
      first.headers['idempotency-key']
    );
  });

  it('is cleared by a success', async () => {
    const el = await mount();
    await fillValid(el);
    await submitAndWait(el, 'lym-signup-success');
    el.remove();
    const again = await mount();
    expect(input(again, 'name').value).to.equal('');
  });

  it('uses localStorage with persist, and not sessionStorage', async () => {
    const el = await mount(feed(), {persist: true});
    await set(el, 'name', 'Anna');
    expect(localStorage.getItem(draftName())).to.contain('Anna');
    expect(sessionStorage.getItem(draftName())).to.equal(null);
  });

  it('with persist, is cleared by a success, but not what another tab saved since', async () => {
    const el = await mount(feed(), {persist: true});
    await fillValid(el);
    await submitAndWait(el, 'lym-signup-success');
    expect(localStorage.getItem(draftName())).to.equal(null);
    // Two tabs of one form share a persisted draft; another tab's typing
    // saves its own (what a storage write from there does here).
    const other = () =>
      JSON.stringify({
        answers: {name: 'Jānis'},
        savedAt: Date.now() + 1,
        startedAt: 0,
      });
    // During this tab's send: its success does not erase that draft.
    const during = await mount(feed(), {persist: true});
    await fillValid(during);
    let theirs = '';
    during.addEventListener('lym-signup-submit', () =>
      localStorage.setItem(draftName(), (theirs = other()))
    );
    await submitAndWait(during, 'lym-signup-success');
    expect(localStorage.getItem(draftName())).to.equal(theirs);
    during.remove();
    localStorage.clear();
    // Before it: this tab's send does not write over it either.
    const before = await mount(feed(), {persist: true});
    await fillValid(before);
    localStorage.setItem(draftName(), (theirs = other()));
    await submitAndWait(before, 'lym-signup-success');
    expect(localStorage.getItem(draftName())).to.equal(theirs);
    expect((await submits()).map((r) => JSON.parse(r.body).name)).to.deep.equal(
      ['Anna Bērziņa', 'Anna Bērziņa', 'Anna Bērziņa']
    );
  });

  it("with persist, retries with the same key when another tab's draft kept this tab from saving it", async () => {
    const el = await mount(feed(), {
      persist: true,
      action: '/api/test/submit?status=500',
    });
    await fillValid(el);
    const theirs = JSON.stringify({
      answers: {name: 'Jānis'},
      savedAt: Date.now() + 1,
      startedAt: 0,
    });
    localStorage.setItem(draftName(), theirs);
    await submitAndWait(el, 'lym-signup-error');
    await retryToSuccess(el);
    const [first, second] = await submits();
    expect(first.headers['idempotency-key']).to.match(/^[0-9a-f]{32}$/);
    expect(second.headers['idempotency-key']).to.equal(
      first.headers['idempotency-key']
    );
    expect(localStorage.getItem(draftName())).to.equal(theirs);
  });

  it('ignores a persisted draft older than 7 days', async () => {
    const old = Date.now() - DRAFT_MAX_AGE - 60000;
    localStorage.setItem(
      draftName(),
      JSON.stringify({answers: {name: 'Old'}, savedAt: old, startedAt: old})
    );
    const el = await mount(feed(), {persist: true});
    expect(input(el, 'name').value).to.equal('');
    const recent = Date.now() - DRAFT_MAX_AGE + 60000;
    localStorage.setItem(
      draftName(),
      JSON.stringify({
        answers: {name: 'Recent'},
        savedAt: recent,
        startedAt: recent,
      })
    );
    const again = await mount(feed(), {persist: true});
    expect(input(again, 'name').value).to.equal('Recent');
  });

  it('ignores a corrupt stored draft', async () => {
    sessionStorage.setItem(draftName(), '{"answers":');
    const el = await mount();
    expect(input(el, 'name').value).to.equal('');
  });
});

describe('signup-form: spam', () => {
  it('does not send when the honeypot is filled, but shows success, also when filled faster than min-fill-time', async () => {
    // A bot is fast: it must not learn from a request to press again.
    const el = await mount(feed(), {minFillTime: 60});
    await fillValid(el);
    const trap = q<HTMLInputElement>(el, 'input[name="website"]');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.closest('[aria-hidden="true"]')).not.to.equal(null);
    trap.value = 'http://spam.example';
    button(el).click();
    await waitUntil(
      () => el.querySelector('[part~="success"]'),
      'success shown'
    );
    await aTimeout(100);
    expect(await submits()).to.have.length(0);
  });

  it('does not send a form filled faster than min-fill-time, keeps it and asks to press Register again', async () => {
    let submitted = 0;
    const el = await mount(feed(), {minFillTime: 2});
    el.addEventListener('lym-signup-submit', () => submitted++);
    await fillValid(el);
    button(el).click();
    await askedAgain(el);
    const status = q(el, 'div[part~="status"][role="status"]');
    expect(status.textContent!.trim()).to.equal(
      'Not sent yet: check your answers and press Register again.'
    );
    expect(el.querySelector('[part~="success"]')).to.equal(null);
    expect(input(el, 'name').value).to.equal('Anna Bērziņa');
    expect(input(el, 'email').value).to.equal('anna@example.lv');
    expect(input(el, '_consent').checked).to.equal(true);
    expect(sessionStorage.getItem(draftName())).to.contain('anna@example.lv');
    // Presses again, still too fast: the live region's text must change
    // each time, or a screen reader reads nothing (a no-break space comes
    // and goes); taking it out and back within one task is not a change.
    const seen = [status.textContent!];
    for (const n of [2, 3]) {
      button(el).click();
      await waitUntil(
        () => status.textContent !== seen.at(-1),
        `press ${n} changes the status`
      );
      seen.push(status.textContent!);
    }
    expect(seen.map((s) => s.trim())).to.deep.equal(
      Array(3).fill(
        'Not sent yet: check your answers and press Register again.'
      )
    );
    expect(status.textContent!.trim()).to.contain('press Register again');
    await aTimeout(100);
    expect(await submits()).to.have.length(0);
    expect(submitted).to.equal(0);
    await aTimeout(2000);
    await submitAndWait(el, 'lym-signup-success');
    expect(await submits()).to.have.length(1);
    expect(submitted).to.equal(1);
  });

  it('a too-fast submit with errors shows the errors, not the request to press again', async () => {
    const el = await mount(feed(), {minFillTime: 60});
    await fillValid(el);
    button(el).click();
    await askedAgain(el);
    expect(q(el, 'div[part~="status"][role="status"]').textContent).to.contain(
      'press Register again'
    );
    await set(el, 'email', 'not an email');
    button(el).click();
    await el.updateComplete;
    expect(el.querySelector('[part~="error-summary"]')).not.to.equal(null);
    expect(
      q(el, 'div[part~="status"][role="status"]').textContent!.trim()
    ).to.equal('');
  });

  it('sends a form filled slower than min-fill-time (0.2, or 0.2s: the number it starts with)', async () => {
    for (const minFillTime of [0.2, '0.2s']) {
      const el = await mount(feed(), {minFillTime});
      await fillValid(el);
      await aTimeout(250);
      await submitAndWait(el, 'lym-signup-success');
      el.remove();
    }
    expect(await submits()).to.have.length(2);
  });

  it('counts a min-fill-time over 60 (3000, meant as milliseconds) as 60 seconds', async () => {
    // The form was first shown this long ago (its draft says so).
    const shown = (ago: number) =>
      sessionStorage.setItem(
        draftName(),
        JSON.stringify({
          answers: {},
          savedAt: Date.now(),
          startedAt: Date.now() - ago,
        })
      );
    shown(55000);
    const early = await mount(feed(), {minFillTime: 3000});
    await fillValid(early);
    button(early).click();
    await askedAgain(early);
    early.remove();
    for (const minFillTime of [3000, Infinity]) {
      shown(65000);
      const el = await mount(feed(), {minFillTime});
      await fillValid(el);
      await submitAndWait(el, 'lym-signup-success');
      el.remove();
    }
    expect(await submits()).to.have.length(2);
  });

  it('takes a min-fill-time that is not a number from 0 (soon, -1) for the default, 3 seconds', async () => {
    for (const minFillTime of ['soon', '-1']) {
      const el = await mount(feed(), {minFillTime});
      await fillValid(el);
      button(el).click();
      await askedAgain(el);
      el.remove();
    }
    expect(await submits()).to.have.length(0);
  });

  it('takes an empty or removed min-fill-time for the default, 3 seconds, not for 0', async () => {
    const empty = await mount(feed(), {minFillTime: ''});
    await fillValid(empty);
    button(empty).click();
    await askedAgain(empty);
    empty.remove();
    const removed = await mount(feed(), {minFillTime: 0});
    removed.removeAttribute('min-fill-time');
    await fillValid(removed);
    button(removed).click();
    await askedAgain(removed);
    expect(await submits()).to.have.length(0);
  });

  it('renames the honeypot when the form has a field of that name', async () => {
    const data = feed();
    data.forms[0].fields.push({
      name: 'website',
      type: 'text',
      label: 'Website',
    } as never);
    const el = await mount(data);
    expect(el.querySelectorAll('[name="website"]')).to.have.length(1);
    expect(el.querySelector('[name="website-url"]')).not.to.equal(null);
  });
});

describe('signup-form: states', () => {
  const now = new Date('2031-01-01T12:00:00Z');
  const cases: [string, Parameters<typeof feed>, RegExp][] = [
    [
      'not yet open',
      [{}, {opens: '2031-02-01T10:00:00+02:00'}],
      /Registration opens on .*2031/,
    ],
    [
      'closed after closes',
      [{}, {closes: '2030-12-31T23:59:00+02:00'}],
      /Registration has closed/,
    ],
    ['closed by status', [{}, {status: 'closed'}], /Registration has closed/],
    [
      'full by capacity',
      [{}, {capacity: 50, registered: 50}],
      /This event is full/,
    ],
    ['full by status', [{}, {status: 'full'}], /This event is full/],
    ['cancelled', [{}, {}, {status: 'cancelled'}], /cancelled/],
  ];
  for (const [name, args, text] of cases) {
    it(`shows ${name} instead of the form`, async () => {
      const el = await mount(feed(...args), {now});
      expect(shown(el)).to.match(text);
      await expect(el).to.be.accessible();
    });
  }
  it('finds its event through the event’s registration when the form names none, so the card and the form agree', async () => {
    const data = feed({eventId: undefined}, {capacity: 20, registered: 20});
    const el = await mount(data, {now});
    expect(shown(el)).to.match(/This event is full/);
  });
  it('stays open while the visitor fills it in past its closing time, until Register says it closed', async () => {
    const closes = '2030-12-31T23:59:00+02:00';
    const before = new Date(Date.parse(closes) - 60000);
    const after = new Date(Date.parse(closes) + 60000);
    // Not typed into: the form closes at its time.
    const idle = await mount(feed({}, {closes}), {now: before});
    expect(shown(idle)).to.equal('the form');
    idle.now = after;
    await idle.updateComplete;
    expect(shown(idle)).to.match(/Registration has closed/);
    // Typed into: a keystroke after the time does not take the form away.
    const el = await mount(feed({}, {closes}), {now: before});
    await set(el, 'name', 'Anna');
    el.now = after;
    await el.updateComplete;
    input(el, 'name').focus();
    await set(el, 'name', 'Anna Bērziņa');
    expect(shown(el)).to.equal('the form');
    expect(document.activeElement).to.equal(input(el, 'name'));
    await fillValid(el);
    // Register: nothing is sent; the message takes the form's place and the
    // focus, and the answers stay in the draft.
    button(el).click();
    await waitUntil(() => shown(el) !== 'the form', 'closed on Register');
    await el.updateComplete;
    expect(shown(el)).to.match(/Registration has closed/);
    expect(document.activeElement).to.equal(q(el, '[part~="status"]'));
    expect(await submits()).to.have.length(0);
    expect(sessionStorage.getItem(draftName())).to.contain('Anna Bērziņa');
  });
  it('is closed once its event is over, with no closing date', async () => {
    const el = await mount(
      feed(
        {},
        {},
        {start: '2030-12-01T10:00:00+02:00', end: '2030-12-01T16:00:00+02:00'}
      ),
      {now}
    );
    expect(shown(el)).to.match(/Registration has closed/);
  });
  it('keeps a date-only closing day open all that day, as the event card does', async () => {
    const open = await mount(feed({}, {closes: '2031-01-01'}), {now});
    expect(shown(open)).to.equal('the form');
    const closed = await mount(feed({}, {closes: '2030-12-31'}), {now});
    expect(shown(closed)).to.match(/Registration has closed/);
  });
  it('names a date-only opening day without a time', async () => {
    const el = await mount(feed({}, {opens: '2031-02-01'}), {now});
    expect(q(el, '[part~="status"]').textContent!.trim()).to.equal(
      'Registration opens on 1 February 2031.'
    );
  });
  it("names the opening moment in the visitor's zone when the event's is unknown (no crash)", async () => {
    const el = await mount(
      feed(
        {},
        {opens: '2031-02-01T10:00:00+02:00'},
        {timeZone: 'Mars/Olympus'}
      ),
      {now}
    );
    const visitor = new Date('2031-02-01T08:00:00Z').toLocaleString(
      'en-GB',
      MOMENT
    );
    expect(shown(el)).to.equal(`Registration opens on ${visitor}.`);
  });
  it('agrees with the event card on the same feed and moment', async () => {
    const cases: [Parameters<typeof feed>, RegExp, string | RegExp][] = [
      [[{}, {closes: '2031-01-01'}], /open until 1 January 2031/, 'the form'],
      [
        [{}, {}, {start: '2030-12-01T10:00:00+02:00'}],
        /has ended/,
        /has closed/,
      ],
      [[{}, {capacity: 0, registered: 0}], /is full/, /is full/],
      [
        [{}, {opens: '2031-02-01'}],
        /opens on 1 February 2031\./,
        /opens on 1 February 2031\./,
      ],
    ];
    for (const [args, card, form] of cases) {
      const data = feed(...args);
      const ec = await fixture<EventCard>(
        html`<event-card .data=${data} .now=${now}></event-card>`
      );
      await waitUntil(
        () => ec.shadowRoot!.querySelector('[part~="registration"]'),
        'card'
      );
      expect(
        ec.shadowRoot!.querySelector('[part~="registration"]')!.textContent
      ).to.match(card);
      const el = await mount(data, {now});
      if (typeof form === 'string') expect(shown(el)).to.equal(form);
      else expect(shown(el)).to.match(form);
    }
  });
  it('is open between opens and closes', async () => {
    const el = await mount(
      feed({}, {opens: '2030-01-01T00:00:00Z', closes: '2031-02-01T00:00:00Z'}),
      {now}
    );
    expect(el.querySelector('form')).not.to.equal(null);
  });
});

describe('signup-form: keyboard', () => {
  // No letter twice in a row in what is typed: WebKitWebDriver drops the
  // second ("anna" became "ana").
  it('is filled, submitted and corrected with the keyboard alone', async () => {
    const el = await mount();
    input(el, 'name').focus();
    await sendKeys({type: 'Ilze Bērziņa'});
    expect(input(el, 'name').value).to.equal('Ilze Bērziņa');
    await sendKeys({press: 'Tab'});
    expect(document.activeElement).to.equal(input(el, 'email'));
    await sendKeys({type: 'ilze@example'});
    await sendKeys({press: 'Tab'});
    expect(document.activeElement).to.equal(input(el, 'phone'));
    await sendKeys({press: 'Enter'});
    const summary = q(el, '[part~="error-summary"]');
    await waitUntil(
      () =>
        summary && document.activeElement === q(el, '[part~="error-summary"]'),
      'summary focused'
    );
    await sendKeys({press: 'Tab'});
    expect(
      (document.activeElement as HTMLAnchorElement).getAttribute('href')
    ).to.equal(`#${input(el, 'email').id}`);
    await sendKeys({press: 'Enter'});
    expect(document.activeElement).to.equal(input(el, 'email'));
    await sendKeys({type: '.lv'});
    expect(input(el, 'email').value).to.equal('ilze@example.lv');
    q<HTMLInputElement>(el, '[name="attendance"]').focus();
    await sendKeys({press: 'Space'});
    input(el, '_consent').focus();
    await sendKeys({press: 'Space'});
    const done = oneEvent(el, 'lym-signup-success');
    button(el).focus();
    await sendKeys({press: 'Enter'});
    await done;
    await el.updateComplete;
    expect(document.activeElement).to.equal(q(el, '[part~="success"]'));
  });
});

describe('signup-form: accessibility in every state and locale', () => {
  for (const lang of ['en', 'lv', 'lt', 'sv', 'el', 'pt']) {
    it(`${lang}: a too-fast submit is asked again in the page's language, axe clean`, async () => {
      const el = await mount(feed(), {lang, minFillTime: 60});
      await fillValid(el);
      button(el).click();
      await askedAgain(el);
      const text = q(el, 'div[part~="status"][role="status"]').textContent!;
      expect(text.trim()).to.have.length.greaterThan(20);
      if (lang !== 'en') expect(text).not.to.contain('press Register');
      expect(text).to.contain(button(el).textContent!.trim());
      await expect(el).to.be.accessible();
    });
    it(`${lang}: a receiver's limit (429) is said in the page's language, axe clean`, async () => {
      const el = await mount(feed(), {
        lang,
        action: '/api/test/submit?status=429',
      });
      await fillValid(el);
      await submitAndWait(el, 'lym-signup-error');
      await el.updateComplete;
      const said = () =>
        q(el, '[part~="status"][role="alert"] p').textContent!.trim();
      /** Sends again, with Retry, to another answer; what the form then says. */
      const retryWith = async (action: string) => {
        el.action = action;
        await el.updateComplete;
        const failed = oneEvent(el, 'lym-signup-error');
        q<HTMLButtonElement>(el, '[part~="retry-button"]').click();
        await failed;
        await el.updateComplete;
        return said();
      };
      const limit = said();
      expect(limit).to.have.length.greaterThan(40);
      if (lang !== 'en') expect(limit).not.to.contain('Too many');
      await expect(el).to.be.accessible();
      // With the limit's end (Retry-After): other words, with the time.
      const until = await retryWith(
        '/api/test/submit?status=429&retryAfter=600'
      );
      expect(until).not.to.equal(limit);
      if (lang !== 'en') expect(until).not.to.contain('Too many');
      expect(until).to.match(/\d:\d\d/);
      await expect(el).to.be.accessible();
      // Not the words of any other failure: a 500's differ.
      await retryWith('/api/test/submit?status=500');
      expect(said()).to.have.length.greaterThan(20);
      expect(said()).not.to.equal(limit);
    });
    it(`${lang}: empty, errors shown, sending, failed and success are axe clean`, async () => {
      const el = await mount(feed(), {
        lang,
        action: '/api/test/submit?status=500&delay=1500',
      });
      await expect(el).to.be.accessible();
      await submitAndWait(el, 'lym-signup-error');
      await el.updateComplete;
      expect(
        q(el, '[part~="error-summary"] h2').textContent
      ).to.have.length.greaterThan(3);
      if (lang !== 'en')
        expect(q(el, '[part~="error-summary"] h2').textContent).not.to.contain(
          'There is a problem'
        );
      await expect(el).to.be.accessible();
      await fillValid(el);
      const failed = oneEvent(el, 'lym-signup-error');
      button(el).click();
      await el.updateComplete;
      expect(button(el).getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
      await failed;
      await el.updateComplete;
      expect(el.querySelector('[part~="status"][role="alert"]')).not.to.equal(
        null
      );
      await expect(el).to.be.accessible();
      el.action = '/api/test/submit?status=201';
      await el.updateComplete;
      const done = oneEvent(el, 'lym-signup-success');
      q<HTMLButtonElement>(el, '[part~="status"][role="alert"] button').click();
      await done;
      await el.updateComplete;
      expect(el.querySelector('[part~="success"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});
