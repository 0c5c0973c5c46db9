import type { AnalyzedDocument } from '../analyze/profile.ts';
import type { Sentence, Span } from '../types.ts';
import { Gazetteer } from './lexicon/gazetteer.ts';
import { ADVANCE_VERBS, ASSIST_WORDS, CONDUCT_VERBS, DUTY_VERBS, HOLD_VERBS, ISSUE_VERBS, MODAL_LEAD, OPERATE_VERBS, PARTNER_WORDS, PIVOT_VERBS, SETUP_VERBS } from './lexicon/verbs.ts';

/** A body named in the text, as the clause reader needs it. */
export interface BodyAt extends Span {
  key: string;
}

/**
 * One clause read as who does what: the bodies acting (named, inherited from
 * the clause before, or none: the text's own speaker), those acting with them,
 * the verb, and where its object lies.
 */
export interface ClauseFrame {
  sentence: Sentence;
  clause: Span;
  /** Bodies that act; empty when the clause names none (a report's implicit subject). */
  agents: BodyAt[];
  /** Whether the agents were named in this clause, rather than inherited or implicit. */
  agentsNamed: boolean;
  /** 鼓励企业开展…: someone acts who is no body of the text; the clause's implicit subject is not the speaker. */
  agentsUnknown: boolean;
  /** The clause's own subject (named or carried over), before a pivot hands the verb to others. */
  subjects: BodyAt[];
  /** 鼓励, 委托, 指导…: the word that made `agents` the bodies after it. */
  pivot?: string;
  /** 会同X, 联合X, 与X共同: bodies acting with the agents. */
  partners: BodyAt[];
  /** 配合X: the body leading what the agents assist with. */
  leads: BodyAt[];
  /** The agents of the clause before in the sentence: whom a clause that only assists (…应当予以协助) works with. */
  before: BodyAt[];
  /** The verb, when one of the verb classes acts in the clause; a clause may state only who works with whom. */
  verb?: string;
  verbStart: number;
  /** The object: from after the verb to the end of the clause; before 由 in a passive clause. */
  object: Span;
  /** 某某处罚由某部门实施: the object comes first, the agents after 由. */
  passive?: boolean;
}

/** Pivots whose subject's own measure is what it guides others to do (引导企业建立…). */
const GUIDING_PIVOTS = new Set(['引导', '指导', '督促', '推动', '帮助', '组织', '委托']);
/** Bodies named vaguely after a list of subjects: …以及其他有关行政部门, …等有关部门. */
const VAGUE_CO_SUBJECTS = /^(?:（[^（）]{1,20}）)?(?:以及|和|及|、)?(?:其他)?(?:有关|相关)(?:行政)?(?:部门|单位|机构)(?:等)?/;
const PASSIVE_VERBS = ['组织实施', '实施', '执行', '负责', '查处', '处理', '承担'];

/**
 * 本条例规定的行政处罚、行政强制措施由某部门实施: a clause whose object comes
 * first, the bodies after 由 doing it.
 */
function passiveFrame(text: string, bodies: readonly BodyAt[], sentence: Sentence, clause: Span, from: number): (VerbFrame & { passive: true }) | null {
  const local = text.slice(from, clause.end).indexOf('由');
  if (local < 2) return null;
  const by = from + local;
  const listed = bodiesFrom(text, bodies, by + 1);
  if (!listed.list.length) return null;
  const at = afterModals(text, listed.end, clause.end);
  const verb = startsWithOneOf(text.slice(at, clause.end), PASSIVE_VERBS);
  if (!verb) return null;
  return { sentence, clause, agents: listed.list, agentsNamed: true, agentsUnknown: false, subjects: listed.list, partners: [], leads: [], before: [], verb, verbStart: at, object: { start: from, end: by }, passive: true };
}

/** A frame whose clause has a verb of the classes. */
export type VerbFrame = ClauseFrame & { verb: string };
export const hasVerb = (f: ClauseFrame): f is VerbFrame => f.verb !== undefined;

/** A clause whose named bodies only assist the clause before: 公安、工商等部门应当予以协助. */
export const ASSISTING = /^(?:应当|应|可以|要)?(?:积极|主动|依法)?(?:予以|给予)?(?:协助|配合|支持|协同)(?:查处|处理|工作)?$/;

const CLAUSE_BREAK = /[，；：。！？]/;
const ARTICLE_LEAD = /^\s*第[一二三四五六七八九十百零〇\d]+条\s*/;
/** What opens a clause before its subject: time, scope, condition (2025年，…; 对…的，…). */
const ADVERBIAL_LEAD = /^(?:\s|一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|同时|此外|另外|其中|全年|目前|近年来|今年以来)+/;
/** 双方将…, 三方还将…: the parties the clause before named go on as its subject. */
const PARTIES_LEAD = /^(?:双方|三方|四方|多方|各方|两地|三地)(?:将|还将|也将|拟|还|也|一致同意|同意)*/;

const longestFirst = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);
const VERBS = longestFirst([...SETUP_VERBS, ...CONDUCT_VERBS, ...ADVANCE_VERBS, ...DUTY_VERBS, ...ISSUE_VERBS, ...OPERATE_VERBS, ...HOLD_VERBS]);
const PIVOTS = longestFirst(PIVOT_VERBS);
const PARTNERS = longestFirst(PARTNER_WORDS);
const ASSISTS = longestFirst(ASSIST_WORDS);
/** A clause that goes on counting what the clause before did: (以及)某地、某地等2个…, 6个…. */
const COUNT_GOES_ON = /^(?:以及|及|和|并)?(?:[\u4e00-\u9fa5]{2,8}、)*(?:[\u4e00-\u9fa5]{2,8}等)?\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:余|多)?\s*(?:个|家|座|所|处|项|件|场|批)/;
/** A second verb joined to the first (制定和实施…): both take the object. */
const COORDINATED_VERB = new RegExp(`^(?:和|并|及|、)(?:${VERBS.join('|')})`);

const startsWithOneOf = (text: string, words: readonly string[]) => words.find((w) => text.startsWith(w));
/** The verb classes as a trie: the longest verb starting at a position, asked for every clause. */
const VERB_TRIE = new Gazetteer<string>();
for (const v of VERBS) VERB_TRIE.add(v, v);
const verbAt = (text: string, at: number, end: number): string | undefined => {
  const m = VERB_TRIE.matchAt(text, at);
  return m && m.end <= end ? m.value : undefined;
};

/** Clause spans of a sentence, split at ，；：。 */
export function clausesOf(text: string, sentence: Span): Span[] {
  const spans: Span[] = [];
  let from = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (CLAUSE_BREAK.test(text[i])) {
      if (i > from) spans.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (from < sentence.end) spans.push({ start: from, end: sentence.end });
  return spans;
}

/** The bodies listed from `at` on (A、B和C), and where the list ends. */
function bodiesFrom(text: string, bodies: readonly BodyAt[], at: number): { list: BodyAt[]; end: number } {
  const list: BodyAt[] = [];
  let pos = at;
  for (;;) {
    const next = bodies.find((b) => b.start === pos);
    if (!next) break;
    list.push(next);
    pos = next.end;
    // 某某局（某某办）: a bracketed other name belongs to the body.
    const bracket = /^[（(][^（）()]{1,20}[）)]/.exec(text.slice(pos));
    if (bracket) pos += bracket[0].length;
    const joiner = /^(?:、|和|及|以及|与|或者|或)/.exec(text.slice(pos));
    if (!joiner || !bodies.some((b) => b.start === pos + joiner[0].length)) break;
    pos += joiner[0].length;
  }
  return { list, end: pos };
}

/** Verbs a body does before the one that names the deed: 评选发布, 遴选发布, 审核认定. */
const CO_VERB = /^(?:评选|遴选|审核|研究|编制|起草|修订|牵头|统筹|推动|指导)$/;

/** A phrase of beneficiary, object or means before the verb: 为企业…, 对…的单位…, 通过…途径…. */
const PREPOSITION = /^(?:为|对|向|给|就|通过|经|将|把|在|面向|针对|围绕)/;

/** Where the first verb of the verb classes begins in [from, end), or -1. */
function firstVerbIn(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (verbAt(text, i, end)) return i;
  return -1;
}

/**
 * Where the last verb of the verb classes with an object after it begins in [from, end), or -1: the verb a
 * prepositional phrase leads to. A verb inside a title (在某地签署《关于深化某某审查合作的协议》) is part of a name.
 */
function lastVerbIn(text: string, from: number, end: number): number {
  let titles = 0;
  for (let i = end - 1; i >= from; i--) {
    if (text[i] === '》') titles++;
    else if (text[i] === '《') titles = Math.max(0, titles - 1);
    if (titles > 0) continue;
    const verb = verbAt(text, i, end);
    if (verb && i + verb.length < end) return i;
  }
  return -1;
}

/** 并 and a verb of the classes inside a clause: where a second deed begins. */
function secondDeed(text: string, from: number, end: number): { at: number; verbStart: number; verb: string } | null {
  const clause = text.slice(from, end);
  for (let k = clause.indexOf('并'); k >= 0; k = clause.indexOf('并', k + 1)) {
    const i = from + k;
    const verbStart = afterModals(text, i + 1, end);
    const verb = verbAt(text, verbStart, end);
    if (verb) return { at: i, verbStart, verb };
  }
  return null;
}

/** Skips modal and manner words (应当依法…). */
const afterModals = (text: string, at: number, end: number) => at + (MODAL_LEAD.exec(text.slice(at, end))?.[0].length ?? 0);

/**
 * Reads every clause of the document's sentences as a frame. `bodies` are the
 * document's Institution occurrences, sorted by start, outermost only.
 */
/** Frames of the last documents asked, by the bodies they were read with: three stages read the same clauses. */
const frameCache = new WeakMap<object, { signature: string; frames: ClauseFrame[] }>();

export function clauseFrames(doc: AnalyzedDocument, bodies: readonly BodyAt[]): ClauseFrame[] {
  const signature = bodies.map((b) => `${b.key}@${b.start}-${b.end}`).join('|');
  const cached = frameCache.get(doc);
  if (cached?.signature === signature) return cached.frames;
  const frames = readFrames(doc, bodies);
  frameCache.set(doc, { signature, frames });
  return frames;
}

function readFrames(doc: AnalyzedDocument, bodies: readonly BodyAt[]): ClauseFrame[] {
  const { text } = doc;
  const frames: ClauseFrame[] = [];
  let inherited: BodyAt[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.isHeading) continue;
    // A sentence cut at ； goes on with the subject of the one before (…应当…；制定和实施…).
    if (!/；\s*$/.test(text.slice(Math.max(0, sentence.start - 2), sentence.start))) inherited = [];
    let lastVerb: string | undefined;
    let before: BodyAt[] = [];
    for (const clause of clausesOf(text, sentence)) {
      let at = clause.start;
      at += ARTICLE_LEAD.exec(text.slice(at, clause.end))?.[0].length ?? 0;
      at += ADVERBIAL_LEAD.exec(text.slice(at, clause.end))?.[0].length ?? 0;
      const passive = passiveFrame(text, bodies, sentence, clause, at);
      if (passive) {
        frames.push({ ...passive, before });
        before = passive.agents;
        continue;
      }
      const named = bodiesFrom(text, bodies, at);
      const agentsNamed = named.list.length > 0;
      if (!agentsNamed && inherited.length > 1) at += PARTIES_LEAD.exec(text.slice(at, clause.end))?.[0].length ?? 0;
      if (agentsNamed) at = named.end + (VAGUE_CO_SUBJECTS.exec(text.slice(named.end, clause.end))?.[0].length ?? 0);
      let pivoted: BodyAt[] = [];
      let pivotWord: string | undefined;
      let agentsUnknown = false;
      at = afterModals(text, at, clause.end);
      const partners: BodyAt[] = [];
      const leads: BodyAt[] = [];
      // 会同X、Y / 联合X / 配合X / 鼓励X: bodies around the verb.
      for (let guard = 0; guard < 3; guard++) {
        const rest = text.slice(at, clause.end);
        const partner = startsWithOneOf(rest, PARTNERS);
        const assist = !partner && startsWithOneOf(rest, ASSISTS);
        // 组织开展 is a verb of its own, not the pivot 组织.
        const verbHere = startsWithOneOf(rest, VERBS);
        const pivot = !partner && !assist && startsWithOneOf(rest, PIVOTS);
        if (pivot && verbHere && verbHere.length > pivot.length) break;
        const word = partner || assist || pivot;
        if (!word) break;
        const listed = bodiesFrom(text, bodies, at + word.length);
        if (!listed.list.length) {
          // 鼓励企业开展…: the agents are no body of the text; the verb still says what is done.
          // 引导企业建立…: guiding others to do it is the subject's own measure.
          if (pivot) {
            agentsUnknown = !GUIDING_PIVOTS.has(pivot);
            const later = firstVerbIn(text, at + word.length, clause.end);
            if (later >= 0) at = later;
          } else if (assist) at = afterModals(text, at + word.length, clause.end); // 配合制定…: assisting whom the text does not say.
          break;
        }
        if (partner) partners.push(...listed.list);
        else if (assist) leads.push(...listed.list);
        else {
          pivoted = listed.list;
          pivotWord = pivot || undefined;
        }
        at = afterModals(text, listed.end, clause.end);
        // 与X共同…, 配合X等…, 鼓励X、行业协会等…: the words that close the list.
        at += /^(?:(?:、[\u4e00-\u9fa5]{2,10})*等(?:部门|单位)?|共同|一道|一起|联合|合作|会商|协商)*/.exec(text.slice(at, clause.end))?.[0].length ?? 0;
        at = afterModals(text, at, clause.end);
      }
      // 为企业提供…, 对…的发明人给予…: a prepositional phrase before the verb.
      if (!verbAt(text, at, clause.end) && PREPOSITION.test(text.slice(at, clause.end))) {
        const later = lastVerbIn(text, at + 1, clause.end);
        if (later >= 0) at = later;
      }
      // 评选发布…, 遴选发布…: a verb of the classes after a verb of its own.
      if (!verbAt(text, at, clause.end)) {
        const coVerb = [1, 2].find((k) => /^[\u4e00-\u9fa5]+$/.test(text.slice(at, at + k)) && !bodies.some((b) => b.start === at) && verbAt(text, at + k, clause.end));
        if (coVerb && CO_VERB.test(text.slice(at, at + coVerb))) at += coVerb;
      }
      // 新设28个A平台，B、C等2个D平台，以及6个E平台: a clause that only goes on counting takes the verb before it.
      const verb = verbAt(text, at, clause.end) ?? (lastVerb && COUNT_GOES_ON.test(text.slice(at, clause.end)) ? lastVerb : undefined);
      const carried = verb !== undefined && !text.startsWith(verb, at);
      if (agentsNamed) inherited = named.list;
      const subjects = agentsNamed ? named.list : inherited;
      // 鼓励X开展Y: X does Y. Otherwise the clause's own subject, else the one before it in the sentence.
      const agents = pivoted.length ? pivoted : agentsUnknown ? [] : subjects;
      if (verb) lastVerb = verb;
      let objectStart = verb ? (carried ? at : at + verb.length) : at;
      const coordinated = verb ? COORDINATED_VERB.exec(text.slice(objectStart, clause.end)) : null;
      if (coordinated) objectStart += coordinated[0].length;
      // 负责某某工作并组织实施本条例: a second deed of the same agents after 并.
      const then = secondDeed(text, verb ? objectStart : at, clause.end);
      const frame = { sentence, clause, agents, agentsNamed, agentsUnknown, subjects, pivot: pivotWord, partners, leads, before, verb, verbStart: at, object: { start: objectStart, end: then?.at ?? clause.end } };
      frames.push(frame);
      if (then) frames.push({ ...frame, verb: then.verb, verbStart: then.verbStart, object: { start: then.verbStart + then.verb.length, end: clause.end } });
      if (agents.length) before = agents;
    }
  }
  return frames;
}
