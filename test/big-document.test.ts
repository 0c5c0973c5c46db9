import type { DocumentGraph } from '../core/records.ts';
import { documentRows } from '../src/store/rows.ts';

// A 31.6 MB text file ended, after five minutes of extraction, in "Maximum call
// stack size exceeded": its hundreds of thousands of mentions were spread into
// one push() call's arguments when the store's rows were made.

test('a document with 150,000 entity mentions becomes rows without exceeding the call stack', () => {
  const chunks = Array.from({ length: 300 }, (_, i) => ({ id: `c_${i}`, doc: 'long.txt', index: i, text: '知识产权', start: i * 4, end: i * 4 + 4, sectionPath: [] }));
  const entities = Array.from({ length: 500 }, (_, i) => ({ id: `e_${i}`, label: 'Institution' as const, name: `机构${i}`, aliases: [], props: {} }));
  const mentions = chunks.flatMap((c) => entities.map((e) => ({ entity: e.id, chunk: c.id, doc: 'long.txt', start: c.start, end: c.end, surface: e.name })));
  const graph: DocumentGraph = {
    document: { id: 'long.txt', title: 'long', path: '/docs/long.txt', sha256: 'x', revision: 'x', format: 'txt', date: null, text: '知识产权'.repeat(300) },
    chunks,
    entities,
    mentions,
    relations: [],
  };
  const rows = documentRows(graph);
  expect(rows.edges.filter((e) => e.type === 'MENTIONED_IN')).toHaveLength(150_000);
});
