import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CodedExample } from './classifier.ts';
import { categoryOf, isInstrumentTool } from './scheme.ts';

/** The coded measures shipped with the project (copies of shared/gold/instruments): the classifier's neighbours at run time. */
export const DEFAULT_EXAMPLES_DIR = join(import.meta.dirname, '..', '..', 'data', 'instruments');

export class CodedExamplesError extends Error {}

/** Whether a folder holds instrument codings (JSON Lines with measure, category and tool) rather than a graph gold. */
export function isCodedExamplesDir(dir: string): boolean {
  if (!existsSync(dir) || !statSync(dir).isDirectory() || existsSync(join(dir, 'entities.jsonl'))) return false;
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
  if (!files.length) return false;
  const first = readFileSync(join(dir, files[0]), 'utf8').split('\n').find((l) => l.trim());
  try {
    const row = JSON.parse(first ?? '');
    return typeof row.measure === 'string' && typeof row.tool === 'string';
  } catch {
    return false;
  }
}

/** Every coded measure in the folder's *.jsonl files, in file-name then line order; a bad line is an error naming it. */
export function loadCodedExamples(dir: string = DEFAULT_EXAMPLES_DIR): CodedExample[] {
  if (!existsSync(dir)) throw new CodedExamplesError(`no coded measures at ${dir}`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  if (!files.length) throw new CodedExamplesError(`${dir} holds no .jsonl file of coded measures`);
  return files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .map((line, i) => ({ line: line.trim(), where: `${join(dir, file)}:${i + 1}` }))
      .filter(({ line }) => line)
      .map(({ line, where }) => {
        let row: Record<string, unknown>;
        try {
          row = JSON.parse(line);
        } catch {
          throw new CodedExamplesError(`${where}: not a JSON object`);
        }
        const missing = ['doc', 'measure', 'tool'].filter((f) => typeof row[f] !== 'string' || !row[f]);
        if (missing.length) throw new CodedExamplesError(`${where}: lacks ${missing.join(', ')}`);
        if (!isInstrumentTool(row.tool)) throw new CodedExamplesError(`${where}: unknown tool ${JSON.stringify(row.tool)}`);
        if (row.category !== undefined && row.category !== categoryOf(row.tool)) {
          throw new CodedExamplesError(`${where}: tool ${row.tool} belongs to ${categoryOf(row.tool)}, not ${JSON.stringify(row.category)}`);
        }
        return {
          doc: row.doc as string,
          measure: row.measure as string,
          category: categoryOf(row.tool),
          tool: row.tool,
          evidence: typeof row.evidence === 'string' ? row.evidence : '',
        };
      }),
  );
}
