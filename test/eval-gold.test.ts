// Extraction quality as numbers, kept from regressing: the corpus's dev gold, the second dev gold
// (regulations and a report chapter) and the held-out sets written in other provinces'
// styles, scored as `npm run eval` (and ../shared/tools/score.mjs) scores them.
import { join } from 'node:path';
import { ingestPaths } from '../ingest/pipeline.ts';
import { locateGoldDocuments } from '../src/cli/eval.ts';
import { duplicateBodies, formatDuplicates, graphFromExport, loadGold, scoreGraph } from '../src/eval/index.ts';
import { evalQuestions } from '../src/eval/questions.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { CORPUS_DIR, tempDir } from './helpers/corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const gold = (set: string) => join(ROOT, '..', 'shared', 'gold', set);
const ours = (set: string) => join(ROOT, 'test', 'gold', set);
/**
 * Floors per set (entity micro-F1, the lowest F1 of any label, relation micro-F1, question hit
 * rate), a little under what the extractor scores today, so that a change that loses ground on
 * any genre fails. dev keeps issue 3's targets; dev2 and the v2 held-out sets are issue 11's
 * measure of regulations, reports, chronicles and news (see README, Measuring).
 */
const SETS = [
  { name: 'dev', dir: gold('dev'), entities: 0.92, label: 0.8, relations: 0.9, questions: 0.9 },
  { name: 'dev2', dir: gold('dev2'), entities: 0.89, label: 0.78, relations: 0.82, questions: 0.7 },
  { name: 'heldout', dir: ours('heldout'), entities: 0.9, label: 0.7, relations: 0.83, questions: 0.9 },
  { name: 'heldout-b', dir: ours('heldout-b'), entities: 0.85, label: 0.6, relations: 0.72, questions: 0.7 },
  { name: 'heldout-c', dir: ours('heldout-c'), entities: 0.9, label: 0.85, relations: 0.76, questions: 0.85 },
  { name: 'heldout-d', dir: ours('heldout-d'), entities: 0.9, label: 0.7, relations: 0.75, questions: 0.9 },
  { name: 'heldout-e', dir: ours('heldout-e'), entities: 0.86, label: 0.65, relations: 0.81, questions: 0.7 },
  { name: 'heldout-f', dir: ours('heldout-f'), entities: 0.85, label: 0.55, relations: 0.69, questions: 0.5 },
  { name: 'heldout-h', dir: ours('heldout-h'), entities: 0.9, label: 0.85, relations: 0.69, questions: 0.6 },
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

test('bodies in news sentences (heldout-g): at least 0.9 of those named, by name or by role, are found', async () => {
  const set = loadGold(ours('heldout-g'));
  const dir = await tempDir('kg-eval-');
  try {
    const store = new EmbeddedStore(dir.path);
    await store.open();
    await ingestPaths(locateGoldDocuments(set, [join(set.dir, 'docs')]), store);
    const score = scoreGraph(set, await graphFromExport(store.exportAll()));
    expect(score.entities.byKey.Institution.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.entities.byKey.Institution.precision).toBeGreaterThanOrEqual(0.9);
  } finally {
    await dir.remove();
  }
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

test('a role named alike in two jurisdictions is two bodies; in one jurisdiction it is one body held twice', () => {
  const role = (id: string, jurisdiction: string) => ({ id, label: 'Institution' as const, name: '县级以上人民政府', aliases: [], docs: [`${id}.txt`], props: { role: true, jurisdiction } });
  expect(duplicateBodies([role('a', '甲省'), role('b', '乙省')])).toEqual([]);
  expect(duplicateBodies([role('a', '甲省'), role('b', '甲省')])).toEqual([{ key: '县级以上人民政府@甲省', names: ['县级以上人民政府', '县级以上人民政府'] }]);
});
