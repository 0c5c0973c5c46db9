import type { Breakdown, EvalItem, Figures, GraphScore, Prf } from './score.ts';

/** A plain-text table: the first column left-aligned, the others right-aligned; CJK characters count double. */
export function formatTable(header: string[], rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => width(r[i] ?? ''))));
  const pad = (s: string, i: number) => (i === 0 ? s + ' '.repeat(widths[i] - width(s)) : ' '.repeat(widths[i] - width(s)) + s);
  const line = (r: string[]) => r.map(pad).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const prfCells = (p: Prf) => [p.precision.toFixed(3), p.recall.toFixed(3), p.f1.toFixed(3), String(p.gold), String(p.matched), String(p.pred), String(p.correct)];
const HEADER = ['P', 'R', 'F1', 'gold', 'matched', 'pred', 'correct'];
const LEGEND = 'matched: gold items some prediction matches; correct: predictions matching some gold item (many-to-many, as shared/tools/score.mjs)';

const figureRows = (f: Figures, prefix = '') => [...Object.entries(f.byKey), ['micro', f.micro] as const].map(([key, p]) => [prefix + key, ...prfCells(p)]);

export function formatBreakdown(title: string, b: Breakdown): string {
  const table = formatTable([title, ...HEADER], figureRows(b));
  const unscored = Object.entries(b.unscored).map(([key, n]) => `${key} (${n} predicted)`);
  return unscored.length ? `${table}\nnot scored, the gold has none: ${unscored.join(', ')}` : table;
}

function formatItems(title: string, items: EvalItem[]): string[] {
  if (!items.length) return [];
  return [`${title} (${items.length}):`, ...items.map((i) => `  ${i.doc}  ${i.key}  ${i.text}`)];
}

/** The score tables; with `verbose`, per-document tables and every missed and spurious item. */
export function formatGraphScore(score: GraphScore, { verbose = false } = {}): string {
  const docName = (doc: string) => (score.scope[doc] ? `${doc} (lines ${score.scope[doc].from}-${score.scope[doc].to})` : doc);
  const parts = [`documents: ${score.docs.map(docName).join(', ')}`, formatBreakdown('entity', score.entities), formatBreakdown('relation', score.relations), LEGEND];
  if (verbose) {
    for (const doc of score.docs) {
      const rows = [...figureRows(score.entities.byDoc[doc], 'entity '), ...figureRows(score.relations.byDoc[doc], 'relation ')];
      parts.push(`${docName(doc)}\n${formatTable(['', ...HEADER], rows)}`);
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
