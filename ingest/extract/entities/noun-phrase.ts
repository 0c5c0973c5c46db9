import { NAME_STOPWORDS } from '../lexicon/heads.ts';
import { ADVANCE_VERBS, CONDUCT_VERBS, DUTY_VERBS, HOLD_VERBS, ISSUE_VERBS, OPERATE_VERBS, PIVOT_VERBS, SETUP_VERBS } from '../lexicon/verbs.ts';
import { headIndex, tokensOf } from './phrases.ts';

/** Verbs that open a clause: a noun phrase never reaches back over one. */
const CLAUSE_VERB_WORDS = new Set([
  ...SETUP_VERBS, ...CONDUCT_VERBS, ...ADVANCE_VERBS, ...DUTY_VERBS, ...ISSUE_VERBS, ...OPERATE_VERBS, ...HOLD_VERBS, ...PIVOT_VERBS, ...NAME_STOPWORDS,
  '列入', '纳入', '签订', '加大', '做好', '完成', '入驻',
]);
/** Parts of speech a noun phrase of a measure or a facility is made of (a verb joined to a noun too: 解决机制, 检索服务). */
const NP_TAGS = /^(?:n|nz|ns|nt|nr|vn|an|a|b|j|l|t|m|num|year|grp|eng|f|s|v|vd|i)$/;
/** Words that join parts inside one noun phrase: 规则和程序, 查询、登记、公共服务平台, 专利创造的激励机制. */
const NP_JOINERS = new Set(['和', '与', '、', '的']);
/** Adverbs that describe inside a noun phrase (快速处置机制, 联合调解机制); other adverbs end it. */
const NP_ADVERBS = new Set(['快速', '联合', '协同', '统一', '集中', '动态', '长效', '多元', '分类', '全面', '一体化']);
const inPhrase = (t: { word: string; tag: string }) => NP_TAGS.test(t.tag) || NP_ADVERBS.has(t.word);
const MAX_PHRASE = 30;

export interface NounPhrase {
  start: number;
  end: number;
  text: string;
  head: string;
}

/**
 * Every noun phrase ending in one of `heads`: from the head, left over nouns,
 * the word joined to the head whatever it is (推进清单), and the words that join
 * lists inside the phrase, up to a clause verb, a preposition or punctuation.
 */
export function nounPhrases(doc: { text: string }, heads: readonly string[]): NounPhrase[] {
  const tokens = tokensOf(doc);
  const { byLastChar } = headIndex(heads);
  const out: NounPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const candidates = byLastChar.get(t.word.charCodeAt(t.word.length - 1));
    const head = candidates && heads.find((h) => candidates.includes(h) && t.word.endsWith(h));
    if (!head) continue;
    let k = i;
    if (t.word === head && k > 0 && !CLAUSE_VERB_WORDS.has(tokens[k - 1].word) && inPhrase(tokens[k - 1])) k--;
    while (k > 0 && t.end - tokens[k - 1].start <= MAX_PHRASE) {
      const prev = tokens[k - 1];
      const joins = NP_JOINERS.has(prev.word) ? k > 1 && inPhrase(tokens[k - 2]) && !CLAUSE_VERB_WORDS.has(tokens[k - 2].word) : inPhrase(prev) && !CLAUSE_VERB_WORDS.has(prev.word);
      if (!joins) break;
      k--;
    }
    while (k < i && (NP_JOINERS.has(tokens[k].word) || /^(?:v|vd)$/.test(tokens[k].tag))) k++;
    out.push({ start: tokens[k].start, end: t.end, text: doc.text.slice(tokens[k].start, t.end), head });
  }
  return out;
}
