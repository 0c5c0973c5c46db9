// `kg eval` scores as the project's official scorer does: for every gold set, the figures of
// src/eval/score.ts on the graph equal those of ../shared/tools/score.mjs on the graph's
// `kg export --format jsonl`. Without score.mjs the test is skipped with a message, except under
// CI=true where that is a failure.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { RELATION_TYPES } from '../core/ontology.ts';
import { locateGoldDocuments } from '../src/cli/eval.ts';
import { graphFromExport, loadGold, scoreGraph, type GraphScore, type Prf } from '../src/eval/index.ts';
import { toJsonl } from '../src/export/graphml.ts';
import { CORPUS_DIR, exportAll, ingestedStore, tempDir } from './helpers/corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const SCORER = join(ROOT, '..', 'shared', 'tools', 'score.mjs');
const TEST_GOLD = join(ROOT, 'test', 'gold');
const SETS = [
  join(ROOT, '..', 'shared', 'gold', 'dev'),
  join(ROOT, '..', 'shared', 'gold', 'dev2'),
  ...readdirSync(TEST_GOLD)
    .map((name) => join(TEST_GOLD, name))
    .filter((dir) => existsSync(join(dir, 'entities.jsonl'))),
].map((dir) => ({ name: relative(ROOT, dir), dir }));

if (!existsSync(SCORER)) {
  const reason = `${SCORER} not found`;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  console.warn(`SKIPPED the scorer parity tests: ${reason}`);
}

interface Row {
  gold?: number;
  pred?: number;
  precision?: number;
  recall?: number;
  f1?: number;
}
type ScoreMjsResult = { entities: Record<string, Row>; relations: Record<string, Row> };

/** Our score in score.mjs's --json shape: figures rounded to 3 places, relation types without gold as counts only. */
function asScoreMjs(score: GraphScore): ScoreMjsResult {
  const round = (x: number) => +x.toFixed(3);
  const figures = (p: Prf) => ({ precision: round(p.precision), recall: round(p.recall), f1: round(p.f1) });
  const rows = (byKey: Record<string, Prf>) => Object.fromEntries(Object.entries(byKey).map(([k, p]) => [k, { gold: p.gold, pred: p.pred, ...figures(p) }]));
  return {
    entities: { ...rows(score.entities.byKey), micro: figures(score.entities.micro) },
    relations: {
      ...rows(score.relations.byKey),
      ...Object.fromEntries(Object.entries(score.relations.unscored).map(([k, n]) => [k, { gold: 0, pred: n }])),
      micro: figures(score.relations.micro),
    },
  };
}

const run = promisify(execFile);
const describeWithScorer = existsSync(SCORER) ? describe : describe.skip;

describeWithScorer.each(SETS)('$name: kg eval and score.mjs', ({ dir: goldDir }) => {
  const gold = loadGold(goldDir);
  let ingested: Awaited<ReturnType<typeof ingestedStore>>;
  let exportFile: Awaited<ReturnType<typeof tempDir>>;
  let ours: GraphScore;
  let theirs: ScoreMjsResult;

  beforeAll(async () => {
    ingested = await ingestedStore(locateGoldDocuments(gold, [goldDir, join(goldDir, 'docs'), CORPUS_DIR]));
    const records = await exportAll(ingested.store);
    exportFile = await tempDir('kg-parity-');
    const file = join(exportFile.path, 'export.jsonl');
    await writeFile(file, toJsonl(records));
    const { stdout } = await run(process.execPath, [SCORER, goldDir, file, '--json'], { maxBuffer: 64 * 1024 * 1024 });
    theirs = JSON.parse(stdout) as ScoreMjsResult;
    ours = scoreGraph(gold, await graphFromExport(records));
  });
  afterAll(async () => {
    await ingested?.remove();
    await exportFile?.remove();
  });

  test('the same entity figures, per label and micro', () => {
    expect(asScoreMjs(ours).entities).toEqual(theirs.entities);
  });

  test('the same relation figures, per type and micro (score.mjs also lists the structural links, which count in no figure)', () => {
    const ontologyTypes = new Set<string>([...RELATION_TYPES, 'micro']);
    const structural = Object.keys(theirs.relations).filter((k) => !ontologyTypes.has(k));
    for (const k of structural) expect({ [k]: theirs.relations[k].precision }).toEqual({ [k]: undefined });
    const scored = Object.fromEntries(Object.entries(theirs.relations).filter(([k]) => ontologyTypes.has(k)));
    expect(asScoreMjs(ours).relations).toEqual(scored);
  });
});
