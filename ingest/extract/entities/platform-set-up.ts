import type { AnalyzedDocument } from '../../analyze/profile.ts';
import type { RecognizedEntity } from '../../types.ts';
import { clauseFrames, hasVerb } from '../clauses.ts';
import { GENERIC_NAMES, PLATFORM_HEADS, POLICY_HEADS } from '../lexicon/heads.ts';
import { COUNTED_FACILITY, FACILITY_LEVEL, SET_UP_FACILITY } from '../lexicon/facilities.ts';
import { ADVANCE_VERBS, OPERATE_VERBS } from '../lexicon/verbs.ts';
import { occurrences } from '../relations/context.ts';
import type { EntityRecognizer } from '../types.ts';
import { EntityCollector } from './build.ts';
import { platformKind } from './platform.ts';
import { overlapsAny } from '../spans.ts';

const HEADS = [...PLATFORM_HEADS, '网络'].sort((a, b) => b.length - a.length);
const OPERATE = new Set([...OPERATE_VERBS, '打造']);
const ADVANCE = new Set(ADVANCE_VERBS);
/** A pilot or designation is a Policy even when its head is a facility's: 某某服务出口基地. */
const PILOT_HEADS = POLICY_HEADS.filter(([, kind]) => kind === 'pilot').map(([head]) => head);
/** Parts listed before the last one are the facility's services (查询、登记、公共服务平台), short and headless; otherwise two names were run together. */
const LISTS_ONE_FACILITY = (name: string) => {
  const parts = name.split('、');
  return parts.slice(0, -1).every((part, i) => (i === 0 || part.length <= 6) && !HEADS.some((h) => part.endsWith(h)));
};
const isFacility = (name: string) =>
  name.length >= 4 && !GENERIC_NAMES.has(name) && HEADS.some((h) => name.endsWith(h)) && !PILOT_HEADS.some((h) => name.endsWith(h)) && LISTS_ONE_FACILITY(name);


/**
 * Facilities a text says were set up, counted (新建某地等5家国家级某某中心 → that
 * place's centre, and 某某中心 as the kind; 新设28个某某工作平台): what follows
 * the count is the facility, each place listed before 等 has one of its own.
 */
function countedFacilities(doc: AnalyzedDocument, out: EntityCollector) {
  for (const s of doc.sentences) {
    const verb = SET_UP_FACILITY.exec(s.text);
    if (!verb) continue;
    for (const m of s.text.slice(verb.index).matchAll(COUNTED_FACILITY)) {
      const at = s.start + verb.index + m.index;
      const tail = m[3];
      if (!isFacility(tail)) continue;
      const tailStart = at + m[0].length - tail.length;
      const kind = tail.replace(FACILITY_LEVEL, '');
      // 知识产权保护中心 told afterwards as 保护中心: the text's short form of the kind.
      const short = kind.replace(/^知识产权/, '');
      const shortUsed = short !== kind && short.length >= 4 && new RegExp(`(?<!知识产权)${short}`).test(doc.text);
      out.add('Platform', kind, [...(kind === tail ? [] : [tail]), ...(shortUsed ? [short] : [])], { kind: platformKind(tail) }, { start: tailStart, end: tailStart + tail.length, surface: tail });
      const members = m[1] ? m[1].split('、').filter((x) => x.length >= 2) : [];
      let from = at + m[0].indexOf(m[1] ?? '');
      for (const member of members) {
        out.add('Platform', member + tail, kind === tail ? [] : [member + kind], { kind: platformKind(tail) }, { start: from, end: from + member.length, surface: member });
        from += member.length + 1;
      }
    }
  }
}

/** What may follow a facility in the object of its verb: 某某网络建设 builds the network. */
const AFTER_FACILITY = /(?:的)?(?:建设|建设工作|工作|建设和运行|运行)$/;
const MAX_FACILITY_NAME = 30;
/** 建设国家级某某平台, 建设一批某某中心: a rank or a quantity names a class of facilities, not one. */
const CLASS_OF_FACILITIES = /^(?:国家级|省级|市级|区级|县级|一批|各类|若干|多个|一个|新型)/;

/**
 * The facility a clause sets up, builds or relies on (建立全省统一的某某信息平台,
 * 依托某某数据库, 加强某某网络建设): its whole object, when the object is a
 * facility's name and nothing else (no count, no list of kinds).
 */
function setUpObjects(doc: AnalyzedDocument, found: readonly RecognizedEntity[], out: EntityCollector) {
  const bodies = occurrences(found.filter((e) => e.label === 'Institution') as never).map((o) => ({ key: o.entity.key, start: o.start, end: o.end }));
  const taken = found.filter((e) => e.label !== 'Region').flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  for (const frame of clauseFrames(doc, bodies).filter(hasVerb)) {
    const object = doc.text.slice(frame.object.start, frame.object.end);
    // 加强某某网络建设: advancing the building of a facility is building it.
    if (!OPERATE.has(frame.verb) && !(ADVANCE.has(frame.verb) && object.endsWith('建设'))) continue;
    // 鼓励各类主体共建某某平台: a joint building nobody named is urged on others, a kind of facility.
    if (frame.agentsUnknown && frame.verb === '共建') continue;
    const name = object.replace(AFTER_FACILITY, '');
    if (name.length > MAX_FACILITY_NAME || /[\d等，。；]/.test(name) || !isFacility(name) || CLASS_OF_FACILITIES.test(name)) continue;
    const start = frame.object.start;
    if (overlapsAny(taken, start, start + name.length)) continue;
    const bare = name.replace(/^[\u4e00-\u9fa5]{2,6}的/, '');
    out.add('Platform', name, bare !== name ? [bare] : [], { kind: platformKind(name) }, { start, end: start + name.length, surface: name });
  }
}

/** Facilities named as what a body sets up, builds, opens or relies on, counted or not. */
export const setUpPlatformRecognizer: EntityRecognizer = {
  name: 'platform-set-up',
  confidence: 0.65,
  recognize(doc, found) {
    const out = new EntityCollector(doc.text);
    countedFacilities(doc, out);
    setUpObjects(doc, found, out);
    return out.entities();
  },
};
