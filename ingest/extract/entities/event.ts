import type { AnalyzedDocument } from '../../analyze/profile.ts';
import { firstDate, isoDate } from '../../dates.ts';
import type { Sentence } from '../../types.ts';
import { EVENT_HEADS, EVENT_VERBS, GENERIC_NAMES } from '../lexicon/heads.ts';
import type { EntityRecognizer } from '../types.ts';
import { EntityCollector } from './build.ts';
import { TALKS } from '../lexicon/events.ts';
import { clausesOf } from '../clauses.ts';
import { headPhrases, outermostPhrases } from './phrases.ts';
import { KIND_WORD } from './specific.ts';
import { spanAt } from '../spans.ts';

const MONTH_DAY = /^(1[0-2]|0?[1-9])月(?:([12]\d|3[01]|0?[1-9])日)?(?:至\d{1,2}日)?[，,、\s]/;
const FULL_DATE_LEAD = /^(?:19|20)\d{2}年(?:(?:1[0-2]|0?[1-9])月(?:(?:[12]\d|3[01]|0?[1-9])日)?)?[，,、\s]/;
const EVENT_VERB = new RegExp(EVENT_VERBS.join('|'));
/** Party congresses and plenums are named by number: 党的二十大, 二十届三中全会. */
const PARTY_MEETING = /党的(?:第)?[一二三四五六七八九十]+(?:次全国代表)?大(?:会)?|[一二三四五六七八九十]+届[一二三四五六七八九十]中全会/g;
/** Kinds of meeting with no name of their own: 新闻发布会, 座谈会. */
const GENERIC_EVENTS = /^(?:新闻)?(?:发布会|会议|大会|座谈会|研讨会|推进会|工作会议|论坛|峰会|年会)$/;
/** A case reported with its party anonymised: 某科技公司商业秘密侵权纠纷案. */
const ANONYMISED_CASE = /某[\u4e00-\u9fa5“”]{2,30}?案(?![件例由情卷])/g;
/** A与B签署…协议: a signing, named by its parties and what they signed. */
const SIGNING = /(?:与|和|同)([^，。；：]{2,40}?)(?:正式|共同)?(?:签署|签订)了?([^，。；]{0,40}?(?:协议|备忘录|协定|意向书|《[^》]+》))/g;
/** 某法院对一起涉某某的专利侵权纠纷案作出一审判决, 其审理的一起某某案: a case a court heard; group 1 the case, 2 the instance. */
const CASE_HEARD = /(?:对|审理(?:了|的)?|审结(?:了|的)?)(?:一起|一宗|一件)(?:涉(?![案嫌及]))?([^，。；“”]{4,40}?(?<![备方草提议答档预立报结])案)(?![件例由情卷])(?:作出(一审|二审|再审|终审)?判决)?/g;
/** Fairs go by three-character short names: 文博会, 高交会, 进博会, 服贸会. */
const FAIR_SHORT_NAME = /[一-龥](?:博会|交会|洽会|贸会)/g;

const KIND_BY_WORD: [RegExp, string][] = [
  [/会议|大会|年会|座谈会|研讨会|发布会|学校/, 'meeting'],
  [/论坛|峰会/, 'forum'],
  [/博览会|交易会|展览会|文博会/, 'fair'],
  [/大赛|比赛/, 'contest'],
  [/宣传周|活动周/, 'campaign'],
  [/奖|表扬/, 'award'],
  [/排名|跃居|榜/, 'ranking'],
  [/签署|签约|合作/, 'signing'],
  [/成立|揭牌/, 'founding'],
  [/破获|侦破|案/, 'case'],
  [/发布|出台|印发|开通|启动|获批|建设/, 'launch'],
];

/** A dated line whose deed is issuing an instrument or a report (印发《…》, 发布某某情况). */
const ISSUING_ONLY = /^[^，。；]{0,40}?(?:印发|发布|出台|颁布|公布|编制)(?:实施)?(?:了)?(?:《|[^，。；]{0,30}?(?:情况|报告|名单|数据)$)/;
/** Where an occasion took place, words of manner, and a visiting party's entourage: not part of its name. */
const PLACE_OF_OCCASION = /在[^，。；在]{1,12}?(?=召开|举办|举行|会见|会谈|签署|出席|开幕|闭幕|揭牌|启动|成立|集中)|成功|隆重|顺利|(?<=会见)来访的|(?<=局长|主任|部长|总干事|大使|代表)一行/g;

/**
 * An occasion's canonical name from the line that tells it: who and what,
 * without the place, manner words and a long list of co-holders (A、B、C和D联合
 * 启动某某行动 → A联合启动某某行动). `bodies` are the bodies named in the line.
 */
export function occasionName(clause: string, bodies: { start: number; end: number }[]): string {
  let text = clause;
  const first = bodies[0];
  if (first && first.start === 0) {
    let end = first.end;
    for (const b of bodies.slice(1)) {
      if (!/^(?:、|和|及|与)$/.test(clause.slice(end, b.start))) break;
      end = b.end;
    }
    if (end > first.end && bodies.filter((b) => b.end <= end).length >= 3) text = clause.slice(0, first.end) + clause.slice(end);
  }
  return text.replace(PLACE_OF_OCCASION, '');
}

/** A press conference held without a name of its own (召开新闻发布会) and what the clause after it announced (，通报某某案件). */
const PRESS_CONFERENCE = /(?:新闻)?发布会$/;
const ANNOUNCING = /^[，,]\s*(?:通报|发布|介绍|公布|解读|宣布)了?([^，。；]{4,40}?)(?:的?(?:有关|相关|进展)?情况)?(?=[，。；]|$)/;

/** A press conference is named by what it announced: 召开新闻发布会，通报某某十大案件 → 某某十大案件新闻发布会. */
export function announcedTopic(clause: string, after: string): string | null {
  const head = PRESS_CONFERENCE.exec(clause);
  const topic = head && ANNOUNCING.exec(after);
  return topic ? topic[1] + head[0] : null;
}

/**
 * The clauses of a sentence that tell a meeting: to the end of the clause when the verb
 * takes the party met as its object (会见某局局长), else to the verb (与某局举行会谈).
 */
function talksIn(text: string, sentence: Sentence): { start: number; end: number }[] {
  return clausesOf(text, sentence).flatMap((c) => {
    const words = text.slice(c.start, c.end);
    const m = TALKS.exec(words);
    if (!m || MONTH_DAY.test(words) || FULL_DATE_LEAD.test(words)) return [];
    const end = /^(?:会见|会晤)$/.test(m[0]) ? c.start + words.trimEnd().length : c.start + m.index + m[0].length;
    return [{ start: c.start + words.search(/\S/), end }];
  });
}

export function eventKind(text: string): string {
  return KIND_BY_WORD.find(([re]) => re.test(text))?.[1] ?? 'other';
}

/** The date a sentence states: a full date, or month and day completed with the document's year. */
export function sentenceDate(text: string, year: string | null): string | null {
  const full = firstDate(text);
  // 7月15日，…介绍2025年上半年工作: a leading month and day is the date; the year mentioned later only completes it.
  const lead = MONTH_DAY.exec(text);
  if (lead && (!full || full.length === 4)) {
    const y = full ?? year;
    return y ? isoDate(y, lead[1], lead[2]) : null;
  }
  if (full) return full;
  const md = /(1[0-2]|0?[1-9])月(?:([12]\d|3[01]|0?[1-9])日)?/.exec(text);
  return md && year ? isoDate(year, md[1], md[2]) : year;
}

/**
 * Things that happened: named meetings, forums, awards (会议 论坛 奖 …); dated
 * sentences of a chronicle whose verb is an event verb; the headline of each item of an event list.
 */
export const eventRecognizer: EntityRecognizer = {
  name: 'event',
  confidence: 0.75,
  recognize(doc, found) {
    const { text } = doc;
    const out = new EntityCollector(text);
    const year = doc.profile.year;
    // A body named inside another's name (国家某某局 in 某国国家某某局) is not a party of its own.
    const bodies = outermostPhrases(found.filter((e) => e.label === 'Institution').flatMap((e) => e.mentions));
    const isBody = (c: { start: number; end: number }) => bodies.some((m) => m.start <= c.start && c.end <= m.end);
    /** Where the events found so far are named, so a clause or a case inside one adds no second event. */
    const told: { start: number; end: number }[] = [];
    /** An event named at `start`, dated by its sentence unless `date` says otherwise. */
    const addNamed = (name: string, start: number, kind: string, date?: string | null) => {
      const sentence = spanAt(doc.sentences, start);
      const mention = { start, end: start + name.length, surface: name };
      told.push(mention);
      out.add('Event', name, [], { kind, date: date ?? sentenceDate(sentence?.text ?? '', year), text: sentence?.text ?? name }, mention);
    };

    const titleAt = text.indexOf(doc.title);
    /** A headline event (…新闻发布会召开) is dated by the first dated sentence that tells of it (7月15日，…举行新闻发布会). */
    const headlineDate = (head: string) => {
      const telling = doc.sentences.find((s) => !s.isHeading && (MONTH_DAY.test(s.text) || FULL_DATE_LEAD.test(s.text)) && s.text.includes(head));
      return telling ? sentenceDate(telling.text, year) : null;
    };
    const headlines: { name: string; head: string }[] = [];
    for (const c of outermostPhrases(headPhrases(doc, EVENT_HEADS, { keepYear: true }))) {
      // A bare 新闻发布会 in the body is the headline's (…新闻发布会召开): one more mention of it.
      const headline = GENERIC_EVENTS.test(c.text) ? headlines.find((h) => h.name.endsWith(c.text)) : undefined;
      if (headline) {
        out.add('Event', headline.name, [], {}, { start: c.start, end: c.end, surface: c.text });
        continue;
      }
      if (GENERIC_NAMES.has(c.text) || GENERIC_EVENTS.test(c.text) || c.text.length < 4 || KIND_WORD.test(c.text) || isBody(c)) continue;
      const inTitle = titleAt >= 0 && c.start >= titleAt && c.end <= titleAt + doc.title.length;
      if (inTitle) headlines.push({ name: c.text, head: c.head });
      addNamed(c.text, c.start, eventKind(c.head), inTitle ? headlineDate(c.head) : null);
    }
    for (const m of text.matchAll(PARTY_MEETING)) addNamed(m[0], m.index, 'meeting');
    for (const s of doc.sentences) {
      for (const m of s.text.matchAll(SIGNING)) {
        const joinAt = s.start + m.index;
        const second = bodies.find((b) => b.start === joinAt + 1 && b.end === joinAt + 1 + m[1].length);
        const first = bodies.filter((b) => b.end === joinAt && b.start >= s.start).sort((a, b) => a.start - b.start)[0];
        if (!first || !second) continue;
        addNamed(text.slice(first.start, joinAt + m[0].length), first.start, 'signing');
      }
    }
    for (const m of text.matchAll(FAIR_SHORT_NAME)) addNamed(m[0], m.index, 'fair');
    // A case a court heard is named by the court, the instance and the case: 某法院一审判决某某纠纷案.
    for (const m of text.matchAll(CASE_HEARD)) {
      const sentence = spanAt(doc.sentences, m.index);
      if (!sentence) continue;
      // 其审理的…: the court is the sentence's subject.
      const pronoun = text[m.index - 1] === '其';
      const court = pronoun
        ? bodies.filter((b) => b.start >= sentence.start && b.end <= m.index).sort((a, b) => a.start - b.start)[0]
        : bodies.find((b) => b.end === m.index && b.start >= sentence.start);
      if (!court || !/(?:法院|法庭)$/.test(text.slice(court.start, court.end))) continue;
      const name = `${text.slice(court.start, court.end)}${m[2] ? `${m[2]}判决` : '审理'}${m[1].replace(/的/g, '')}`;
      const start = pronoun ? m.index - 1 : court.start;
      const mention = { start, end: m.index + m[0].length, surface: text.slice(start, m.index + m[0].length) };
      out.add('Event', name, [], { kind: 'case', date: sentenceDate(sentence.text, year), text: sentence.text }, mention);
      told.push(mention);
    }
    // A meeting between parties (某局与某局举行会谈, 某局长会见来访的某局局长) is an occasion wherever it is told.
    for (const s of doc.sentences) {
      if (s.isHeading) continue;
      for (const clause of talksIn(text, s)) {
        if (!bodies.some((b) => b.start >= clause.start && b.end <= clause.end) || told.some((t) => t.start < clause.end && clause.start < t.end)) continue;
        const words = text.slice(clause.start, clause.end);
        // Every party stays in the name: who met whom is what the occasion is.
        const name = occasionName(words, []);
        out.add('Event', name, name === words ? [] : [words], { kind: 'meeting', date: sentenceDate(s.text, year), text: s.text }, { ...clause, surface: words });
        told.push(clause);
      }
    }

    // In a list of events each item is one event: its dated sentences tell its date, not further events.
    const listItems = doc.profile.genre === 'chronicle' ? doc.sections.filter((x) => x.level === 1 && x.kind !== 'month') : [];
    const inListItem = (at: number) => listItems.some((x) => x.end <= at && at < x.bodyEnd);
    const chronicle = doc.sections.some((x) => x.kind === 'month');
    for (const s of doc.sentences) {
      if (s.isHeading || inListItem(s.start)) continue;
      const lead = MONTH_DAY.exec(s.text) ?? FULL_DATE_LEAD.exec(s.text);
      if (!lead || !EVENT_VERB.test(s.text)) continue;
      const clause = s.text.slice(lead[0].length).replace(/^[，,、\s]+/, '').split(/[，。；]/)[0];
      if (clause.length < 4 || out.has('Event', clause)) continue;
      const mention = { start: s.start + s.text.indexOf(clause), end: s.start + s.text.indexOf(clause) + clause.length, surface: clause };
      // Outside a chronicle, 2024江苏知识产权保护大会在南京举行 tells of the event named in it, and
      // …举行新闻发布会 of the headline's 新闻发布会; a chronicle's dated items are events of their own.
      if (!chronicle && told.some((m) => m.start >= mention.start && m.end <= mention.end)) continue;
      if (!chronicle && headlines.some((h) => clause.endsWith(h.head))) continue;
      // 印发《某某办法》: issuing an instrument is told by ISSUED, not as an occasion.
      if (ISSUING_ONLY.test(clause)) continue;
      const inClause = bodies.filter((b) => b.start >= mention.start && b.end <= mention.end).sort((a, b) => a.start - b.start);
      const name =
        announcedTopic(clause, s.text.slice(mention.end - s.start)) ?? occasionName(clause, inClause.map((b) => ({ start: b.start - mention.start, end: b.end - mention.start })));
      out.add('Event', name, name === clause ? [] : [clause], { kind: eventKind(clause), date: sentenceDate(s.text, year), text: s.text }, mention);
    }

    for (const section of listItems) {
      const body = text.slice(section.end, section.bodyEnd);
      const mention = { start: section.end - section.title.length, end: section.end, surface: section.title };
      out.add('Event', section.title, [], { kind: eventKind(section.title), date: sentenceDate(body, year), text: section.title }, mention);
      told.push(mention);
    }
    for (const m of text.matchAll(ANONYMISED_CASE)) {
      const end = m.index + m[0].length;
      if (inListItem(m.index) || told.some((t) => t.start < end && m.index < t.end)) continue;
      addNamed(m[0], m.index, 'case');
    }
    return out.entities();
  },
};
