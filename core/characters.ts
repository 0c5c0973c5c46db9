/**
 * Character-level normalisation for converted Chinese documents. Full NFKC
 * is NOT applied: it would turn the full-width punctuation of Chinese text
 * （），：；！？ into ASCII, and later stages (and readers) rely on it. Only the
 * ranges where the compatibility form is an artefact are folded.
 */

/**
 * CJK Radicals Supplement (U+2E80–U+2EFF) look-alikes that PDF text layers
 * emit for ordinary ideographs. NFKC leaves this block alone (it only folds
 * the Kangxi Radicals block), so the common ones are mapped by hand.
 */
export const RADICAL_LOOKALIKES: Readonly<Record<string, string>> = {
  '⺁': '厂', '⺇': '几', '⺌': '小', '⺍': '小', '⺎': '兀', '⺏': '尣', '⺐': '尢', '⺑': '尣',
  '⺒': '巳', '⺓': '幺', '⺔': '彑', '⺖': '心', '⺗': '心', '⺘': '手', '⺙': '攵', '⺛': '旡',
  '⺜': '日', '⺝': '月', '⺞': '歺', '⺟': '母', '⺠': '民', '⺡': '水', '⺢': '水', '⺣': '火',
  '⺤': '爪', '⺥': '爪', '⺦': '丬', '⺧': '牛', '⺨': '犬', '⺩': '王', '⺪': '疋', '⺫': '目',
  '⺬': '示', '⺭': '示', '⺮': '竹', '⺯': '糸', '⺰': '纟', '⺱': '网', '⺲': '罒', '⺳': '网',
  '⺴': '网', '⺵': '网', '⺶': '羊', '⺷': '羊', '⺸': '羊', '⺹': '老', '⺺': '聿', '⺻': '聿',
  '⺼': '月', '⺽': '臼', '⺾': '艹', '⺿': '艹', '⻀': '艹', '⻁': '虎', '⻂': '衣', '⻃': '西',
  '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '角', '⻈': '讠', '⻉': '贝', '⻊': '足', '⻋': '车',
  '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '金', '⻑': '长', '⻒': '镸', '⻓': '长',
  '⻔': '门', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风',
  '⻜': '飞', '⻝': '食', '⻟': '食', '⻠': '饣', '⻡': '首', '⻢': '马', '⻣': '骨', '⻤': '鬼',
  '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '斉', '⻬': '齐',
  '⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀', '⻳': '龟',
};

/** Ranges folded with NFKC, one character at a time. */
const NFKC_FOLDED = [
  /[\u2F00-\u2FDF]/u, // Kangxi Radicals -> the ideograph
  /[\uF900-\uFAFF]/u, // CJK Compatibility Ideographs -> the unified ideograph
  /[\u{2F800}-\u{2FA1F}]/u, // CJK Compatibility Ideographs Supplement
  /[\uFB00-\uFB06]/u, // Latin ligatures ﬁ ﬂ
  /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05]/u, // full-width digits, letters, ％ -> ASCII
];

const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/u;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;

function normaliseChar(ch: string): string {
  const radical = RADICAL_LOOKALIKES[ch];
  if (radical) return radical;
  if (SPACES.test(ch)) return ' ';
  if (INVISIBLE.test(ch)) return '';
  return NFKC_FOLDED.some((range) => range.test(ch)) ? ch.normalize('NFKC') : ch;
}

const CANDIDATES = /[\u00A0\u00AD\u2000-\u200D\u202F\u205F\u2060\u2E80-\u2EFF\u2F00-\u2FDF\u3000\uF900-\uFAFF\uFB00-\uFB06\uFEFF\uFF05\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]|[\u{2F800}-\u{2FA1F}]/gu;

/**
 * Radical look-alikes, compatibility ideographs and full-width letters and
 * digits to their ordinary forms, odd spaces to a plain space, invisible
 * characters removed; CJK punctuation untouched. Also folds a full-width
 * point between digits (１．５ -> 1.5).
 */
export function normaliseCharacters(text: string): string {
  return text
    .normalize('NFC')
    .replace(CANDIDATES, normaliseChar)
    .replace(/(?<=\d)．(?=\d)/g, '.');
}
