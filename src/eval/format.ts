import type { Breakdown, EvalItem, GraphScore, Prf } from './score.ts';

/** A plain-text table: the first column left-aligned, the others right-aligned; CJK characters count double. */
export function formatTable(header: string[], rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => width(r[i] ?? ''))));
  const pad = (s: string, i: number) => (i === 0 ? s + ' '.repeat(widths[i] - width(s)) : ' '.repeat(widths[i] - width(s)) + s);
  const line = (r: string[]) => r.map(pad).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const num = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(3));
const prfCells = (p: Prf) => [num(p.precision), num(p.recall), num(p.f1), String(p.tp), String(p.fp), String(p.fn)];
const HEADER = ['P', 'R', 'F1', 'tp', 'fp', 'fn'];

export function formatBreakdown(title: string, b: Breakdown): string {
  const rows = Object.entries(b.byKey).map(([key, p]) => [key, ...prfCells(p)]);
  rows.push(['micro', ...prfCells(b.micro)]);
  return formatTable([title, ...HEADER], rows);
}

function formatItems(title: string, items: EvalItem[]): string[] {
  if (!items.length) return [];
  return [`${title} (${items.length}):`, ...items.map((i) => `  ${i.doc}  ${i.key}  ${i.text}`)];
}

/** The score tables; with `verbose`, per-document tables and every missed and spurious item. */
export function formatGraphScore(score: GraphScore, { verbose = false } = {}): string {
  const parts = [`documents: ${score.docs.join(', ')}`, formatBreakdown('entity', score.entities), formatBreakdown('relation', score.relations)];
  if (verbose) {
    for (const doc of score.docs) {
      const perDoc = (b: Breakdown) => Object.entries(b.byDoc[doc] ?? {}).map(([key, p]) => [key, ...prfCells(p)]);
      parts.push(`${doc}\n${formatTable(['', ...HEADER], [...perDoc(score.entities), ...perDoc(score.relations)])}`);
    }
    parts.push(
      [
        ...formatItems('missed entities', score.misses.entities),
        ...formatItems('spurious entities', score.spurious.entities),
        ...formatItems('missed relations', score.misses.relations),
        ...formatItems('spurious relations', score.spurious.relations),
      ].join('\n'),
    );
  }
  return parts.filter(Boolean).join('\n\n');
}
