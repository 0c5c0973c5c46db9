import type { LifecycleField } from '../../core/lifecycle.ts';
import { normalizeName } from '../../core/names.ts';
import type { IsoDate } from '../dates.ts';
import type { ExtractedDocument, ExtractedEntity, Span } from '../types.ts';
import { datesIn, type DateMention } from './dates.ts';

/** A passage of the text a fact was read from. */
export interface Passage extends Span {
  text: string;
}

/** An instrument the text cites by its title (《…》) that extraction did not find, and where. */
export interface CitedName extends Span {
  name: string;
}

/** An extracted Policy, or one the text cites that extraction missed. */
export type PolicyRef = ExtractedEntity | CitedName;

export const isCitedName = (ref: PolicyRef): ref is CitedName => !('key' in ref);

/** A date of a policy's life cycle. */
export interface DateFact {
  policy: PolicyRef;
  field: LifecycleField;
  date: IsoDate;
  evidence: Passage;
}

export interface LinkFact {
  type: 'AMENDS' | 'REPLACES';
  head: PolicyRef;
  tail: PolicyRef;
  evidence: Passage;
}

/** A date whose value is another fact's: 《旧条例》同时废止 ends the old one when the new one takes effect. */
interface SameDayFact extends Omit<DateFact, 'date'> {
  sameAs: { policy: ExtractedEntity; field: LifecycleField };
}

export interface LifecycleReading {
  self: ExtractedEntity | null;
  dates: DateFact[];
  links: LinkFact[];
}

/** How an instrument refers to itself: 本条例, 本办法, 本规划 … */
const SELF_REFERENCE = /本(?:条例|办法|规定|细则|意见|规划|方案|纲要|决定|计划|措施|指引|通知|规则|准则|章程)/;
/** The verbs of a header note, each naming the date before it. */
const NOTE_VERBS: [RegExp, LifecycleField][] = [
  [/通过/, 'adopted'],
  [/公布|发布|印发|颁布/, 'issued'],
  [/修正|修订|修改/, 'amended'],
  [/施行|实施|生效/, 'effective'],
  [/废止/, 'repealed'],
];
/** Lines under the title looked at for adoption and promulgation notes. */
const HEADER_LINES = 8;
/** Where the body of a regulation or plan starts: 第一章, 第一条, 一、 */
const BODY_START = /^(?:第[一二三四五六七八九十百零〇]+[章条节]|[一二三四五六七八九十]+、)/;
const NOTE_MAX_CHARS = 240;
const EFFECTIVE_AFTER_DATE = /^\s*(?:起|开始)?\s*(?:正式)?\s*(?:施行|实施|生效)/;
const EFFECTIVE_ON_ISSUE = /自(?:印发|发布|公布|颁布)之日起(?:施行|实施|生效)/;
const ISSUE_VERB = /印发|发布|出台|颁布|公布/g;
const EXPIRES = /有效期(?:至|到)\s*$/;
const TITLE_MARKS = /《([^《》]{2,80})》/g;
/** A sentence can state a life-cycle fact only with one of these words; the others are not read further. */
const LIFECYCLE_WORDS = /废止|施行|实施|生效|印发|发布|出台|颁布|公布|有效期/;

interface Mention {
  policy: PolicyRef;
  start: number;
  end: number;
}

/** The Policy whose mention lies in the document's title: the instrument the document is. */
function selfPolicy(doc: ExtractedDocument, policies: ExtractedEntity[]): ExtractedEntity | null {
  const at = doc.text.indexOf(doc.title);
  const title = normalizeName(doc.title);
  const inTitle = policies.filter((p) =>
    (at >= 0 && p.mentions.some((m) => m.start >= at && m.end <= at + doc.title.length)) || normalizeName(p.name) === title,
  );
  return inTitle.sort((a, b) => b.name.length - a.name.length)[0] ?? null;
}

/** Every mention of a Policy, by start. */
const policyMentions = (policies: ExtractedEntity[]): Mention[] =>
  policies.flatMap((policy) => policy.mentions.map((m) => ({ policy, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);

/** The first index of `sorted` whose start is at least `at`. */
function firstFrom(sorted: Mention[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Policies named in [start, end): extracted mentions, and any 《…》 title no extracted Policy covers. */
function policiesIn(doc: ExtractedDocument, mentions: Mention[], policies: ExtractedEntity[], start: number, end: number): Mention[] {
  const found: Mention[] = [];
  for (let i = firstFrom(mentions, start); i < mentions.length && mentions[i].start < end; i++) if (mentions[i].end <= end) found.push(mentions[i]);
  for (const m of doc.text.slice(start, end).matchAll(TITLE_MARKS)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (!found.some((f) => f.start < e && s < f.end)) found.push({ policy: byName(policies, m[1]) ?? { name: m[1], start: s + 1, end: e - 1 }, start: s, end: e });
  }
  return found.sort((a, b) => a.start - b.start);
}

const byName = (policies: ExtractedEntity[], name: string) => {
  const key = normalizeName(name);
  return policies.find((p) => [p.name, ...p.aliases].some((n) => normalizeName(n) === key));
};

/** The lines under the title, up to the body, that state a date: adoption, promulgation and commencement notes. */
function headerNotes(doc: ExtractedDocument): Passage[] {
  const titleAt = doc.text.indexOf(doc.title);
  let at = titleAt >= 0 ? doc.text.indexOf('\n', titleAt + doc.title.length) + 1 : 0;
  const notes: Passage[] = [];
  for (let lines = 0; at > 0 && at < doc.text.length && lines < HEADER_LINES; ) {
    const next = doc.text.indexOf('\n', at);
    const end = next < 0 ? doc.text.length : next;
    const line = doc.text.slice(at, end).trim();
    if (line) {
      if (BODY_START.test(line)) break;
      if (line.length <= NOTE_MAX_CHARS && datesIn(line).length) notes.push({ start: at, end, text: doc.text.slice(at, end) });
      lines++;
    }
    at = end + 1;
  }
  return notes;
}

/** Each date of a note with the verb that follows it: （2015年9月25日…会议通过　根据2020年…决定修正）. */
function noteFacts(note: Passage): { field: LifecycleField; date: IsoDate }[] {
  const dates = datesIn(note.text);
  return dates.flatMap((d, i) => {
    const tail = note.text.slice(d.end, dates[i + 1]?.start ?? note.text.length);
    return NOTE_VERBS.filter(([verb]) => verb.test(tail)).map(([, field]) => ({ field, date: d.date }));
  });
}

const nearestBefore = (dates: DateMention[], pos: number) => [...dates].reverse().find((d) => d.end <= pos);

/**
 * What the text states about the life cycle of its instruments: the notes
 * under a regulation's title (adopted, promulgated, in force, amended), its
 * commencement article (本条例自…起施行) and the instruments it repeals
 * (…同时废止), and in any text, dated commencements and issues of the
 * instruments it cites (《某办法》自2025年5月1日起施行; 2024年3月，某局印发《某办法》).
 */
export function readLifecycle(doc: ExtractedDocument, entities: ExtractedEntity[]): LifecycleReading {
  const policies = entities.filter((e) => e.label === 'Policy');
  const self = selfPolicy(doc, policies);
  const mentions = policyMentions(policies);
  const dates: DateFact[] = [];
  const sameDay: SameDayFact[] = [];
  const links: LinkFact[] = [];

  if (self) {
    for (const note of headerNotes(doc)) {
      for (const { field, date } of noteFacts(note)) dates.push({ policy: self, field, date, evidence: note });
    }
  }

  for (const sentence of doc.sentences) {
    if (sentence.isHeading || !LIFECYCLE_WORDS.test(sentence.text)) continue;
    const text = sentence.text;
    const evidence = { start: sentence.start, end: sentence.end, text };
    const sentenceDates = datesIn(text);
    const speaksOfItself = self !== null && SELF_REFERENCE.test(text);
    const cited = policiesIn(doc, mentions, policies, sentence.start, sentence.end).filter((m) => m.policy !== self);

    if (speaksOfItself) {
      for (const d of sentenceDates) {
        if (EFFECTIVE_AFTER_DATE.test(text.slice(d.end))) dates.push({ policy: self, field: 'effective', date: d.date, evidence });
      }
      if (EFFECTIVE_ON_ISSUE.test(text)) sameDay.push({ policy: self, field: 'effective', sameAs: { policy: self, field: 'issued' }, evidence });
      for (const d of sentenceDates) {
        if (EXPIRES.test(text.slice(0, d.start))) dates.push({ policy: self, field: 'expires', date: d.date, evidence });
      }
    }

    const repealAt = text.indexOf('废止');
    if (repealAt >= 0) {
      const repealed = cited.filter((m) => m.end - sentence.start <= repealAt);
      const stated = sentenceDates.find((d) => d.end <= repealAt && /起\s*$/.test(text.slice(d.end, d.end + 2)));
      for (const m of repealed) {
        if (stated) dates.push({ policy: m.policy, field: 'repealed', date: stated.date, evidence });
        else if (self && (speaksOfItself || /同时废止/.test(text))) {
          sameDay.push({ policy: m.policy, field: 'repealed', sameAs: { policy: self, field: 'effective' }, evidence });
        }
        if (self && (speaksOfItself || /同时废止/.test(text))) links.push({ type: 'REPLACES', head: self, tail: m.policy, evidence });
      }
    }

    if (!speaksOfItself) {
      for (const d of sentenceDates) {
        if (!EFFECTIVE_AFTER_DATE.test(text.slice(d.end))) continue;
        const before = [...cited].reverse().find((m) => m.end - sentence.start <= d.start);
        if (before) dates.push({ policy: before.policy, field: 'effective', date: d.date, evidence });
      }
    }

    for (const verb of text.matchAll(ISSUE_VERB)) {
      const date = nearestBefore(sentenceDates, verb.index);
      if (!date) continue;
      const nextDate = sentenceDates.find((d) => d.start > verb.index)?.start ?? text.length;
      const nextVerb = [...text.slice(verb.index + verb[0].length).matchAll(ISSUE_VERB)][0];
      const until = Math.min(nextDate, nextVerb ? verb.index + verb[0].length + nextVerb.index : text.length);
      for (const m of cited) {
        const at = m.start - sentence.start;
        if (at >= verb.index + verb[0].length && at < until) dates.push({ policy: m.policy, field: 'issued', date: date.date, evidence });
      }
    }
  }

  links.push(...amendingDecisions(doc, policies));
  dates.push(...revisionYears(policies));
  for (const fact of sameDay) {
    const source = dates.find((d) => d.policy === fact.sameAs.policy && d.field === fact.sameAs.field);
    if (source) dates.push({ policy: fact.policy, field: fact.field, date: source.date, evidence: fact.evidence });
  }
  return { self, dates, links: dedupeLinks(links) };
}

/** 关于修改《某条例》的决定 AMENDS 某条例. */
function amendingDecisions(doc: ExtractedDocument, policies: ExtractedEntity[]): LinkFact[] {
  return policies.flatMap((decision) => {
    const first = decision.mentions[0];
    const m = first && /修改\s*[《〈]([^《》〈〉]+)[》〉]/.exec(first.surface);
    if (!m) return [];
    const at = first.start + m.index + m[0].indexOf(m[1]);
    const sentence = doc.sentences.find((s) => s.start <= first.start && first.end <= s.end);
    const evidence = sentence ? { start: sentence.start, end: sentence.end, text: sentence.text } : { start: first.start, end: first.end, text: first.surface };
    return [{ type: 'AMENDS' as const, head: decision, tail: byName(policies, m[1]) ?? { name: m[1], start: at, end: at + m[1].length }, evidence }];
  });
}

/** 某规定（2025年修订）: the name itself dates the revision. */
function revisionYears(policies: ExtractedEntity[]): DateFact[] {
  return policies.flatMap((policy) => {
    for (const mention of policy.mentions) {
      const m = /[（(]\s*((?:19|20)\d{2})\s*年\s*(?:修订|修正)\s*[）)]/.exec(mention.surface);
      if (m) return [{ policy, field: 'amended' as const, date: m[1], evidence: { start: mention.start, end: mention.end, text: mention.surface } }];
    }
    return [];
  });
}

function dedupeLinks(links: LinkFact[]): LinkFact[] {
  const key = (p: PolicyRef) => (isCitedName(p) ? normalizeName(p.name) : p.key);
  const seen = new Set<string>();
  return links.filter((l) => {
    const k = `${l.type}|${key(l.head)}|${key(l.tail)}`;
    if (seen.has(k) || key(l.head) === key(l.tail)) return false;
    seen.add(k);
    return true;
  });
}
