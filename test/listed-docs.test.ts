import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LISTED_DOCS } from '../core/store.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { codedMeasures, instrumentTable } from '../src/query/analysis/instruments.ts';
import { sketchDocument } from './helpers/graphs.ts';

// Answers carry an entity's first LISTED_DOCS documents; what needs every one
// of them (locating a sentence, grouping by document) reads the whole list.

let dir: string;
let store: EmbeddedStore;
const count = LISTED_DOCS + 2;
const name = (i: number) => `m${String(i).padStart(4, '0')}.txt`;
const own = '某区全面加强商标品牌培育工作并建立常态机制';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-listed-'));
  store = new EmbeddedStore(dir);
  await store.open();
  for (let i = 0; i < count; i++) {
    // Only the last document carries the measure's own sentence, so it is found only beyond the listed documents.
    const last = i === count - 1;
    const measure = { id: 'e_measure', label: 'Measure' as const, name: '加强商标品牌培育', props: last ? { text: own } : ({} as Record<string, string>) };
    await store.writeDocument(sketchDocument(name(i), [last ? `${own}。` : `第${i}次会议要求加强商标品牌培育。`], [measure], []));
  }
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

test('an entity in more documents than answers list: its own sentence is located in a document beyond them', async () => {
  const measure = (await store.getEntity('e_measure'))!;
  expect(measure.docs).toHaveLength(LISTED_DOCS);
  expect(measure.docCount).toBe(count);
  const [coded] = await codedMeasures(store, [measure]);
  expect(coded.evidence).toMatchObject({ doc: name(count - 1), sentence: own });
});

test("a document's entities include one it names beyond the entity's listed documents", async () => {
  expect((await store.documentEntities(name(count - 1))).map((e) => e.id)).toEqual(['e_measure']);
  expect((await store.documentEntities(name(0))).map((e) => e.id)).toEqual(['e_measure']);
});

test('grouping measures by document puts the measure in every one of its documents', async () => {
  const table = await instrumentTable(store, 'document');
  expect(table.groups.map((g) => g.key).sort()).toEqual(Array.from({ length: count }, (_, i) => name(i)));
});
