import { entityId, resolve, type KnownEntity } from '../ingest/resolve.ts';
import { extractedDocument } from './helpers/documents.ts';

const extracted = (text: string, name = 'a.txt') => extractedDocument(text, name, '1'.repeat(64));

const TEXT = '深圳市2025年度知识产权工作\n深圳市市场监督管理局（深圳市知识产权局）出台《深圳经济特区知识产权保护条例》。市公安局破获案件。';

test('document record, chunks, ids from label and name, mentions tied to chunks', async () => {
  const doc = extracted(TEXT);
  const { graph, merges } = await resolve(doc, async () => []);
  expect(graph.document).toMatchObject({ id: 'a.txt', date: '2025', sha256: '1'.repeat(64) });
  expect(merges).toEqual([]);
  const police = graph.entities.find((e) => e.name === '深圳市公安局')!;
  expect(police.id).toBe(entityId('Institution', '深圳市公安局'));
  expect(police.props).toMatchObject({ source: 'rules/institution', confidence: 0.85 });
  for (const m of graph.mentions) {
    const c = graph.chunks.find((x) => x.id === m.chunk)!;
    expect(c.start <= m.start && m.end <= c.end).toBe(true);
    expect(TEXT.slice(m.start, m.end)).toBe(m.surface);
  }
});

test('a stored entity sharing a qualified alias is reused and the merge logged; a different city is not', async () => {
  const stored: KnownEntity[] = [
    { id: 'e_stored', label: 'Institution', name: '深圳市市场监督管理局（知识产权局）', aliases: ['深圳市市场监督管理局'] },
    { id: 'e_gz', label: 'Institution', name: '广州市公安局', aliases: ['市公安局'] },
  ];
  const { graph, merges } = await resolve(extracted(TEXT), async () => stored);
  const bureau = graph.entities.find((e) => e.id === 'e_stored')!;
  // This document names the body more fully, so its facet carries that name; the stored id is kept.
  expect(bureau.name).toBe('深圳市市场监督管理局（深圳市知识产权局）');
  expect(bureau.aliases).toContain('深圳市市场监督管理局');
  expect(merges).toEqual([expect.objectContaining({ doc: 'a.txt', label: 'Institution', mergedInto: { id: 'e_stored', name: '深圳市市场监督管理局（知识产权局）' } })]);
  expect(graph.entities.some((e) => e.id === 'e_gz')).toBe(false);
});

test('same input, same ids', async () => {
  const a = await resolve(extracted(TEXT), async () => []);
  const b = await resolve(extracted(TEXT), async () => []);
  expect(a.graph).toEqual(b.graph);
});

test('a body named by role is its own in each jurisdiction: two provinces never share 县级以上人民政府 or 省人民政府', async () => {
  const regulation = (province: string) =>
    `${province}知识产权促进条例\n第一条 县级以上人民政府应当加强知识产权保护工作。\n第二条 省人民政府建立知识产权保护协调机制。`;
  const first = (await resolve(extracted(regulation('山西省'), 'a.txt'), async () => [])).graph;
  const stored: KnownEntity[] = first.entities.map(({ id, label, name, aliases, props }) => ({ id, label, name, aliases, props }));
  const { graph, merges } = await resolve(extracted(regulation('福建省'), 'b.txt'), async () => stored);

  const named = (g: typeof graph, name: string) => g.entities.find((e) => e.name === name || e.aliases.includes(name));
  const counties = [named(first, '县级以上人民政府')!, named(graph, '县级以上人民政府')!];
  expect(counties.map((e) => e.props.jurisdiction)).toEqual(['山西省', '福建省']);
  expect(counties[0].id).not.toBe(counties[1].id);
  expect(named(first, '省人民政府')!.name).toBe('山西省人民政府');
  expect(named(graph, '省人民政府')!.name).toBe('福建省人民政府');
  expect(named(graph, '省人民政府')!.id).not.toBe(named(first, '省人民政府')!.id);
  expect(merges.filter((m) => m.label === 'Institution')).toEqual([]);

  // The same regulation again joins its own roles.
  const again = (await resolve(extracted(regulation('山西省'), 'c.txt'), async () => stored)).graph;
  expect(named(again, '县级以上人民政府')!.id).toBe(counties[0].id);
});
