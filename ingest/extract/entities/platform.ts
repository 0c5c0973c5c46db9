import { isQualifiedName } from '../lexicon/regions.ts';
import { GENERIC_NAMES, PLATFORM_HEADS, POLICY_HEADS } from '../lexicon/heads.ts';
import type { EntityRecognizer } from '../types.ts';
import { parentheticalAt } from './aliases.ts';
import { EntityCollector } from './build.ts';
import { distributedNames, headPhrases } from './phrases.ts';
import { isNamedPhrase } from './specific.ts';

const KIND_BY_HEAD: [RegExp, string][] = [
  [/(?:中心)$/, 'service centre'],
  [/(?:工作站|服务站)$/, 'station'],
  [/(?:服务点|问询点|联络点)$/, 'service point'],
  [/窗口$/, 'window'],
  [/基地$/, 'base'],
  [/(?:数据库|培育库)$/, 'database'],
  [/交易所$/, 'exchange'],
  [/智能体$/, 'AI agent'],
  [/(?:网|系统)$/, 'online service'],
  [/通道$/, 'service'],
  [/平台$/, 'platform'],
];

/**
 * Heads that name one resource even with a plain modifier (地理标志产品数据库);
 * other heads end as many kinds (商标文化传播平台) as names, so they need a place, scope or quote.
 */
const DISTINCTIVE_HEADS = new Set(['数据库', '培育库', '智能体']);
const DISTINCTIVE_PLAIN = { tokens: 2, chars: 4 };
/** A pilot or designation is a Policy even when its head is a platform's: 国家商标服务出口基地. */
const PILOT_HEADS = POLICY_HEADS.filter(([, kind]) => kind === 'pilot').map(([head]) => head);
/** A facility the sentence sets up is one facility even with a plain modifier: 设立商标纠纷快速处理窗口. */
const SET_UP_BEFORE = /(?:设立|建成|开通|上线|搭建|开设|启用|揭牌|共建|组建|新建|互设)$/;
const SET_UP_PLAIN = { tokens: 3, chars: 6 };
/** Words that urge others to act: the facility after them is one they may build. */
const URGED = /鼓励|支持(?!下)|引导|推动|倡导/;
const clauseBefore = (text: string, at: number) => text.slice(Math.max(0, at - 16), at).split(/[，。；：]/).at(-1)!;
/** A quoted proper name right after the head names the facility: 知识产权AI智能体“知保通”. */
const QUOTED_NAME = /^“([^“”\s，。]{2,12})”/;

/** 全国知识产权系统, 法院系统: the offices of a field, not a system anyone runs. */
const ADMINISTRATIVE_SYSTEM = /(?:知识产权|市场监管|法院|检察|公安|海关|版权|专利|商标)系统$/;

export function platformKind(name: string): string {
  return KIND_BY_HEAD.find(([re]) => re.test(name))?.[1] ?? 'platform';
}

/** Facilities and services: names ending in a platform head noun, unless an earlier recognizer took the same span. */
export const platformRecognizer: EntityRecognizer = {
  name: 'platform',
  confidence: 0.75,
  recognize(doc, found) {
    const { text } = doc;
    const taken = new Set(found.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)));
    const out = new EntityCollector(text);
    for (const phrase of headPhrases(doc, PLATFORM_HEADS)) {
      const members = distributedNames(doc, phrase);
      for (const c of members.length ? members : [phrase]) {
        if (GENERIC_NAMES.has(c.text) || ADMINISTRATIVE_SYSTEM.test(c.text) || c.text.length < 3 || taken.has(`${c.start}:${c.end}`) || PILOT_HEADS.some((h) => c.text.endsWith(h))) continue;
        const quoted = QUOTED_NAME.exec(text.slice(c.end, c.end + 16));
        if (quoted) {
          out.add('Platform', quoted[1], [c.text + quoted[0]], { kind: platformKind(c.text) });
          continue;
        }
        const plain = DISTINCTIVE_HEADS.has(c.head) ? DISTINCTIVE_PLAIN : SET_UP_BEFORE.test(text.slice(Math.max(0, c.start - 2), c.start)) ? SET_UP_PLAIN : null;
        // 鼓励企业共建某某平台, 支持建设某某专利池: what others are urged to build is a kind of facility, not one.
        if (URGED.test(clauseBefore(text, c.start)) && !isQualifiedName(c.text)) continue;
        if (!isNamedPhrase(doc, c, plain)) continue;
        const paren = parentheticalAt(text, c.end);
        const aliases = paren && paren.kind !== 'other-name' ? [paren.alias] : [];
        out.add('Platform', c.text, aliases, { kind: platformKind(c.text) }, { start: c.start, end: c.end, surface: text.slice(c.start, c.end) });
      }
    }
    return out.entities();
  },
};
