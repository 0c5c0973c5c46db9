// Extraction quality as numbers, kept from regressing: the corpus's dev gold, the second dev gold
// (regulations and a report chapter) and the four held-out sets written in other provinces'
// styles, scored as `npm run eval` (and ../shared/tools/score.mjs) scores them.
import { join } from 'node:path';
import { ingestPaths } from '../ingest/pipeline.ts';
import { locateGoldDocuments } from '../src/cli/eval.ts';
import { duplicateBodies, formatDuplicates, graphFromExport, loadGold, scoreGraph } from '../src/eval/index.ts';
import { evalQuestions } from '../src/eval/questions.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { CORPUS_DIR, tempDir } from './helpers/corpus.ts';

const ROOT = join(import.meta.dirname, '..');
/** The thresholds: entity micro-F1, the lowest F1 of any label, relation micro-F1. */
const TARGETS = { entities: 0.85, label: 0.75, relations: 0.65 };
/**
 * The dev gold's questions are the query API's target (0.90); the held-out ones guard against
 * regressions. dev2 is held at what the extractor scores today (entity F1 0.453, Measure 0.145,
 * relation F1 0.102, questions 3/21) until extraction for its genres improves.
 */
const SETS = [
  { name: 'dev', dir: join(ROOT, '..', 'shared', 'gold', 'dev'), ...TARGETS, questions: 0.9 },
  { name: 'dev2', dir: join(ROOT, '..', 'shared', 'gold', 'dev2'), entities: 0.45, label: 0.14, relations: 0.1, questions: 0.14 },
  { name: 'heldout', dir: join(ROOT, 'test', 'gold', 'heldout'), ...TARGETS, questions: 0.75 },
  { name: 'heldout-b', dir: join(ROOT, 'test', 'gold', 'heldout-b'), ...TARGETS, questions: 0.75 },
  { name: 'heldout-c', dir: join(ROOT, 'test', 'gold', 'heldout-c'), ...TARGETS, questions: 0.75 },
  { name: 'heldout-d', dir: join(ROOT, 'test', 'gold', 'heldout-d'), ...TARGETS, questions: 0.75 },
];

describe.each(SETS)('the $name gold', ({ dir: goldDir, entities, label: labelTarget, relations, questions: questionTarget }) => {
  const gold = loadGold(goldDir);
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let store: EmbeddedStore;

  beforeAll(async () => {
    dir = await tempDir('kg-eval-');
    store = new EmbeddedStore(dir.path);
    await store.open();
    await ingestPaths(locateGoldDocuments(gold, [goldDir, join(goldDir, 'docs'), CORPUS_DIR]), store);
  });
  afterAll(() => dir.remove());

  test(`entities: micro-F1 at least ${entities} and every label at least ${labelTarget}; relations: micro-F1 at least ${relations}`, async () => {
    const score = scoreGraph(gold, await graphFromExport(store.exportAll()));
    expect(score.entities.micro.f1).toBeGreaterThanOrEqual(entities);
    for (const [label, prf] of Object.entries(score.entities.byKey)) expect({ label, f1: prf.f1, ok: prf.f1 >= labelTarget }).toMatchObject({ label, ok: true });
    expect(score.relations.micro.f1).toBeGreaterThanOrEqual(relations);
  });

  test('questions answered through the API: at least the target rate', async () => {
    const questions = gold.questions.filter((q) => q.kind !== 'search');
    const { overall } = await evalQuestions(store, questions);
    expect(overall.total).toBe(questions.length);
    expect(overall.rate).toBeGreaterThanOrEqual(questionTarget);
  });
});

test('the whole corpus holds one node per body: no two Institution nodes share a name or alias', async () => {
  const dir = await tempDir('kg-eval-');
  try {
    const store = new EmbeddedStore(dir.path);
    await store.open();
    await ingestPaths([CORPUS_DIR], store);
    const groups = duplicateBodies((await graphFromExport(store.exportAll())).entities);
    expect(formatDuplicates(groups)).toBe('duplicate institutions: 0 (no two Institution nodes share a name or alias)');
  } finally {
    await dir.remove();
  }
});

test('two Institution nodes sharing an alias are reported as one body held twice', () => {
  const node = (id: string, name: string, aliases: string[]) => ({ id, label: 'Institution' as const, name, aliases, docs: ['a.txt'], props: {} });
  const groups = duplicateBodies([node('a', '某市市场监督管理局', ['某市市场监管局']), node('b', '某市市场监管局', []), node('c', '某市公安局', [])]);
  expect(groups).toEqual([{ key: '某市市场监管局', names: ['某市市场监督管理局', '某市市场监管局'] }]);
  expect(formatDuplicates(groups).split('\n')[0]).toBe('duplicate institutions: 1');
});
