import type { Table } from '../../types.ts';
import { periodOf, type OutcomeFact } from './outcome-fact.ts';

/** Cells that hold no figure. */
const EMPTY_CELL = /^(?:[/／\-—–－]+|待预测|待定|暂无|无|—|)$/;
const NUMBERED = /^\s*\d+[.．、]\s*/;
/** 每万户市场主体商标拥有量（件） → indicator and unit. */
const UNIT_SUFFIX = /[（(]([^（）()]{1,6})[）)]\s*$/;
const TARGET_HEADER = /预期|目标|规划|计划/;
const ACTUAL_HEADER = /完成|实际|现状|基期|基数/;
const ATTRIBUTE_CELL = /^(?:预期性|约束性)$/;

function isFigure(cell: string): boolean {
  return /\d/.test(cell) && cell.length <= 20;
}

/** The column of indicator names: the first one whose cells are mostly text, not figures or row numbers. */
function indicatorColumn(table: Table): number {
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const cells = table.rows.map((r) => r[c] ?? '');
    const texty = cells.filter((x) => /[\u4e00-\u9fa5]{3,}/.test(x) && !ATTRIBUTE_CELL.test(x)).length;
    if (texty >= Math.ceil(cells.length / 2)) return c;
  }
  return -1;
}

/** A column holds a period's figures when its header names a period or says 预期/完成. */
function periodColumn(header: string): { period: string; kind: OutcomeFact['kind'] | null } | null {
  const clean = header.replace(/\s+/g, '');
  const period = periodOf(clean) ?? (TARGET_HEADER.test(clean) || ACTUAL_HEADER.test(clean) ? '' : null);
  if (period === null) return null;
  const kind = ACTUAL_HEADER.test(clean) ? 'actual' : TARGET_HEADER.test(clean) ? 'target' : null;
  return { period: period + (kind === 'target' && /末/.test(clean) && !period.endsWith('末') ? '末' : ''), kind };
}

/**
 * Indicator tables: one outcome per (indicator row, period column) cell. A
 * column says target when its header does (预期值, 目标) or the row is marked
 * 预期性/约束性; actual when it says 完成情况.
 */
export function tableOutcomes(table: Table, docText: string): OutcomeFact[] {
  const col = indicatorColumn(table);
  if (col < 0) return [];
  const columns = table.header.map((h, i) => (i === col ? null : periodColumn(h)));
  if (!columns.some(Boolean)) return [];
  const captionSaysTarget = TARGET_HEADER.test(table.caption ?? '') && !ACTUAL_HEADER.test(table.caption ?? '');
  // Of several year columns the earliest is the base the targets start from (2020年 | 2025年 | 属性): its figures are actual.
  const years = columns.map((c) => (c && !c.kind && /^\d{4}$/.test(c.period) ? Number(c.period) : null));
  const known = years.filter((y): y is number => y !== null);
  const base = known.length > 1 ? Math.min(...known) : null;
  const facts: OutcomeFact[] = [];
  table.rows.forEach((row, r) => {
    const label = (row[col] ?? '').replace(NUMBERED, '').replace(/\s+/g, '');
    const unit = UNIT_SUFFIX.exec(label)?.[1] ?? '';
    const indicator = label.replace(UNIT_SUFFIX, '');
    if (!indicator) return;
    const rowSaysTarget = row.some((cell) => ATTRIBUTE_CELL.test(cell.trim()));
    const span = table.rowSpans[r] ?? { start: table.start, end: table.end };
    columns.forEach((c, i) => {
      const cell = (row[i] ?? '').replace(/\s+/g, '');
      if (!c || EMPTY_CELL.test(cell) || !isFigure(cell)) return;
      const kind = c.kind ?? (years[i] === base ? 'actual' : rowSaysTarget || captionSaysTarget ? 'target' : 'actual');
      facts.push({ indicator, value: cell, unit: unit === '％' ? '%' : unit, figure: cell + (unit === '％' ? '%' : unit), period: c.period || null, kind, start: span.start, end: span.end, text: docText.slice(span.start, span.end) });
    });
  });
  return facts;
}
