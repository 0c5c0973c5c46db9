// kg export --format csv writes the neo4j-admin import layout; imported into an
// empty database of a throwaway Neo4j (the project's distribution, our own data
// folder and port), it holds the nodes, relationships and properties of the JSONL export.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { PropertyValue } from '../core/records.ts';
import type { ExportRecord } from '../core/store.ts';
import { ingestPaths } from '../ingest/pipeline.ts';
import { ARRAY_DELIMITER, CsvExportError, toNeo4jImportCsv } from '../src/export/neo4j-csv.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { ANALYSIS_DOCS } from './helpers/analysis.ts';
import { tempDir } from './helpers/corpus.ts';
import { throwawayNeo4j, throwawayUnavailable } from './helpers/neo4j-admin.ts';

const KG = join(import.meta.dirname, '..', 'bin', 'kg.js');

const node = (id: string, label: string, properties: Record<string, PropertyValue>): ExportRecord => ({ type: 'node', id, labels: [label], properties });

describe('the import layout', () => {
  test('a typed header per label and type, one ID space, arrays on the delimiter, text quoted as CSV', () => {
    const files = toNeo4jImportCsv([
      node('e_1', 'Measure', { name: '某项"试点"措施', aliases: ['甲', '乙'], docs: ['a.txt'], instrumentYear: 2025, instrumentConfidence: 0.8, text: '第一行\n第二行' }),
      node('e_2', 'Measure', { name: '另一措施', aliases: [], docs: ['a.txt'], instrumentYear: null, instrumentConfidence: 1, text: '' }),
      node('a.txt', 'Document', { title: '某文件', spans: [1, 2] }),
      { type: 'relationship', id: 'r_1', label: 'PART_OF', start: { id: 'e_1' }, end: { id: 'e_2' }, properties: { doc: 'a.txt', confidence: 0.9 } },
    ]);
    expect(files.map((f) => f.name)).toEqual(['nodes_Measure.csv', 'nodes_Document.csv', 'relationships_PART_OF.csv', 'import.sh']);
    const [measures, documents, partOf, script] = files.map((f) => f.text);
    expect(measures.split('\n')[0]).toBe(
      'id:ID,aliases:string[],docs:string[],instrumentConfidence:double,instrumentYear:long,name:string,text:string,:LABEL',
    );
    expect(measures).toContain(`e_1,甲${ARRAY_DELIMITER}乙,a.txt,0.8,2025,"某项""试点""措施","第一行\n第二行",Measure\n`);
    expect(measures).toContain('e_2,"",a.txt,1,,另一措施,"",Measure\n');
    expect(documents.split('\n')[0]).toBe('id:ID,spans:long[],title:string,:LABEL');
    expect(partOf).toBe(':START_ID,:END_ID,confidence:double,doc:string,id:string,:TYPE\ne_1,e_2,0.9,a.txt,r_1,PART_OF\n');
    expect(script).toMatch(/neo4j-admin database \\\n {2}import \\\n {2}full \\\n {2}--nodes=nodes_Measure.csv[\s\S]*--multiline-fields=true \\\n {2}--array-delimiter=U\+001F \\\n {2}"\$\{1:-neo4j\}"/);
  });

  test('a value holding the array delimiter is refused, naming where', () => {
    expect(() => toNeo4jImportCsv([node('e_1', 'Measure', { aliases: [`甲${ARRAY_DELIMITER}乙`] })])).toThrow(CsvExportError);
    expect(() => toNeo4jImportCsv([node('e_1', 'Measure', { aliases: [`甲${ARRAY_DELIMITER}乙`] })])).toThrow(/nodes_Measure\.csv e_1 aliases/);
  });
});

/** What neo4j-admin cannot write: an empty list is no property. */
const importable = (props: Record<string, PropertyValue>) =>
  Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)));

const plain = (value: unknown): unknown =>
  neo4j.isInt(value)
    ? (value as { toNumber(): number }).toNumber()
    : Array.isArray(value)
      ? value.map(plain)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
        : value;

test('kg export --format csv imports with neo4j-admin into an empty database: the same nodes, relationships and properties as the JSONL export', async () => {
  const unavailable = throwawayUnavailable();
  if (unavailable) {
    if (process.env.CI === 'true') throw new Error(`CI=true and ${unavailable}`);
    console.warn(`SKIPPED the neo4j-admin import test: ${unavailable}`);
    return;
  }
  const dir = await tempDir('kg-csv-import-');
  const server = await throwawayNeo4j(join(dir.path, 'neo4j'));
  try {
    const data = join(dir.path, 'data');
    const store = new EmbeddedStore(data);
    await store.open();
    expect((await ingestPaths(ANALYSIS_DOCS, store)).failed).toEqual([]);
    const kg = (...args: string[]) => spawnSync(process.execPath, [KG, ...args], { env: { ...process.env, KG_DATA_DIR: data, KG_STORE: 'embedded' }, encoding: 'utf8' });
    expect(kg('export', '--format', 'jsonl', '--out', join(dir.path, 'graph.jsonl')).status).toBe(0);
    const exported = kg('export', '--format', 'csv', '--out', join(dir.path, 'csv'));
    expect(exported).toMatchObject({ status: 0, stderr: expect.stringMatching(/import them with bash .*import\.sh/) });
    expect(kg('export', '--format', 'csv').stderr).toMatch(/give --out DIR/);

    const records = readFileSync(join(dir.path, 'graph.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ExportRecord);
    const nodes = records.filter((r) => r.type === 'node');
    const relationships = records.filter((r) => r.type === 'relationship');

    const imported = spawnSync('bash', [join(dir.path, 'csv', 'import.sh')], {
      env: { ...process.env, PATH: `${server.bin}:${process.env.PATH}` },
      encoding: 'utf8',
    });
    expect({ status: imported.status, err: imported.status ? imported.stderr + imported.stdout : '' }).toEqual({ status: 0, err: '' });
    expect(imported.stdout).toMatch(new RegExp(`Imported:\\s+${nodes.length} nodes\\s+${relationships.length} relationships`));

    await server.start();
    const driver = neo4j.driver(server.bolt);
    try {
      const read = async (cypher: string) => (await driver.executeQuery(cypher)).records.map((r) => plain(r.toObject()) as Record<string, unknown>);
      const count = (items: { key: string }[]) => items.reduce((m, { key }) => ({ ...m, [key]: (m[key] ?? 0) + 1 }), {} as Record<string, number>);
      const byLabel = await read('MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n');
      expect(Object.fromEntries(byLabel.map((r) => [r.label, r.n]))).toEqual(count(nodes.map((n) => ({ key: (n as { labels: string[] }).labels[0] }))));
      const byType = await read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
      expect(Object.fromEntries(byType.map((r) => [r.type, r.n]))).toEqual(count(relationships.map((r) => ({ key: (r as { label: string }).label }))));

      const stored = new Map((await read('MATCH (n) RETURN n.id AS id, properties(n) AS p')).map((r) => [r.id as string, r.p as Record<string, unknown>]));
      for (const n of nodes) expect({ id: n.id, props: stored.get(n.id) }).toEqual({ id: n.id, props: { id: n.id, ...importable(n.properties) } });
      const edges = new Map((await read('MATCH (a)-[r]->(b) RETURN r.id AS id, a.id AS start, b.id AS end, properties(r) AS p')).map((r) => [r.id as string, r]));
      for (const r of relationships) {
        if (r.type !== 'relationship') continue;
        expect({ id: r.id, edge: edges.get(r.id) }).toEqual({ id: r.id, edge: { id: r.id, start: r.start.id, end: r.end.id, p: { id: r.id, ...importable(r.properties) } } });
      }
    } finally {
      await driver.close();
    }
  } finally {
    await server.stop();
    await dir.remove();
  }
}, 420_000);
