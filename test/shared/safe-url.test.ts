import {expect} from '@open-wc/testing';
import {httpUrl, safeUrl} from '../../src/shared/safe-url.js';
import {mailtoUrl, telUrl} from '../../src/shared/contact-url.js';

describe('safeUrl', () => {
  it('keeps http, https, mailto and tel URLs', () => {
    expect(safeUrl('https://lsua.lv/')).to.equal('https://lsua.lv/');
    expect(safeUrl('http://example.org/a?b=c')).to.equal(
      'http://example.org/a?b=c'
    );
    expect(safeUrl('mailto:info@lsua.lv')).to.equal('mailto:info@lsua.lv');
    expect(safeUrl('tel:+37120000000')).to.equal('tel:+37120000000');
  });

  for (const bad of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u001fjavascript:alert(1)',
    '\u00a0javascript:alert(1)',
    'jav\u0000ascript:alert(1)',
    'javascript\u000b:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    '//evil.example/',
    '/relative/path',
    'https://',
    'mailto:not-an-address',
    'mailto:@lsua.lv',
    'mailto:info@',
    'blob:https://lsua.lv/0b6c0a39-3e2f-4b4e-9d4e-1b1f8a1e2c3d',
    'about:blank',
    '',
    '   ',
  ]) {
    it(`rejects ${JSON.stringify(bad)}`, () => {
      expect(safeUrl(bad)).to.equal(undefined);
    });
  }

  it('keeps a space inside a link as a space (%20), as a browser does, not a different URL', () => {
    expect(httpUrl('https://example.org/my page.pdf')).to.equal(
      'https://example.org/my%20page.pdf'
    );
    expect(httpUrl(' https://example.org/a b?q=c d ')).to.equal(
      'https://example.org/a%20b?q=c%20d'
    );
    expect(safeUrl('docs/my page.pdf', {base: 'https://lsua.lv/lv/'})).to.equal(
      'https://lsua.lv/lv/docs/my%20page.pdf'
    );
  });

  it('rejects values that are not strings', () => {
    for (const v of [undefined, null, 42, {}, [], true])
      expect(safeUrl(v)).to.equal(undefined);
  });

  it('refuses a URL longer than 2,048 characters', () => {
    const url = (n: number) =>
      `https://lsua.lv/${'a'.repeat(n - 'https://lsua.lv/'.length)}`;
    expect(safeUrl(url(2048))).to.equal(url(2048));
    expect(safeUrl(url(2049))).to.equal(undefined);
  });

  it('resolves relative URLs only against a given base', () => {
    expect(safeUrl('/a', {base: 'https://lsua.lv/x/'})).to.equal(
      'https://lsua.lv/a'
    );
    expect(safeUrl('javascript:alert(1)', {base: 'https://lsua.lv/'})).to.equal(
      undefined
    );
  });
});

describe('httpUrl, mailtoUrl, telUrl', () => {
  it('httpUrl refuses mailto and tel', () => {
    expect(httpUrl('mailto:a@b.lv')).to.equal(undefined);
    expect(httpUrl('tel:123')).to.equal(undefined);
    expect(httpUrl('https://talsunovads.lv')).to.equal(
      'https://talsunovads.lv/'
    );
  });
  it('mailtoUrl builds a link for an address and refuses tricks', () => {
    expect(mailtoUrl('info@lsua.lv')).to.equal('mailto:info@lsua.lv');
    expect(mailtoUrl('a@b.lv?bcc=x@y.lv')).to.equal(undefined);
    expect(mailtoUrl('not an email')).to.equal(undefined);
    expect(mailtoUrl(' info@lsua.lv\n')).to.equal('mailto:info@lsua.lv');
    // A query smuggled in with an encoded @ would add a recipient.
    expect(mailtoUrl('info@lsua.lv?cc=x%40evil.example')).to.equal(undefined);
    expect(mailtoUrl('info@lsua.lv#x')).to.equal(undefined);
    expect(mailtoUrl('info@localhost')).to.equal(undefined);
  });
  it('telUrl keeps digits and a leading plus', () => {
    expect(telUrl('+371 2000 0000')).to.equal('tel:+37120000000');
    expect(telUrl('(8) 612-34567')).to.equal('tel:861234567');
    expect(telUrl('call me')).to.equal(undefined);
    // The number a text starts with: what follows is for the reader.
    expect(telUrl('+371 2000 0000 (WhatsApp)')).to.equal('tel:+37120000000');
    expect(telUrl('+371 6322 1234, ext. 12')).to.equal('tel:+37163221234');
    expect(telUrl('javascript:alert(1)')).to.equal(undefined);
    // Two numbers: the first, not both run together into one that does not exist.
    expect(telUrl('2000 0000 / 2000 0001')).to.equal('tel:20000000');
    expect(telUrl('+371 2000 0000 /+371 2000 0001')).to.equal(
      'tel:+37120000000'
    );
    expect(telUrl('030/1234567')).to.equal('tel:0301234567');
    expect(telUrl('2000 0000/2000 0001')).to.equal(undefined);
    expect(telUrl('+371 6322 1234 5678 9012')).to.equal(undefined);
    expect(telUrl('+371 632 212 345 678')).to.equal('tel:+371632212345678');
    expect(telUrl('12 Main Street')).to.equal(undefined);
    // 3 to 15 digits (E.164's most; "00" and 13 digits).
    expect(telUrl('112')).to.equal('tel:112');
    // A country code alone is not a number to call.
    expect(telUrl('+371;ext=1')).to.equal(undefined);
    expect(telUrl('+371 (WhatsApp)')).to.equal(undefined);
    expect(telUrl('+683 4002')).to.equal('tel:+6834002');
    expect(telUrl('00 49 30 1234 56789')).to.equal('tel:004930123456789');
    expect(telUrl(`+${'1'.repeat(15)}`)).to.equal(`tel:+${'1'.repeat(15)}`);
    expect(telUrl('1'.repeat(16))).to.equal(undefined);
  });
});
