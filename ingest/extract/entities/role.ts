import type { AnalyzedDocument } from '../../analyze/profile.ts';
import type { RecognizedEntity } from '../../types.ts';
import { REGIONS, regionEntry, type RegionEntry } from '../lexicon/regions.ts';
import {
  DEPARTMENT_HEADS, DUTY_CLAUSE, GOVERNMENT, LEVEL_QUALIFIER, OWN_LEVELS, ROLE_BODIES, ROLE_DOMAINS, ROLE_LEVELS, VAGUE_ROLES,
} from '../lexicon/roles.ts';
import type { EntityRecognizer } from '../types.ts';
import { EntityCollector } from './build.ts';
import { tokensOf } from './phrases.ts';
import { firstStartingAt } from '../spans.ts';
import { BOUNDARY_LEADING_CHARS } from '../lexicon/boundary.ts';
import { ADVANCE_VERBS, ASSIST_WORDS, CONDUCT_VERBS, PARTNER_WORDS, PIVOT_VERBS, SETUP_VERBS } from '../lexicon/verbs.ts';

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[()（）]/g, '\\$&')).join('|');

const LEVEL = `(?:有条件的)?(?:${alternation(ROLE_LEVELS)})(?!场|域|块)`;
/** 省、设区的市和县（市、区）: the levels one role is named at. */
const LEVELS = `${LEVEL}(?:(?:、|和|及|以及|或者)${LEVEL})*`;
const DOMAIN = `(?:${alternation(ROLE_DOMAINS)})`;
const FIELD = `(?:${DUTY_CLAUSE.source}|${DOMAIN}(?:和${DOMAIN})?)`;
const DEPARTMENT = `(?:${alternation(DEPARTMENT_HEADS)})`;
const BODY = `(?:${alternation(ROLE_BODIES.map(([b]) => b))})`;

/**
 * One role phrase: levels, then a government, a department (by field or by
 * duty) of it, or a body whose role is its name. Groups: levels, government,
 * field, head.
 */
const ROLE = new RegExp(`(${LEVELS})?(${GOVERNMENT})?(?:(${FIELD})(${DEPARTMENT})|(${BODY}))|(${LEVELS})(${GOVERNMENT})`, 'g');

/** 发展和改革、教育、科技等部门: departments listed by field before one head. */
const FIELD_LIST = new RegExp(`((?:[\\u4e00-\\u9fa5]{2,10}、)+[\\u4e00-\\u9fa5]{2,10}?)(等(?:有关|相关)?)?(${DEPARTMENT})`, 'g');
const KNOWN_FIELD = new RegExp(`^${DOMAIN}$`);
/** Where a listed field's text may begin: after a government and 及 (县级以上人民政府及财政、科技等部门). */
const LIST_LEAD = new RegExp(`^.*?(?:${GOVERNMENT}|[，。；：])(?:及|和|、)?`);
/** Whatever comes before the verb that takes a list of departments: 某部门应当会同|联合|配合…. */
const WORDS_BEFORE_LIST = /^.*(?:会同|联合|配合|协同|协助|督促|指导|组织|支持|鼓励|与)/;
/** A member of a list that is a department already. */
const DEPARTMENT_END = new RegExp(`(?:${alternation(DEPARTMENT_HEADS)})$`);
/** A verb before the first listed field (建立知识产权、商务等部门…) is the clause's, not the field's. */
const VERB_BEFORE_FIELD = new RegExp(`^(?:${[...SETUP_VERBS, ...CONDUCT_VERBS, ...ADVANCE_VERBS, ...PIVOT_VERBS, ...PARTNER_WORDS, ...ASSIST_WORDS].sort((a, b) => b.length - a.length).join('|')})+`);

const KIND_OF_BODY = new Map(ROLE_BODIES);

/** A body word that modifies a noun (海关知识产权保护, 人民法院诉讼服务平台) names no actor there. */
const MODIFYING = /^(?:知识产权|保护|执法|监管|系统|调解|平台|总署|关区|工作)/;
/** A government followed by the rest of a proper name (某省人民政府新闻办公室) is that name's, not a role. */
const NAME_GOES_ON = /^[\u4e00-\u9fa5]{0,6}?(?:办公厅|办公室|局|厅|委员会|委)/;

const COURT_RANK = /(?:高级|中级|基层|专门|海事|铁路|军事|互联网|金融|知识产权)$/;

/** Whether the text around a role find says it names no acting body there. */
function notAnActor(text: string, find: RoleFind): boolean {
  const after = text.slice(find.end, find.end + 10);
  if (find.isBody && MODIFYING.test(after)) return true;
  if (find.rest === GOVERNMENT && NAME_GOES_ON.test(after)) return true;
  // 某省高级人民法院, 某市第一中级人民法院: a court's rank before 人民法院 makes it one court's name.
  if (find.isBody && find.level === null && COURT_RANK.test(text.slice(Math.max(0, find.start - 4), find.start))) return true;
  // 独立的知识产权管理部门: a department described, not a role of government.
  return find.level === null && !find.isBody && text[find.start - 1] === '的';
}

interface RoleFind {
  /** Where the text names this one body: its own level or field in a list (省、…), through the head for the last. */
  start: number;
  end: number;
  level: string | null;
  /** What follows the level: a government, an administrative department of some field, a department the government charges with some work, a court. */
  rest: string;
  kind: 'government' | 'judicial' | 'other';
  /** A body whose role is its name (人民法院): a vague level before it (各级) is not part of it. */
  isBody: boolean;
}

/** The levels of a list with where each begins: 省、设区的市 → [省 at 0, 设区的市 at 2]. */
function splitLevels(levels: string, at: number): { level: string; start: number }[] {
  const out: { level: string; start: number }[] = [];
  let offset = 0;
  while (offset < levels.length) {
    const m = new RegExp(`^(${LEVEL})(?:、|和|及|以及|或者)?`).exec(levels.slice(offset));
    if (!m) break;
    out.push({ level: m[1], start: at + offset });
    offset += m[0].length;
  }
  return out;
}

/**
 * A one-character level that ends the name of a place (余杭区, 某某/县) is that
 * place's, not a level: a role starts a word, or follows a preposition the
 * segmenter glued to it (由市), or ends a place of the lexicon (浙江省) that it
 * then belongs to.
 */
function startsAWord(doc: { text: string }, at: number): boolean {
  if (!/[省市县区]/.test(doc.text[at])) return true;
  const words = tokensOf(doc);
  const i = firstStartingAt(words, at + 1) - 1;
  const word = words[i];
  if (!word || word.end <= at) return true;
  if (word.start === at) return !(words[i - 1]?.end === at && words[i - 1].tag === 'ns' && !regionEntry(words[i - 1].word));
  // 各市州…, 由市…: a word of every or of a preposition glued to the level.
  return (word.start === at - 1 && (BOUNDARY_LEADING_CHARS.includes(word.word[0]) || /^[各每]/.test(word.word))) || !!regionEntry(word.word);
}

function roleFinds(doc: { text: string }): RoleFind[] {
  const { text } = doc;
  const finds: RoleFind[] = [];
  for (const m of text.matchAll(ROLE)) {
    if (!startsAWord(doc, m.index)) continue;
    const levels = m[1] ?? m[6] ?? '';
    const government = m[2] ?? m[7] ?? '';
    const rest = government + (m[3] ?? '') + (m[4] ?? '') + (m[5] ?? '');
    const kind = m[5] ? KIND_OF_BODY.get(m[5])! : /法院|检察院/.test(rest) ? 'judicial' : 'government';
    const end = m.index + m[0].length;
    const split = levels ? splitLevels(levels, m.index) : [{ level: null, start: m.index }];
    split.forEach(({ level, start }, i) => {
      finds.push({ start, end: i === split.length - 1 ? end : start + level!.length, level, rest, kind, isBody: !!m[5] });
    });
  }
  for (const m of text.matchAll(FIELD_LIST)) {
    // 省商标主管部门应当会同省文化、旅游等部门: the list starts after the verb that takes it.
    const afterLead = m[1].replace(LIST_LEAD, '');
    const listed = afterLead.replace(WORDS_BEFORE_LIST, '').replace(VERB_BEFORE_FIELD, '');
    // A level before the list is every member's (县级以上文化、旅游主管部门).
    const level = new RegExp(`^(?:${alternation(ROLE_LEVELS)})(?!场|域|块)`).exec(listed)?.[0] ?? null;
    const fields = listed.slice(level?.length ?? 0).split('、');
    const known = fields.filter((f) => KNOWN_FIELD.test(f) || KIND_OF_BODY.has(f) || DEPARTMENT_END.test(f)).length;
    if (!fields[0] || known * 2 < fields.length) continue;
    let start = m.index + m[0].indexOf(listed) + (level?.length ?? 0);
    fields.forEach((field, i) => {
      // A member that is a body or a department already (海关, 农业农村部门) keeps its name; the others take the shared head.
      const whole = KIND_OF_BODY.has(field) || DEPARTMENT_END.test(field);
      const end = i === fields.length - 1 ? m.index + m[0].length : start + field.length;
      finds.push({ start: i === 0 && level ? start - level.length : start, end, level, rest: whole ? field : field + m[3], kind: KIND_OF_BODY.get(field) ?? 'government', isBody: KIND_OF_BODY.has(field) });
      start += field.length + 1;
    });
  }
  return finds;
}

/** The place whose name ends where a role begins, covering its level (浙江省 + 专利行政部门) or just before it (某市 + 市场监督管理部门). */
function placeAt(text: string, find: RoleFind): { entry: RegionEntry; start: number } | null {
  for (let from = Math.max(0, find.start - 10); from < find.start; from++) {
    const m = REGIONS.matchAt(text, from);
    if (!m) continue;
    const coversLevel = find.level !== null && find.level.length === 1 && m.end === find.start + 1 && m.value.canonical.endsWith(find.level);
    if (coversLevel || (find.level === null && m.end === find.start)) return { entry: m.value, start: from };
  }
  return null;
}

/** Levels that say "at every level", not which: 各级人民法院 is 人民法院. */
const EVERY_LEVEL = /^(?:各级|地方各级|本级)$/;

/** A role's name in this document: 省 and 市 alone are the jurisdiction's own (省人民政府 in a provincial text is that province's). */
function nameOf(find: RoleFind, jurisdiction: RegionEntry | null): string {
  const level = find.level?.replace(LEVEL_QUALIFIER, '') ?? '';
  if (find.isBody && EVERY_LEVEL.test(level)) return find.rest;
  if (OWN_LEVELS[level] && jurisdiction?.canonical.endsWith(level)) return jurisdiction.canonical + find.rest;
  return level + find.rest;
}

/**
 * Bodies named by role (县级以上人民政府, 省专利行政部门 → the province's, 公安机关,
 * 发展和改革、教育等部门 → one department each). Each carries the jurisdiction
 * it acts in, so that roles of different documents are told apart.
 */
export const roleRecognizer: EntityRecognizer = {
  name: 'role',
  confidence: 0.8,
  recognize(doc) {
    const { text } = doc;
    const jurisdiction = doc.profile.jurisdiction;
    const out = new EntityCollector(text);
    const added: { name: string; rest: string; level: string }[] = [];
    for (const f of roleFinds(doc)) {
      if (notAnActor(text, f)) continue;
      const place = placeAt(text, f);
      // 某某省专利行政部门: a department of a named place, not a role of the document's own.
      // The place's full name when the role's level is the end of it (浙江+省专利行政部门); as written otherwise (某地海关).
      const name = place ? (f.level ? place.entry.canonical + f.rest : text.slice(place.start, f.end)) : nameOf(f, jurisdiction);
      if (VAGUE_ROLES.has(name)) continue;
      const surface = text.slice(place?.start ?? f.start, f.end);
      const written = (f.level?.replace(LEVEL_QUALIFIER, '') ?? '') + f.rest;
      // The level alone (省 of 省、设区的市…) marks where the body is named but is no name of it.
      // 省人民政府 scoped to the province keeps its written form; a role the text names with its place (某市人民政府) has no other name.
      const aliases = (place ? [surface] : [written, surface]).filter((a) => a !== name && a.endsWith(f.rest) && !/[、和及]/.test(a));
      const mention = { start: place?.start ?? f.start, end: f.end, surface };
      out.add('Institution', name, aliases, { kind: f.kind, role: true, jurisdiction: jurisdiction?.canonical ?? null }, mention);
      added.push({ name, rest: f.rest, level: f.level?.replace(LEVEL_QUALIFIER, '') ?? '' });
    }
    return foldUnleveled(out.entities(), added);
  },
};

/**
 * A role written without its level (专利行政部门, 县级以上专利行政部门) is the
 * document's role of the broadest level with the same field when it names only
 * one (县级以上人民政府某某行政部门): an alias of it, not another body.
 */
function foldUnleveled(entities: RecognizedEntity[], added: { name: string; rest: string; level: string }[]): RecognizedEntity[] {
  const byName = new Map(entities.map((e) => [e.name, e]));
  const department = (rest: string) => rest.replace(new RegExp(`^${GOVERNMENT}`), '');
  const broad = added.filter((a) => a.level.startsWith('县级以上') && a.rest.startsWith(GOVERNMENT) && a.rest !== GOVERNMENT);
  const absorbed = new Set<string>();
  for (const a of added) {
    if (absorbed.has(a.name) || !(a.level === '' || (a.level.startsWith('县级以上') && !a.rest.startsWith(GOVERNMENT)))) continue;
    const owners = [...new Set(broad.filter((b) => department(b.rest) === department(a.rest) && b.name !== a.name).map((b) => b.name))];
    const target = owners.length === 1 ? byName.get(owners[0]) : undefined;
    const own = byName.get(a.name);
    if (!target || !own) continue;
    target.aliases.push(own.name, ...own.aliases.filter((x) => x !== target.name));
    target.mentions.push(...own.mentions);
    target.mentions.sort((x, y) => x.start - y.start);
    absorbed.add(a.name);
  }
  return entities.filter((e) => !absorbed.has(e.name));
}
