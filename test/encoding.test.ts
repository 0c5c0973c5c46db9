import iconv from 'iconv-lite';
import { BinaryContentError, decodeText } from '../ingest/encoding.ts';
import { decodeHtml } from '../ingest/loaders/html.ts';

const TEXT = '江海市知识产权局印发《专利促进办法》。\n2025年资助30项。\n';
const bytes = (encoding: string, text = TEXT, addBOM = false) => new Uint8Array(iconv.encode(text, encoding, { addBOM }));

describe('decodeText', () => {
  test.each([
    ['UTF-8', bytes('utf-8'), 'utf-8'],
    ['UTF-8 with BOM', bytes('utf-8', TEXT, true), 'utf-8-bom'],
    ['UTF-16LE with BOM', bytes('utf-16le', TEXT, true), 'utf-16le'],
    ['UTF-16BE with BOM', bytes('utf-16be', TEXT, true), 'utf-16be'],
    ['UTF-16LE without BOM', bytes('utf-16le'), 'utf-16le'],
    ['UTF-16BE without BOM', bytes('utf-16be'), 'utf-16be'],
    ['GBK', bytes('gbk'), 'gb18030'],
    ['GB18030 beyond GBK', bytes('gb18030', TEXT + '𠀀€'), 'gb18030'],
  ])('%s is detected and decoded', (_name, input, encoding) => {
    const decoded = decodeText(input);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.startsWith(TEXT)).toBe(true);
    expect(decoded.text).not.toContain('\uFEFF');
  });

  test('UTF-8 with a few bad bytes stays UTF-8: the bad bytes replaced and counted, the rest intact', () => {
    const long = TEXT.repeat(40);
    const good = Buffer.from(long, 'utf8');
    const [a, b, c] = [10, 200, 300].map((chars) => Buffer.byteLength(long.slice(0, chars)));
    // Damage between characters: a stray byte, a truncated three-byte character, a lone continuation byte.
    const damaged = Buffer.concat([good.subarray(0, a), Buffer.from([0xff]), good.subarray(a, b), Buffer.from([0xe6, 0xb1]), good.subarray(b, c), Buffer.from([0x80]), good.subarray(c)]);
    const decoded = decodeText(damaged);
    expect(decoded).toMatchObject({ encoding: 'utf-8', replaced: 3 });
    expect(decoded.text.replaceAll('\uFFFD', '')).toBe(long);
    // A U+FFFD the file itself holds is no damage.
    expect(decodeText(Buffer.concat([Buffer.from('\uFFFD', 'utf8'), damaged]))).toMatchObject({ encoding: 'utf-8', replaced: 3 });
  });

  test('GBK with a few UTF-8 look-alike pairs is still GBK: too many invalid sequences to be UTF-8', () => {
    const gbk = bytes('gbk', TEXT.repeat(40));
    expect(decodeText(gbk)).toEqual({ text: TEXT.repeat(40), encoding: 'gb18030' });
  });

  test('plain ASCII stays UTF-8 and empty input is empty text', () => {
    expect(decodeText(bytes('utf-8', 'Patent Law 2025\n'))).toEqual({ text: 'Patent Law 2025\n', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  test('random bytes, NUL runs and control characters are binary content', () => {
    let state = 7;
    const noise = new Uint8Array(4096).map(() => (state = (state * 1103515245 + 12345) >>> 0) >>> 24);
    expect(() => decodeText(noise)).toThrow(BinaryContentError);
    expect(() => decodeText(new Uint8Array(256))).toThrow('binary content, not a document');
    const controls = new Uint8Array(Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000'.repeat(20), 'latin1'));
    expect(() => decodeText(controls)).toThrow(BinaryContentError);
  });
});

describe('decodeHtml', () => {
  test('honours the charset a <meta> declares, even one detection would get wrong', () => {
    const page = '<html><head><meta charset="big5"></head><body><p>臺灣專利法修正</p></body></html>';
    const decoded = decodeHtml(bytes('big5', page));
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toContain('臺灣專利法修正');
  });

  test('http-equiv charset, and detection when none is declared', () => {
    const declared = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>知识产权</p>';
    expect(decodeHtml(bytes('gb2312', declared)).text).toContain('知识产权');
    expect(decodeHtml(bytes('gbk', '<p>知识产权保护</p>'))).toEqual({ text: '<p>知识产权保护</p>', encoding: 'gb18030' });
  });
});
