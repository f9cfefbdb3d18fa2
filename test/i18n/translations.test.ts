import {expect} from '@open-wc/testing';

/**
 * Every UI string is translated in every locale: the XLIFF files have a
 * non-empty target for each source, different from the English unless the
 * word is the same in that language (listed below), and the generated modules
 * carry every message.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  lv: [],
  lt: [],
  sv: [],
  el: [],
  pt: [],
};

async function units(locale: string) {
  const text = await (await fetch(`/locales/${locale}.xlf`)).text();
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  return [...doc.querySelectorAll('trans-unit')].map((u) => ({
    id: u.getAttribute('id') ?? '',
    source: u.querySelector('source')?.innerHTML.trim() ?? '',
    target: u.querySelector('target')?.innerHTML.trim(),
  }));
}

const modules = {
  lv: () => import('../../src/generated/locales/lv.js'),
  lt: () => import('../../src/generated/locales/lt.js'),
  sv: () => import('../../src/generated/locales/sv.js'),
  el: () => import('../../src/generated/locales/el.js'),
  pt: () => import('../../src/generated/locales/pt.js'),
};

describe('translations', () => {
  for (const locale of Object.keys(modules) as (keyof typeof modules)[]) {
    it(`${locale}: every message is translated, and not left in English`, async () => {
      const list = await units(locale);
      expect(list.length).to.be.greaterThan(30);
      const missing = list.filter((u) => !u.target).map((u) => u.id);
      expect(missing, `missing in ${locale}.xlf`).to.deep.equal([]);
      const english = list
        .filter(
          (u) =>
            u.target === u.source && !SAME_AS_ENGLISH[locale].includes(u.id)
        )
        .map((u) => u.id);
      expect(english, `left in English in ${locale}.xlf`).to.deep.equal([]);
      const {templates} = await modules[locale]();
      const absent = list.filter((u) => !(u.id in templates)).map((u) => u.id);
      expect(
        absent,
        `missing from the generated ${locale} module`
      ).to.deep.equal([]);
    });

    it(`${locale}: placeholders survive translation`, async () => {
      const list = await units(locale);
      const broken = list
        .filter((u) => {
          const ids = (s: string | undefined) =>
            [...(s ?? '').matchAll(/<x id="(\d+)"/g)]
              .map((m) => m[1])
              .sort()
              .join();
          return ids(u.source) !== ids(u.target);
        })
        .map((u) => u.id);
      expect(broken).to.deep.equal([]);
    });
  }
});
