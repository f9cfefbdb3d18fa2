import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, html as litHtml} from 'lit';
import {LocaleController, msgFor} from '../../src/i18n/localize.js';

/** A minimal element on the foundation: it shows one shared message. */
class LocaleProbe extends LitElement {
  i18n = new LocaleController(this);
  protected override async scheduleUpdate() {
    await this.i18n.ready;
    super.scheduleUpdate();
  }
  override render() {
    return litHtml`<p>${this.i18n.msg('Try again', {id: 'feed.retry'})}</p>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

const text = (el: LocaleProbe) => el.shadowRoot!.textContent!.trim();

describe('LocaleController', () => {
  it('shows each element in its own language, side by side on one page', async () => {
    const root = await fixture<HTMLDivElement>(html`<div lang="lv">
      <locale-probe id="a"></locale-probe>
      <locale-probe id="b" lang="el"></locale-probe>
      <section lang="pt-BR"><locale-probe id="c"></locale-probe></section>
      <locale-probe id="d" lang="de"></locale-probe>
    </div>`);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) =>
      root.querySelector<LocaleProbe>(`#${id}`)!
    );
    for (const el of [a, b, c, d]) await el.updateComplete;
    expect(text(a)).to.equal('Mēģināt vēlreiz');
    expect(text(b)).to.equal('Δοκιμάστε ξανά');
    expect(text(c)).to.equal('Tentar novamente');
    expect(text(d), 'a language we do not ship falls back to English').to.equal(
      'Try again'
    );
    expect(c.i18n.intlLocale).to.equal('pt-BR');
  });

  it("chooses plurals by the words' language: European Portuguese on a pt-BR page, its numbers Brazilian", async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <locale-probe id="br" lang="pt-BR"></locale-probe>
      <locale-probe id="ru" lang="ru"></locale-probe>
    </div>`);
    const [br, ru] = ['br', 'ru'].map((id) =>
      root.querySelector<LocaleProbe>(`#${id}`)!
    );
    await br.updateComplete;
    await ru.updateComplete;
    const forms = {one: 'one', many: 'many', other: 'other'};
    // pt-BR's rules put 0 with 1 ("0 organização encontrada"); pt-PT's do not.
    expect([0, 1, 2].map((n) => br.i18n.plural(n, forms))).to.deep.equal([
      'other',
      'one',
      'other',
    ]);
    expect(br.i18n.number(1234.5)).to.equal(
      new Intl.NumberFormat('pt-BR').format(1234.5)
    );
    // English words (a language we do not ship) follow English rules.
    expect([0, 1, 2].map((n) => ru.i18n.plural(n, forms))).to.deep.equal([
      'other',
      'one',
      'other',
    ]);
  });

  it("marks feed texts against the UI: a plain string is the page's language, a keyed text its key", async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div lang="ru"><locale-probe></locale-probe></div>`
    );
    const el = root.querySelector<LocaleProbe>('locale-probe')!;
    await el.updateComplete;
    expect(el.i18n.locale).to.equal('en');
    expect(
      el.shadowRoot!.querySelector('p')!.lang,
      'our words, in English'
    ).to.equal('en');
    expect(el.i18n.foreignLang('Талси')).to.equal('ru');
    expect(el.i18n.foreignLang({lv: 'Talsi'})).to.equal('lv');
    expect(el.i18n.foreignLang({en: 'Talsi'})).to.equal(undefined);
    root.lang = 'lv';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(
      el.i18n.foreignLang('Talsi'),
      'a plain string on a page in the UI language'
    ).to.equal(undefined);
    expect(el.i18n.foreignLang({lv: 'Talsi'})).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('p')!.lang).to.equal('lv');
  });

  it("re-renders when the element's or an ancestor's lang changes", async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div lang="sv"><locale-probe></locale-probe></div>`
    );
    const el = root.querySelector<LocaleProbe>('locale-probe')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Försök igen');
    root.lang = 'lt';
    await new Promise((r) => setTimeout(r));
    await el.i18n.ready;
    await el.updateComplete;
    expect(text(el)).to.equal('Bandyti dar kartą');
    el.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.equal('Try again');
  });

  it('never touches @lit/localize’s global runtime, so a host page can configure it', async () => {
    const {configureLocalization} = await import('@lit/localize');
    const {getLocale} = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['lv'],
      loadLocale: async () => ({templates: {}}),
    });
    expect(getLocale()).to.equal('en');
  });
});

describe('msgFor', () => {
  it('finds a message by its id, given as {id} or alone (as the page bundles give it)', () => {
    const t = msgFor({a: 'Mēģināt vēlreiz'});
    const byId = t as unknown as (template: string, id: string) => string;
    expect(t('Try again', {id: 'a'})).to.equal('Mēģināt vēlreiz');
    expect(byId('Try again', 'a')).to.equal('Mēģināt vēlreiz');
    expect(byId('Try again', 'b')).to.equal('Try again');
    expect(t('Try again')).to.equal('Try again');
  });
});
