import type { IngestSummary } from '../../ingest/pipeline.ts';
import type { GraphStats } from '../../core/store.ts';

const countLines = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `  ${k.padEnd(16)} ${String(n).padStart(6)}`)
    .join('\n');

export function formatStats(stats: GraphStats): string {
  const entities = Object.values(stats.entities).reduce((a, b) => a + b, 0);
  const relations = Object.values(stats.relations).reduce((a, b) => a + b, 0);
  return [
    `documents ${stats.documents}   chunks ${stats.chunks}   mentions ${stats.mentions}`,
    `entities ${entities}`,
    countLines(stats.entities),
    `relations ${relations}`,
    countLines(stats.relations),
  ].join('\n');
}

export function formatSummary(summary: IngestSummary): string {
  const lines = [
    `documents: ${summary.created.length} new, ${summary.replaced.length} replaced, ${summary.unchanged.length} unchanged, ${summary.failed.length} failed`,
  ];
  for (const w of [...summary.failed, ...summary.skipped, ...summary.warnings]) lines.push(`warning: ${w.path}: ${w.reason}`);
  // The name-boundary check counts entity names; every other reason is the relation validator's.
  const NAMES = 'name boundary: ';
  const dropped = Object.entries(summary.dropped);
  const relations = dropped.filter(([k]) => !k.startsWith(NAMES));
  const names = dropped.filter(([k]) => k.startsWith(NAMES));
  if (relations.length) lines.push(`relations dropped by the validator: ${relations.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (names.length) lines.push(`entity names that began inside a clause: ${names.map(([k, n]) => `${k.slice(NAMES.length)} ${n}`).join(', ')}`);
  if (summary.merges.length) lines.push(`entity merges across documents: ${summary.merges.length} (see kg merges)`);
  lines.push(`elapsed ${(summary.elapsedMs / 1000).toFixed(1)} s`);
  return lines.join('\n');
}
