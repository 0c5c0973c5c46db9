import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** utf-8, utf-8-bom, utf-16le, utf-16be or gb18030. */
  encoding: string;
  /** Invalid byte sequences replaced by U+FFFD (UTF-8 with a few bad bytes). */
  replaced?: number;
}

/**
 * UTF-8 with at most this share of invalid sequences (against its valid
 * non-ASCII characters) is read as UTF-8 with them replaced: a few damaged
 * bytes in a long text. Text in GBK read as UTF-8 has far more invalid
 * sequences than valid ones.
 */
const MAX_INVALID_UTF8_SHARE = 0.01;

/** Raised for bytes that are not a text document; the message is one line for the user. */
export class BinaryContentError extends Error {
  constructor() {
    super('binary content, not a document');
    this.name = 'BinaryContentError';
  }
}

const BOMS: { bytes: number[]; encoding: string; decoder: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8-bom', decoder: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', decoder: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', decoder: 'utf-16be' },
];

/**
 * Decodes a text file whose encoding is unknown: a byte-order mark wins; else
 * UTF-16 when the zero bytes fall on one parity; else UTF-8 if the bytes are
 * valid UTF-8, or nearly so (a few invalid sequences among many valid ones are
 * replaced, and counted in `replaced`); else GB18030 (a superset of GBK and
 * GB2312). Throws BinaryContentError when the result is not plausibly text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(bytes);
  if (!looksLikeText(decoded.text)) throw new BinaryContentError();
  return decoded;
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) {
      return { text: decodeWith(bom.decoder, bytes.subarray(bom.bytes.length)), encoding: bom.encoding };
    }
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes), encoding: utf16 };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const damaged = nearlyUtf8(bytes);
  if (damaged) return damaged;
  return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
}

/** UTF-8 with a few invalid sequences, replaced; null when they are too many for the text to be UTF-8. */
function nearlyUtf8(bytes: Uint8Array): DecodedText | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  const genuine = countReplacementCharacters(bytes);
  let replaced = -genuine;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replaced++;
    else if (code > 0x7f && !(code >= 0xdc00 && code <= 0xdfff)) valid++;
  }
  return replaced > 0 && replaced <= valid * MAX_INVALID_UTF8_SHARE ? { text, encoding: 'utf-8', replaced } : null;
}

/** U+FFFD written in the file itself (EF BF BD), which is no decoding error. */
function countReplacementCharacters(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i < bytes.length - 2; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), encoding);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM: ASCII characters (digits, newlines) put a zero byte on
 * one parity, CJK characters mostly none. Real UTF-8 text has no zero bytes,
 * so zeros on one parity only are the tell. Checked before UTF-8 because
 * UTF-16 of ASCII is also valid UTF-8 (full of NULs).
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = bytes.length / 2;
  const candidate = oddZeros > evenZeros ? 'utf-16le' : 'utf-16be';
  const [more, fewer] = oddZeros > evenZeros ? [oddZeros, evenZeros] : [evenZeros, oddZeros];
  if (more < Math.max(2, units * 0.01) || fewer > more * 0.1) return null;
  return looksLikeText(decodeWith(candidate, bytes)) ? candidate : null;
}

/**
 * Text has few control characters (tab, newlines and form feed aside) and few
 * replacement characters; random or binary bytes have many of both.
 */
export function looksLikeText(text: string): boolean {
  if (text.length === 0) return true;
  let suspicious = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) {
      suspicious++;
    }
  }
  return suspicious / text.length < 0.02;
}
