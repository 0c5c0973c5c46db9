import { isSpecificName, regionEntry } from '../lexicon/regions.ts';
import { tokensIn, type HeadPhrase } from './phrases.ts';

/** A level or a rank before a head describes a class of things: 国家级商标运营平台, 区级公共服务平台. */
const CLASS_PREFIX = /^(?:[省市区县]?[一二三四]级|国家级|省级|市级|区级|县级|各级|各类|重点|一批|新型|相关|有关|专业|综合性|高校|企业|全球最)/;
/** A quantity right before a phrase makes it a class too: 一批知识产权服务平台, 50家…中心. */
const QUANTITY_BEFORE = /(?:一批|各类|若干|多个|一个|多家|一些|等|[\d一二三四五六七八九十百]+[家个所类批])$/;
/** Words that name a kind of thing, never one thing: 国际性会议, 综合性平台. */
export const KIND_WORD = /性[\u4e00-\u9fa5]{1,4}$/;
const CONTENT_TAG = /^(?:n|nz|nt|ns|vn|v|x|eng|grp|num|j|l|s)$/;

const SLOGAN_HEAD = /(?:方案|标准|模式|经验|样板|速度|智慧)$/;

/** 深圳方案, 贡献杭州方案, 中国标准: a place or a scope word right before a slogan word is rhetoric, not a name. */
export function isSlogan(name: string): boolean {
  const m = SLOGAN_HEAD.exec(name);
  if (!m) return false;
  const before = name.slice(0, m.index);
  return /(?:国家|全国|中国|国际)$/.test(before) || [...before].some((_, i) => !!regionEntry(before.slice(i)));
}

/** How long a modifier without place, scope or quotes must be for the phrase to name one thing. */
export interface PlainModifier {
  tokens: number;
  chars: number;
}

/**
 * Whether a phrase ending in a head noun names one thing rather than a kind:
 * it carries a place, a national scope or a quoted part (江海商标保护中心), or
 * a plain modifier as long as `plain` asks (商标密集型产品推广平台,
 * 地理标志产品数据库); never a class (国家级…, 一批…) or a slogan (江海方案).
 */
export function isNamedPhrase(doc: { text: string }, phrase: HeadPhrase, plain: PlainModifier | null): boolean {
  const { text } = phrase;
  if (isSlogan(text) || CLASS_PREFIX.test(text) || KIND_WORD.test(text) || QUANTITY_BEFORE.test(doc.text.slice(Math.max(0, phrase.start - 4), phrase.start))) return false;
  const modifierText = text.slice(0, text.length - phrase.head.length);
  // 深圳方案, 中国标准: a place and a genre word is a slogan, not a name.
  if (regionEntry(modifierText) || /^(?:国家|全国|中国|国际)$/.test(modifierText)) return false;
  if (isSpecificName(text)) return true;
  if (!plain) return false;
  // A token may hold both the end of the modifier and the head: 商标/品牌战略.
  const modifier = tokensIn(doc, phrase.start, phrase.end).filter((t) => t.start < phrase.end - phrase.head.length && CONTENT_TAG.test(t.tag));
  return modifier.length >= plain.tokens && modifierText.length >= plain.chars;
}
