import iconv from 'iconv-lite';
import { decodeText, type DecodedText } from '../encoding.ts';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
const CELL_TAGS = new Set(['td', 'th']);
/** Elements whose content is never document text. */
const SKIPPED_ELEMENTS = /<(script|style|head|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·',
  laquo: '«', raquo: '»', copy: '©', reg: '®', times: '×', divide: '÷', deg: '°', plusmn: '±', permil: '‰',
  bull: '•', yen: '¥', euro: '€',
};

/**
 * Decodes an HTML file: a byte-order mark first, then the charset its
 * <meta> declares, else the same detection as plain text.
 */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe;
  const declared = hasBom ? null : declaredCharset(bytes);
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared.toLowerCase() };
  }
  return decodeText(bytes);
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match ? match[1] : null;
}

/**
 * The text of an HTML page: block elements and <br> become line breaks,
 * table rows become lines of tab-separated cells, scripts and styles go,
 * entities are decoded, runs of white space inside text collapse to one space.
 */
export function htmlToText(html: string): string {
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(SKIPPED_ELEMENTS, '');
  let out = '';
  let cellDepth = 0;
  let cellIndex = 0;
  const newline = () => {
    out = out.replace(/ +$/, '');
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  for (const token of body.split(/(<[^>]*>)/)) {
    if (!token.startsWith('<')) {
      const text = decodeEntities(token.replace(/\s+/g, ' '));
      out += /[\n\t]$|^$/.test(out) ? text.trimStart() : text;
      continue;
    }
    const tag = /^<\s*(\/?)\s*([a-zA-Z][\w-]*)/.exec(token);
    if (!tag) continue;
    const [, closing, rawName] = tag;
    const name = rawName.toLowerCase();
    if (CELL_TAGS.has(name)) {
      if (closing) cellDepth = Math.max(0, cellDepth - 1);
      else {
        out = out.replace(/ +$/, '');
        if (cellIndex > 0) out += '\t';
        cellIndex++;
        cellDepth++;
      }
    } else if (name === 'br' || BLOCK_TAGS.has(name)) {
      if (cellDepth > 0 && name !== 'tr' && name !== 'table') {
        if (!/[\t ]$/.test(out)) out += ' ';
      } else {
        if (name === 'tr' || name === 'table') {
          cellDepth = 0;
          cellIndex = 0;
        }
        newline();
      }
    }
  }
  return out
    .split('\n')
    .map((line) => line.replace(/ +$/, '').replace(/^ +/, ''))
    .join('\n')
    .trim();
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}
