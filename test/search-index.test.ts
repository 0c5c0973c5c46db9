import { Bm25Index, luceneLength } from '../src/search/bm25.ts';
import { reciprocalRankFusion } from '../src/search/fusion.ts';
import { cjkBigrams, lowerAscii } from '../src/search/tokenize.ts';
import { TopK } from '../src/search/top-k.ts';
import { VectorIndex } from '../src/search/vector-index.ts';
import { PASSAGE_RELATIONS } from '../src/store/neo4j-search.ts';
import { ENTITY } from '../src/store/neo4j-writer.ts';

describe('cjkBigrams', () => {
  it('splits Han runs into overlapping bigrams and keeps Latin words and numbers whole, lower-cased', () => {
    expect(cjkBigrams('知识产权，PCT申请2025年')).toEqual(['知识', '识产', '产权', 'pct', '申请', '2025', '年']);
  });

  it('drops English stop words as Lucene does, never Chinese', () => {
    expect(cjkBigrams('the WIPO and 的')).toEqual(['wipo', '的']);
  });

  it('folds full-width letters and keeps decimals together', () => {
    expect(cjkBigrams('ＷＩＰＯ 增长3.5%')).toEqual(['wipo', '增长', '3.5']);
  });

  it('lowerAscii leaves Chinese untouched', () => {
    expect(lowerAscii('GII排名')).toBe('gii排名');
  });
});

describe('Bm25Index', () => {
  const passages: Record<string, string> = {
    overseas: '建设海外知识产权纠纷应对指导工作站，发布海外知识产权风险预警。',
    finance: '推出知识产权质押融资产品，发行知识产权证券化产品。',
    talent: '完善技术调查官制度，建设知识产权实践教学基地。',
  };

  function index() {
    const bm25 = new Bm25Index(cjkBigrams);
    for (const [id, text] of Object.entries(passages)) bm25.add(id, text);
    return bm25;
  }

  it('ranks the passage sharing the rare terms first', () => {
    expect(index().search('海外纠纷怎么应对', 3)[0].id).toBe('overseas');
    expect(index().search('质押融资', 3).map((r) => r.id)).toEqual(['finance']);
  });

  it('forgets removed passages and re-adding replaces', () => {
    const bm25 = index();
    bm25.remove('finance');
    expect(bm25.search('质押融资', 3)).toEqual([]);
    bm25.add('talent', '质押融资');
    expect(bm25.search('质押融资', 3).map((r) => r.id)).toEqual(['talent']);
    expect(bm25.size).toBe(2);
  });

  it('reads passage lengths back the way Lucene stores them in one byte', () => {
    expect([0, 23, 24, 31, 32, 40, 300, 1000].map(luceneLength)).toEqual([0, 23, 24, 31, 32, 40, 280, 984]);
  });

  it('returns nothing for a query without indexed terms', () => {
    expect(index().search('？！', 5)).toEqual([]);
  });
});

describe('TopK', () => {
  it('keeps the k best, ties broken by id', () => {
    const top = new TopK(3);
    [5, 1, 9, 3, 9, 7].forEach((score, i) => top.offer(`id${i}`, score));
    expect(top.sorted()).toEqual([
      { id: 'id2', score: 9 },
      { id: 'id4', score: 9 },
      { id: 'id5', score: 7 },
    ]);
  });
});

describe('VectorIndex', () => {
  const unit = (...v: number[]) => Float32Array.from(v);

  it('finds nearest vectors by cosine, normalising what it is given', () => {
    const index = new VectorIndex(3);
    index.set('x', unit(2, 0, 0));
    index.set('y', unit(0, 1, 0));
    index.set('xy', unit(1, 1, 0));
    const hits = index.search(unit(1, 0.2, 0), 2);
    expect(hits.map((h) => h.id)).toEqual(['x', 'xy']);
    expect(hits[0].score).toBeCloseTo(1 / Math.hypot(1, 0.2), 5);
  });

  it('stays contiguous after deletes and survives a round trip through its bytes', () => {
    const index = new VectorIndex(2);
    for (let i = 0; i < 100; i++) index.set(`v${i}`, unit(Math.cos(i), Math.sin(i)));
    index.delete(['v0', 'v50', 'v99', 'missing']);
    const loaded = VectorIndex.fromMatrix(2, index.keys(), Buffer.from(index.matrixBytes()));
    expect(loaded.size).toBe(97);
    expect(loaded.has('v50')).toBe(false);
    expect(Array.from(loaded.vector('v98')!)).toEqual(Array.from(index.vector('v98')!));
    expect(loaded.search(unit(Math.cos(7), Math.sin(7)), 1)[0].id).toBe('v7');
    expect(() => VectorIndex.fromMatrix(2, ['a'], new Uint8Array(4))).toThrow('4 bytes');
  });

  it('rejects vectors of the wrong size', () => {
    expect(() => new VectorIndex(3).set('a', [1, 2])).toThrow('2 dimensions, the index 3');
  });
});

describe('reciprocalRankFusion', () => {
  it('rewards items both lists rank well', () => {
    const vector = [{ id: 'a', score: 0.9 }, { id: 'b', score: 0.8 }, { id: 'c', score: 0.7 }];
    const keyword = [{ id: 'b', score: 12 }, { id: 'd', score: 10 }, { id: 'a', score: 3 }];
    const fused = reciprocalRankFusion([vector, keyword], 3);
    expect(fused.map((f) => f.id)).toEqual(['b', 'a', 'd']);
    expect(fused[0].score).toBeCloseTo(1 / 62 + 1 / 61, 10);
  });
});

describe('search_passage_relations.cypher', () => {
  it('seeks the id index of exactly the entity labels', () => {
    expect(PASSAGE_RELATIONS).toContain(`(:${ENTITY} {id: id})`);
  });
});
