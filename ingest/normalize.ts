const QUOTES = /[“”„‟«»「」『』"'‘’]/g;
const TITLE_MARKS = /[《》〈〉]/g;
const SPACES = /\s+/g;

/** Full-width ASCII (Ａ-Ｚ, ０-９…) to ASCII; CJK punctuation such as （） is kept. */
function halfWidthAscii(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => {
    const ascii = String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    return /[A-Za-z0-9]/.test(ascii) ? ascii : c;
  });
}

/**
 * The comparison key of a name: two surface forms with the same key name the
 * same thing. Quotes, title marks and spaces are dropped, Latin letters lower-cased.
 */
export function normalizeName(name: string): string {
  return halfWidthAscii(name.normalize('NFC')).replace(QUOTES, '').replace(TITLE_MARKS, '').replace(SPACES, '').toLowerCase();
}
