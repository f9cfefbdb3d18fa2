import {expect} from '@open-wc/testing';
import type {LocalizedText} from '../../src/feed/types.js';
import {loadMessages, msgFor} from '../../src/i18n/localize.js';
import {pickText} from '../../src/i18n/locale.js';
import {
  CONSENT,
  lowerFirst,
  parseNumber,
  validateField,
  validateForm,
} from '../../src/signup-form/validate.js';
import {field, form} from './fixtures.js';

const t = msgFor(undefined);
const text = (v: LocalizedText | undefined) => pickText(v, 'en');
const check = (
  f: Parameters<typeof field>[0],
  answer: string | boolean | undefined
) => validateField(field(f), answer, t, text);

/** One field's message in each language but English, through the real message loader. */
async function inEachLanguage(
  f: Parameters<typeof field>[0],
  answer: string | boolean | undefined
) {
  const said: Record<string, string | undefined> = {};
  for (const locale of ['lv', 'lt', 'sv', 'el', 'pt'] as const) {
    said[locale] = validateField(
      field(f),
      answer,
      msgFor(await loadMessages(locale, 'signup-form')),
      text,
      locale
    );
  }
  return said;
}

describe('signup-form validate: the label as the language quotes it', () => {
  it('quotes the label as written where the sentence quotes it, and lower-cases it where it runs on', async () => {
    const said = await inEachLanguage(
      {name: 'e', type: 'text', label: 'E-pasts', required: true},
      ''
    );
    expect(said).to.deep.equal({
      lv: 'Aizpildiet lauku „E-pasts“',
      lt: 'Užpildykite laukelį „E-pasts“',
      sv: 'Ange e-pasts',
      el: 'Συμπληρώστε το πεδίο «E-pasts»',
      pt: 'Preencha o campo «E-pasts»',
    });
  });
  it('names the field in a range and writes its numbers the language’s way', async () => {
    const said = await inEachLanguage(
      {name: 'n', type: 'number', label: 'Stundas', min: 0.5, max: 2.5},
      '3'
    );
    expect(said).to.deep.equal({
      lv: 'Laukā „Stundas“ ievadiet skaitli no 0,5 līdz 2,5',
      lt: 'Laukelyje „Stundas“ įveskite skaičių nuo 0,5 iki 2,5',
      sv: '”Stundas” måste vara mellan 0,5 och 2,5',
      el: 'Το πεδίο «Stundas» πρέπει να είναι από 0,5 έως 2,5',
      pt: '«Stundas» tem de estar entre 0,5 e 2,5',
    });
    const low = await inEachLanguage(
      {name: 'n', type: 'number', label: 'Stundas', min: 0.5},
      '0,25'
    );
    expect(low.lv).to.equal(
      'Laukā „Stundas“ ievadiet skaitli, kas nav mazāks par 0,5'
    );
  });
});

describe('signup-form validate: required fields', () => {
  it('asks to enter a missing text, with the label', () => {
    expect(
      check(
        {name: 'name', type: 'text', label: 'Full name', required: true},
        ''
      )
    ).to.equal('Enter full name');
  });
  it('treats spaces only as missing', () => {
    expect(
      check(
        {name: 'name', type: 'text', label: 'Full name', required: true},
        '   '
      )
    ).to.equal('Enter full name');
  });
  it('asks to select a missing choice', () => {
    const options = [{value: 'a', label: 'A'}];
    expect(
      check(
        {name: 'r', type: 'radio', label: 'Role', required: true, options},
        undefined
      )
    ).to.equal('Select role');
    expect(
      check(
        {name: 's', type: 'select', label: 'Role', required: true, options},
        ''
      )
    ).to.equal('Select role');
  });
  it('asks to tick a required checkbox, its label quoted as written', () => {
    // Not "Select i will bring a laptop": a checkbox's label is a statement.
    const label = 'I will bring a laptop';
    expect(
      check({name: 'c', type: 'checkbox', label, required: true}, false)
    ).to.equal('Tick “I will bring a laptop”');
    expect(
      check({name: 'c', type: 'checkbox', label, required: true}, undefined)
    ).to.equal('Tick “I will bring a laptop”');
    expect(
      check({name: 'c', type: 'checkbox', label, required: true}, true)
    ).to.equal(undefined);
    expect(check({name: 'c', type: 'checkbox', label}, false)).to.equal(
      undefined
    );
  });
  it('asks to tick a required checkbox in each language', async () => {
    const said = await inEachLanguage(
      {
        name: 'c',
        type: 'checkbox',
        label: 'Ņemšu līdzi datoru',
        required: true,
      },
      false
    );
    expect(said).to.deep.equal({
      lv: 'Atzīmējiet „Ņemšu līdzi datoru“',
      lt: 'Pažymėkite „Ņemšu līdzi datoru“',
      sv: 'Kryssa i ”Ņemšu līdzi datoru”',
      el: 'Επιλέξτε «Ņemšu līdzi datoru»',
      pt: 'Assinale «Ņemšu līdzi datoru»',
    });
  });
  it('lets an optional empty field pass', () => {
    expect(check({name: 'e', type: 'email'}, '')).to.equal(undefined);
    expect(check({name: 'n', type: 'number', min: 1}, '')).to.equal(undefined);
  });
  it('asks to answer a question, quoted, instead of "Select how will you…?"', () => {
    const options = [{value: 'a', label: 'A'}];
    const q = 'How will you take part?';
    expect(
      check(
        {name: 'r', type: 'radio', label: q, required: true, options},
        undefined
      )
    ).to.equal('Answer “How will you take part?”');
    expect(
      check(
        {name: 's', type: 'select', label: `${q} `, required: true, options},
        ''
      )
    ).to.equal('Answer “How will you take part?”');
    expect(
      check(
        {
          name: 't',
          type: 'text',
          label: 'What does your organisation do?',
          required: true,
        },
        ''
      )
    ).to.equal('Answer “What does your organisation do?”');
    // Greek ends a question with ";" (the Greek question mark, or a semicolon).
    expect(
      check(
        {
          name: 'g',
          type: 'radio',
          label: 'Πώς θα συμμετάσχετε;',
          required: true,
          options,
        },
        ''
      )
    ).to.equal('Answer “Πώς θα συμμετάσχετε;”');
    expect(
      check(
        {
          name: 'g',
          type: 'text',
          label: 'Πώς θα συμμετάσχετε\u037e',
          required: true,
        },
        ''
      )
    ).to.equal('Answer “Πώς θα συμμετάσχετε\u037e”');
    // The other checks quote the label, whatever it is.
    expect(
      check({name: 'n', type: 'number', label: 'How many will come?'}, 'two')
    ).to.equal('“How many will come?” must be a number');
    // A statement is still selected or entered.
    expect(
      check(
        {name: 'r', type: 'radio', label: 'Role', required: true, options},
        ''
      )
    ).to.equal('Select role');
  });
  it('asks to answer a question in each language, with the label as written', async () => {
    const said = await inEachLanguage(
      {
        name: 'r',
        type: 'radio',
        label: 'Kā piedalīsieties?',
        required: true,
        options: [{value: 'a', label: 'A'}],
      },
      undefined
    );
    expect(said).to.deep.equal({
      lv: 'Atbildiet uz jautājumu „Kā piedalīsieties?“',
      lt: 'Atsakykite į klausimą „Kā piedalīsieties?“',
      sv: 'Svara på frågan ”Kā piedalīsieties?”',
      el: 'Απαντήστε στην ερώτηση «Kā piedalīsieties?»',
      pt: 'Responda à pergunta «Kā piedalīsieties?»',
    });
  });
  it('uses the label in the locale asked for', () => {
    const label = {en: 'Full name', lv: 'Vārds'};
    const lv = (v: LocalizedText | undefined) => pickText(v, 'lv');
    expect(
      validateField(
        field({name: 'n', type: 'text', label, required: true}),
        '',
        t,
        lv
      )
    ).to.equal('Enter vārds');
  });
});

describe('signup-form validate: formats', () => {
  it('says what a right email address looks like', () => {
    for (const bad of [
      'name',
      'name@',
      'name@example',
      'a b@example.com',
      '@example.com',
      // An empty part in the domain.
      'anna@example..lv',
      'anna@.example.lv',
      'anna@example.lv.',
      // What comes along from a pasted address list.
      'anna@example.lv,',
      'anna@example.lv;',
      '<anna@example.lv>',
      'anna@example.lv>',
      'Anna <anna@example.lv>',
    ]) {
      expect(check({name: 'e', type: 'email'}, bad), bad).to.equal(
        'Enter an email address in the right form, like name@example.com'
      );
    }
    expect(check({name: 'e', type: 'email'}, ' name@example.lv ')).to.equal(
      undefined
    );
    for (const good of [
      'anna.b@mail.example.lv',
      'Anna+talsi@Example.LV',
      'jānis@piemērs.lv',
    ])
      expect(check({name: 'e', type: 'email'}, good), good).to.equal(undefined);
  });
  it('says what a phone number looks like (at least six digits, not just punctuation)', () => {
    for (const bad of ['call me', '12', '(  ) - -', '+371 20', '12-34-5']) {
      expect(check({name: 't', type: 'tel'}, bad), bad).to.equal(
        'Enter a phone number, like +371 2000 0000'
      );
    }
    expect(check({name: 't', type: 'tel'}, '12-34-56')).to.equal(undefined);
    expect(check({name: 't', type: 'tel'}, '+371 2000 0000')).to.equal(
      undefined
    );
    for (const good of [
      '(0351) 22-33-44',
      '(+371) 2000 0000',
      '030/1234567',
      '+49 (0)30 1234567',
    ])
      expect(check({name: 't', type: 'tel'}, good), good).to.equal(undefined);
  });
  it('accepts the minimum and the maximum themselves', () => {
    const f = {
      name: 'n',
      type: 'number' as const,
      label: 'Participants',
      min: 1,
      max: 5,
    };
    expect(check(f, '1')).to.equal(undefined);
    expect(check(f, '5,0')).to.equal(undefined);
    expect(
      check({name: 'n', type: 'number', label: 'Age', min: 16}, '16')
    ).to.equal(undefined);
    expect(
      check({name: 'n', type: 'number', label: 'Age', max: 99}, '99')
    ).to.equal(undefined);
  });
  it('gives the range of a number', () => {
    const f = {
      name: 'n',
      type: 'number' as const,
      label: 'Participants',
      min: 1,
      max: 5,
    };
    // Named: a form with two number fields gives two different messages.
    expect(check(f, '0')).to.equal('“Participants” must be between 1 and 5');
    expect(check(f, '6')).to.equal('“Participants” must be between 1 and 5');
    expect(check(f, 'two')).to.equal('“Participants” must be a number');
    expect(check(f, '3')).to.equal(undefined);
    expect(
      check({name: 'n', type: 'number', label: 'Age', min: 16}, '15')
    ).to.equal('“Age” must be 16 or more');
    expect(
      check({name: 'n', type: 'number', label: 'Age', max: 99}, '100')
    ).to.equal('“Age” must be 99 or less');
  });
  it('reads decimal commas', () => {
    expect(parseNumber('2,5')).to.equal(2.5);
    expect(parseNumber('1e3')).to.equal(undefined);
    expect(parseNumber('')).to.equal(undefined);
  });
  it('reads a number grouped as the language groups it, and a decimal mark either way', () => {
    const read = (locale: string, ...typed: string[]) =>
      typed.map((v) => parseNumber(v, locale));
    // English groups with a comma: "1,000" is a thousand, not 1.
    expect(
      read('en', '1,000', '-1,000', '12,345,678.9', '1,000.5')
    ).to.deep.equal([1000, -1000, 12345678.9, 1000.5]);
    expect(read('en', '2,5', '1.000', '1,0000')).to.deep.equal([2.5, 1, 1]);
    // Greek and Portuguese group with a point, and their comma is the decimal mark.
    expect(read('el', '1.000', '12.500,25', '1,000')).to.deep.equal([
      1000, 12500.25, 1,
    ]);
    expect(read('pt', '1.000.000,5', '2,5')).to.deep.equal([1000000.5, 2.5]);
    // Latvian, Lithuanian and Swedish group with a space (a no-break one too).
    expect(read('lv', '1 000', '12\u00a0500', '1,000')).to.deep.equal([
      1000, 12500, 1,
    ]);
    expect(read('sv', '1\u202f000,5')).to.deep.equal([1000.5]);
    // A mark twice, or before the other, groups in any language.
    expect(read('lv', '1.000.000', '1.000,5', '1,000.5')).to.deep.equal([
      1000000, 1000.5, 1000.5,
    ]);
    // Groups that are not of three, or marks after the point, are not a number.
    expect(
      read('en', '1,000,5', '1.5.3', '1,000.5,5', '2 5', '1,,000')
    ).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
  });
  it('checks "1,000" in English against the range as a thousand', () => {
    const f = {name: 'n', type: 'number' as const, label: 'Seats', max: 500};
    expect(validateField(field(f), '1,000', t, text, 'en')).to.equal(
      '“Seats” must be 500 or less'
    );
    expect(validateField(field(f), '1,000', t, text, 'pt')).to.equal(undefined);
  });
  it('gives the maximum length, counting characters not UTF-16 units', () => {
    const f = {
      name: 'name',
      type: 'text' as const,
      label: 'Name',
      maxLength: 120,
    };
    expect(check(f, 'x'.repeat(300))).to.equal(
      '“Name” must be 120 characters or fewer'
    );
    expect(check(f, '😀'.repeat(120))).to.equal(undefined);
  });
  it("uses the feed's pattern message, else a specific generic one", () => {
    const f = {
      name: 'code',
      type: 'text' as const,
      label: 'Postal code',
      pattern: 'LV-\\d{4}',
    };
    expect(check(f, 'LV-3201')).to.equal(undefined);
    expect(check(f, 'xLV-3201')).to.equal(
      'Enter postal code in the right format'
    );
    expect(
      check(
        {...f, patternMessage: {en: 'Enter a postal code like LV-3201'}},
        '3201'
      )
    ).to.equal('Enter a postal code like LV-3201');
  });
  it('refuses a choice that is not an option', () => {
    const options = [{value: 'a', label: 'A'}];
    expect(
      check({name: 's', type: 'select', label: 'Role', options}, 'hacked')
    ).to.equal('Select role');
  });
  it('keeps the case of labels that start with an acronym', () => {
    expect(lowerFirst('IBAN')).to.equal('IBAN');
    expect(lowerFirst('E-post')).to.equal('e-post');
    expect(lowerFirst('E-mail address')).to.equal('e-mail address');
    expect(lowerFirst('E-ID')).to.equal('E-ID');
    expect(lowerFirst('Ονοματεπώνυμο')).to.equal('ονοματεπώνυμο');
    expect(lowerFirst('')).to.equal('');
  });
});

describe('signup-form validate: the whole form', () => {
  it('lists errors in form order, consent last', () => {
    const f = form({
      fields: [
        field({name: 'a', type: 'text', required: true}),
        field({name: 'b', type: 'email', required: true}),
      ],
      consent: {text: 'I agree', required: true},
    });
    const errors = validateForm(f, {b: 'x'}, t, text);
    expect([...errors.keys()]).to.deep.equal(['a', 'b', CONSENT]);
    expect(errors.get(CONSENT)).to.equal(
      'You must agree to the terms to register'
    );
  });
  it('is empty when everything is answered', () => {
    const f = form({
      fields: [field({name: 'a', type: 'text', required: true})],
      consent: {text: 'x', required: true},
    });
    expect(
      validateForm(f, {a: 'Anna', [CONSENT]: true}, t, text).size
    ).to.equal(0);
  });
  it('lets an unticked consent pass when the form does not require it', () => {
    const f = form({
      fields: [field({name: 'a', type: 'text', required: true})],
      consent: {text: 'Send me the newsletter', required: false},
    });
    expect(
      validateForm(f, {a: 'Anna', [CONSENT]: false}, t, text).size
    ).to.equal(0);
    expect(validateForm(f, {a: 'Anna'}, t, text).size).to.equal(0);
  });
  it('translates messages (Latvian)', async () => {
    const {templates} = await import('../../src/generated/locales/lv.js');
    const lv = msgFor(templates);
    const message = validateField(
      field({name: 'e', type: 'email'}),
      'x',
      lv,
      text
    );
    expect(message)
      .to.be.a('string')
      .and.not.equal(
        'Enter an email address in the right form, like name@example.com'
      );
  });
});
