/** A measured result or target as read from the text, before it becomes an entity. */
export interface OutcomeFact {
  indicator: string;
  /** As written, with its qualifier: ≥150, 1000以上, 超590, 4至8个月 -> 最快7个工作日. */
  value: string;
  unit: string;
  /** The figure as the text writes it, unit in place: 1000件以上, 最快7个工作日, ≥150件, 3个月左右. */
  figure: string;
  /** 2025, 十四五, 十四五末, 累计 … or null when the text gives none. */
  period: string | null;
  kind: 'actual' | 'target' | 'change';
  /** Measures an action (a case's duration, a crackdown's count), not a place: no region is its subject. */
  ofAction?: boolean;
  /** Span of the figure (or the table row) in the document text. */
  start: number;
  end: number;
  /** The sentence or table row it was read from. */
  text: string;
}

/** Units, longest first so that 万件 wins over 件 and 个月 over 个. */
export const UNITS = [
  '个工作日', '万人次', '亿美元', '万美元', '人次', '万件', '万次', '万人', '万家', '万个', '亿元', '万元', '个月', '小时',
  '批次', '万批次', '万吨', '吨', '起', '件', '项', '家', '个', '名', '人', '次', '单', '元', '%', '％', '倍', '分', '所', '场', '期', '天', '套', '部', '册', '条', '笔', '户', '款',
];

/** The last period named in the text: 到2030年 → 2030; “十五五”期间 → 十五五; “十四五”末 → 十四五末. */
export function periodOf(text: string): string | null {
  let best: { at: number; period: string } | null = null;
  for (const m of text.matchAll(/((?:19|20)\d{2})\s*年|[“"]?(十[一二三四五六七八九]五)[”"]?(末)?/g)) {
    best = { at: m.index, period: m[1] ?? m[2] + (m[3] ?? '') };
  }
  return best?.period ?? null;
}

/** Name of an outcome entity: readable, and distinct per subject, period and kind. */
export function outcomeName(f: OutcomeFact, subject: string | null): string {
  const when = [subject, f.period, f.kind === 'target' ? '目标' : null].filter(Boolean).join('，');
  const value = f.value.includes('->') ? f.value : f.figure;
  return `${f.indicator} ${value}${when ? `（${when}）` : ''}`;
}
