/** What a parenthesis right after a name says about it. */
export type ParentheticalAlias =
  | { kind: 'short'; alias: string; end: number } // （以下简称“某维中心”） （简称“某著协”）
  | { kind: 'acronym'; alias: string; end: number } // （WIPO）
  | { kind: 'other-name'; alias: string; end: number }; // 杭州市市场监督管理局（杭州市知识产权局）

const SHORT = /^[（(](?:以下|下文)?(?:简称|称)[：:]?[“"「]?([^”"」）)]{1,20}?)[”"」]?[）)]/;
/** （以下统称某某部门）: a name for several bodies together, no other name of this one. */
const COLLECTIVE = /^[（(](?:以下|下文)?统称[^）)]{1,20}[）)]/;
const ACRONYM = /^[（(]([A-Z][A-Za-z&.]{1,11})[）)]/;
const OTHER = /^[（(]([\u4e00-\u9fa5]{2,20})[）)]/;

/** Reads the parenthesis at `at` (just after a name), or null. */
export function parentheticalAt(text: string, at: number): ParentheticalAlias | null {
  const rest = text.slice(at, at + 40);
  if (COLLECTIVE.test(rest)) return null;
  let m = SHORT.exec(rest);
  if (m) return { kind: 'short', alias: m[1], end: at + m[0].length };
  m = ACRONYM.exec(rest);
  if (m) return { kind: 'acronym', alias: m[1], end: at + m[0].length };
  m = OTHER.exec(rest);
  if (m) return { kind: 'other-name', alias: m[1], end: at + m[0].length };
  return null;
}
