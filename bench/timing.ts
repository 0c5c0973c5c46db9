export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** Speed relative to the baseline measured in the same run (>1 is faster). */
  ratio?: number;
}

/** Best wall time in seconds over `runs` runs, after one warm-up run. */
export async function timeBest(runs: number, work: () => Promise<void>): Promise<number> {
  await work();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  return best;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function formatRows(title: string, rows: BenchRow[]): string {
  const lines = rows.map((r) => {
    const ratio = r.ratio === undefined ? '' : `   x${r.ratio.toFixed(2)} vs baseline`;
    return `  ${r.name.padEnd(64)} ${r.value.toFixed(2).padStart(10)} ${r.unit}${ratio}`;
  });
  return [`## ${title}`, ...lines].join('\n');
}
