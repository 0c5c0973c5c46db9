import { addFacet, firstMerge, mergeFacets, removeFacet, sameView, type Facets } from '../src/store/facets.ts';

// What four made-up documents say of one institution: the same name twice, a fuller name, a new alias, props decided by the earliest document.
const facets: Facets = {
  'b.txt': { name: '某市局', aliases: [], props: { kind: 'government', confidence: 0.8 } },
  'c.txt': { name: '某市局', aliases: [], props: { kind: 'agency', confidence: null } },
  'a.txt': { name: '某市知识产权局', aliases: ['某市局'], props: { confidence: 0.9 } },
  'd.txt': { name: '某市局', aliases: ['市局'], props: {} },
};

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

test('adding facets one document at a time, in any order, gives the merge of all of them', () => {
  const whole = mergeFacets('e1', 'Institution', facets);
  expect(whole.entity).toEqual({
    id: 'e1',
    label: 'Institution',
    name: '某市知识产权局',
    aliases: ['市局', '某市局'],
    docs: ['a.txt', 'b.txt', 'c.txt', 'd.txt'],
    props: { confidence: 0.9, kind: 'government' },
  });
  for (const order of permutations(Object.keys(facets))) {
    let merge = firstMerge('e1', 'Institution', order[0], facets[order[0]]);
    for (const doc of order.slice(1)) merge = addFacet(merge, doc, facets[doc]);
    expect(merge).toEqual(whole);
  }
});

test('a document that adds nothing but itself leaves the merge it was added to as it was', () => {
  const before = mergeFacets('e1', 'Institution', { 'a.txt': facets['a.txt'], 'b.txt': facets['b.txt'] });
  const snapshot = structuredClone(before);
  const after = addFacet(before, 'c.txt', facets['c.txt']);
  expect(before).toEqual(snapshot);
  expect(after.entity.docs).toEqual(['a.txt', 'b.txt', 'c.txt']);
  expect(after.nameDocs['某市局']).toBe('a.txt');
  // Nothing but its documents changed: a store need not rewrite it.
  expect(sameView(before, after)).toBe(true);
  // A document earlier than the first to give a name takes it over: that changes the state.
  const earlier = addFacet(before, '0.txt', facets['b.txt']);
  expect(earlier.nameDocs['某市局']).toBe('0.txt');
  expect(sameView(before, earlier)).toBe(false);
  expect(after).toEqual(mergeFacets('e1', 'Institution', { 'a.txt': facets['a.txt'], 'b.txt': facets['b.txt'], 'c.txt': facets['c.txt'] }));
});

test('removing a facet gives the merge of the others, or asks for a recompute when it decided the name or a prop', () => {
  const whole = mergeFacets('e1', 'Institution', facets);
  const { 'd.txt': _d, ...withoutD } = facets;
  // d.txt was the first to give the alias 市局: without it the alias must go, which takes the other facets.
  expect(removeFacet(whole, 'd.txt')).toBe('recompute');
  const { 'c.txt': _c, ...withoutC } = facets;
  expect(removeFacet(whole, 'c.txt')).toEqual(mergeFacets('e1', 'Institution', withoutC));
  expect(removeFacet(whole, 'a.txt')).toBe('recompute');
  expect(removeFacet(firstMerge('e1', 'Institution', 'a.txt', facets['a.txt']), 'a.txt')).toBeNull();
  expect(mergeFacets('e1', 'Institution', withoutD).entity.aliases).toEqual(['某市局']);
});

test('names and props spelled like built-in object properties are names and props like any other', () => {
  const odd: Facets = {
    'x.txt': { name: '某局', aliases: ['constructor', 'toString'], props: { valueOf: 'v1' } },
    'y.txt': { name: '某局', aliases: ['hasOwnProperty'], props: { valueOf: 'v2' } },
  };
  const merge = mergeFacets('e1', 'Institution', odd);
  expect(merge.entity.aliases).toEqual(['constructor', 'hasOwnProperty', 'toString']);
  expect(merge.entity.props).toEqual({ valueOf: 'v1' });
  expect(removeFacet(merge, 'y.txt')).toBe('recompute');
});
