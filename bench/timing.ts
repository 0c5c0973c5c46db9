export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** Speed relative to the baseline measured in the same run (>1 is faster). */
  ratio?: number;
}

/**
 * Best wall time in seconds of each piece of work, measured in alternating
 * rounds after `warmups` unmeasured rounds of each (one by default).
 */
export async function timeBestInterleaved(rounds: number, works: (() => Promise<void>)[], warmups = 1): Promise<number[]> {
  for (let w = 0; w < warmups; w++) for (const work of works) await work();
  const best = works.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    for (const [i, work] of works.entries()) {
      const t = performance.now();
      await work();
      best[i] = Math.min(best[i], (performance.now() - t) / 1000);
    }
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
