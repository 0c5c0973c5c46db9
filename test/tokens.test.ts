import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { tokensOf } from '../ingest/extract/entities/phrases.ts';
import { placeNames } from '../ingest/extract/lexicon/regions.ts';

/** Made-up text mixing dictionary words, places, unknown names, digits, Latin letters and punctuation. */
const TEXT = [
  '江海市知识产权局会同青山县市场监督管理局，于2031年3月设立12个维权工作站，覆盖ABC产业园和5G应用基地。',
  '某某银行江海分行与支行共建快速预审平台，受理专利申请1,200件、商标注册申请3.5万件，同比增长12.5%。',
  '据悉，河套合作区将推进“一站式”服务，引进WIPO仲裁与调解中心的专家。',
].join('\n');

describe('tokens', () => {
  test('words and parts of speech are those of jieba tag() with the same dictionaries', () => {
    const reference = Jieba.withDict(new TextEncoder().encode(new TextDecoder().decode(dict).split('\n').filter((l) => !/^(?:分行|支行) /.test(l)).join('\n')));
    reference.loadDict(new TextEncoder().encode([...placeNames().map((p) => `${p} 2000 ns`), '分行 2000 n', '支行 2000 n'].join('\n')));
    const expected = reference.tag(TEXT, true).filter((t) => !/^\s+$/.test(t.word));
    const raw = tokensOf({ text: TEXT }).filter((t) => t.tag !== 'grp' && t.tag !== 'num' && t.tag !== 'year');
    // tokensOf retags some words (places, numerals) and joins others; every word it keeps as jieba cut it has jieba's tag.
    const byStart = new Map(raw.map((t) => [t.start, t]));
    let at = 0;
    let compared = 0;
    for (const { word, tag } of expected) {
      const start = TEXT.indexOf(word, at);
      at = start + word.length;
      const mine = byStart.get(start);
      if (!mine || mine.word !== word || mine.tag === 'ns' || mine.tag === 'n' || mine.tag === 's') continue;
      expect(`${word}/${mine.tag}`).toBe(`${word}/${tag}`);
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
    expect(tokensOf({ text: '完成18项任务' }).map((t) => `${t.word}/${t.tag}`)).toContain('18项/num');
    // Head nouns the main dictionary tags as verbs read as nouns.
    expect(tokensOf({ text: '某某银行江海分行与支行共建平台' }).filter((t) => /行$/.test(t.word)).map((t) => `${t.word}/${t.tag}`)).toEqual(['银行/n', '分行/n', '支行/n']);
    expect(tokensOf({ text: 'ABC和5G' }).map((t) => `${t.word}/${t.tag}`)).toEqual(['ABC/eng', '和/c', '5G/eng']);
  });
});
