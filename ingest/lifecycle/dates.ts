import { DATE_PATTERN, isoDate, type IsoDate } from '../dates.ts';

/** A date written in the text and where. */
export interface DateMention {
  date: IsoDate;
  start: number;
  end: number;
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二〇一五 -> 2015 (digit by digit). */
const chineseYear = (text: string) => [...text].map((c) => CHINESE_DIGITS[c]).join('');

/** 九 -> 9, 十二 -> 12, 二十五 -> 25, 三十一 -> 31. */
function chineseNumber(text: string): number {
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (text.includes('十') ? (tens ? CHINESE_DIGITS[tens] : 1) * 10 : 0) + (ones ? CHINESE_DIGITS[ones] : 0);
}

/** Regulations often date their adoption in Chinese numerals: 二〇一五年九月二十五日. */
const CHINESE_DATE = /([〇零一二三四五六七八九]{4})\s*年\s*(?:([一二三四五六七八九十]{1,3})\s*月\s*(?:([一二三四五六七八九十]{1,3})\s*日)?)?/g;

/** Every date in `text`, in order: Arabic (2015年9月25日, 2016-01-01) and Chinese-numeral ones. */
export function datesIn(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(new RegExp(DATE_PATTERN.source, 'g'))) {
    const end = m.index + m[0].length;
    // 2025-2027 is a range of years, not 2025-02-02.
    if (/\d/.test(text[end] ?? '')) continue;
    found.push({ date: isoDate(m[1], m[2], m[3]), start: m.index, end });
  }
  for (const m of text.matchAll(CHINESE_DATE)) {
    const month = m[2] ? String(chineseNumber(m[2])) : undefined;
    const day = m[3] ? String(chineseNumber(m[3])) : undefined;
    found.push({ date: isoDate(chineseYear(m[1]), month, day), start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}
