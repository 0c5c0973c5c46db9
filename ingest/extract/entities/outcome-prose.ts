import { UNITS, periodOf, type OutcomeFact } from './outcome-fact.ts';
import { ACTION_VERBS, DEED_VERBS } from '../lexicon/outcomes.ts';
import { INSTITUTION_HEADS } from '../lexicon/heads.ts';

export interface ProseContext {
  /** The sentence is about what is to be achieved (a plan's task or 专栏, 到2030年 …). */
  forward: boolean;
  /** The paragraph's text before the sentence: 到2030年， may open a paragraph of several sentences. */
  lead: string;
  /** Period to use when the sentence names none. */
  defaultPeriod: string | null;
}

const NUM = '\\d+(?:\\.\\d+)?';
const UNIT = `(?:${UNITS.map((u) => u.replace('%', '%')).join('|')})`;
const QUALIFIER = '(?:≥|≤|>|<|＞|≧|超过|超|逾|近|约|不少于|不低于|不超过|突破)';
/** 超590亿元, 1000件以上, 170余件, 3个月左右. */
const FIGURE = new RegExp(`(${QUALIFIER})?(${NUM})(余|多)?(${UNIT})(以上|左右|以内|以下)?`, 'g');
/** …拥有量达到21.6万件，居全国第六位: a rank given to the figure before it. */
const TRAILING_RANK = /[，,]((?:居|位居|位列|排名)(?:全国|全省|全市|全区|世界|全球)第?[一二三四五六七八九十\d]+位?|(?:居|位居)(?:全国|全省|全市)(?:首位|前列))(?=[，。；]|$)/g;
/** 商标注册周期从6个月压缩至最快10个工作日, 办理周期由平均60天缩短至20天. */
const CHANGE = new RegExp(`([^，。；：、“”]{2,30}?)(?:从|由)([^，。；从由]{1,15}?)(?:大幅|明显|进一步)?(?:压缩|缩短|缩减|降低|减少|下降|提升|提高|增加|增长|扩大|降)(?:至|到)([^，。；]{1,15}?${UNIT})`, 'g');
/** 商标申请量连续9年居全国首位, 满意度连续两年位居全省第一, 拥有量居全国第八位. */
const RANKING = /([^，。；：、“”]{2,30}?)(连续(?:\d+|[一二三四五六七八九十]+)年(?:居|位居|位列|稳居|保持)[^，。；]{1,8}?(?:首位|第一|前列|榜首)|(?<!跃)(?:居|位居|位列|排名)(?:全国|全省|全市|全区)第[一二三四五六七八九十\d]+位)/g;
/** 县级综合性公共服务机构实现全覆盖. */
const FULL_COVERAGE = /([^，。；：、“”]{2,40}?)实现(全覆盖)/g;
/** 8项国家级试点落地见效, 3项经验做法入选…典型案例, 40家机构入驻某平台: a count of things that obtained something or went somewhere. */
const COUNTED_RESULT = new RegExp(`(${NUM})(余|多)?(项|个|家|件|名)([\\u4e00-\\u9fa5]{2,12}?)((?:获|入选|落地|荣获|被评为|列入|纳入|入驻|进驻)[^，。；]{2,30})`, 'g');
/** 5家某某组织、 just before a counted result: the first of a list that obtained the same. */
const RESULT_SIBLING = new RegExp(`(${NUM})(余|多)?(项|个|家|件|名)([\\u4e00-\\u9fa5]{2,16})[、和及]$`);
/**
 * 将12个某某标志纳入某某保护, 对某地等8个产品实施某某保护, 对表现突出的20个集体和30名个人予以表扬:
 * things counted and then disposed of. Group 1 what comes before the count
 * (examples ending in 等, or a modifier ending in 的), 2 the counted list, 3
 * the verb, 4 what is done.
 */
const DISPOSED = new RegExp(`(?:将|对|把)([^，。；将对把]{0,40}?(?:等|的))?((?:${NUM})(?:余|多)?(?:个|家|项|件|名|批|所)[^，。；]{1,40}?)(纳入|列入|实施|予以|给予)([^，。；]{2,30}?)(?=[，。；]|$)`, 'g');
const DISPOSED_ITEM = new RegExp(`(${NUM})(余|多)?(个|家|项|件|名|批|所)([^，。；、和及\\d]{1,30})`, 'g');
/** Verbs that only carry the deed after them (予以表扬 is 表扬). */
const LIGHT_VERB = /^(?:予以|给予)$/;
/** 累计培育12家省、市两级服务网点及80家工作站. */
const CUMULATIVE = new RegExp(`(累计|共|合计)([\\u4e00-\\u9fa5]{1,4}?)(${NUM})(余|多)?(家|个|项|件|所|名|人)((?!以上|左右)[\\u4e00-\\u9fa5][^，。；及和与]{1,30})`, 'g');
/** 纠纷历经5个月得到解决: how long something took. */
const DURATION = new RegExp(`([\\u4e00-\\u9fa5]{1,12}?)(?:历经|历时|用时|耗时)(${NUM})(余|多)?(个工作日|个月|小时|天|年)`, 'g');
const DURATION_WORD = /历经|历时|用时|耗时/;
const CRACKDOWN_VERB = /摧毁|捣毁|打掉|破获|侦破|查处|查获|查扣|扣留/;
/** 成功摧毁两个…犯罪团伙: what a crackdown took down, counted. */
/** 查处侵权假冒案件300余起: what a crackdown took down, named before its count. */
const CRACKDOWN_NAMED = new RegExp(`(破获|侦破|查处|查获|查扣|扣留)([\\u4e00-\\u9fa5]{2,20}?)(${NUM})(余|多)?(${UNIT})(?=[，。；、）]|$)`, 'g');
/** 累计为50家小微企业提供商标质押融资2.1亿元: how many were served, and with how much. */
const SERVED = new RegExp(`(?:累计|共|全年)?为(${NUM})(余|多)?(家|个|名|户|所)([\\u4e00-\\u9fa5]{0,16}?)(?:提供|发放|办理)([\\u4e00-\\u9fa5]{2,16}?)(${NUM})(余|多)?(${UNIT})`, 'g');
const CRACKDOWN = new RegExp(`(摧毁|捣毁|打掉|破获|侦破|查处|查获)(${NUM}|[一二两三四五六七八九十])(余|多)?(个|起|家|处|件|名)([^，。；]{2,30}?)(?=[，。；])`, 'g');
const CHINESE_DIGITS: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };
/**
 * 新设28个某某平台, 新建某地等5家某某中心, 举办9场某某活动, 完成2批共73个某某复核,
 * 完成甲、乙2个某某项目: a deed counted, the count before what was done (and
 * after the examples of it). Group 1 the verb, 2 the count, 3
 * more or less, 4 the unit, 5 what.
 */
const COUNTED_DEED = new RegExp(
  `(${DEED_VERBS.join('|')})了?(?:[^，。；：\\d]{0,40}?(?:等|、[^，。；：\\d、]{1,12}?))?(?:第[一二三四五六七八九十\\d]+批)?(?:\\d+批)?共?(${NUM}|[一二两三四五六七八九十]+)(余|多)?(个|家|项|场|批|次|件|名|起|所|座|期|场次|人次)([\\u4e00-\\u9fa5“”（）、]{2,40}?)(?=[，。；]|$|、(?=[^，。；、]{0,12}?\\d))`,
  'g',
);
/** An indicator that opens with a deed (受理…, 办结…, 为…提供…) counts what was done. */
const DEED_OPENING = new RegExp(`^(?:共|累计|全年|上半年)?(?:${[...DEED_VERBS, ...ACTION_VERBS].join('|')})`);
/** A clause that goes on counting the same deed: 某地、某地等2个某某平台, 以及6个某某平台. */
const DEED_GOES_ON = new RegExp(`^[，、](?:以及|及|和)?(?:[^，。；：\\d]{0,12}?等)?(${NUM}|[一二两三四五六七八九十]+)(余|多)?(个|家|项|场|批|次|件|名|起|所|座|期)([\\u4e00-\\u9fa5“”（）]{2,40}?)(?=[，。；]|$)`);
const MORE = new RegExp(`^(?:及|和|与|、)(${NUM})(余|多)?(家|个|项|件|所|名|人)([^，。；及和与]{2,30})`);

/** Words before an indicator proper; it also opens after the places where a deed was done (某国等地应对诉讼 counts 应对诉讼). */
const LEADING = /^(?:[\u4e00-\u9fa5]{1,8}?等(?:国家和地区|地区|国家|地|国|省|市)|(?:判令|判决|责令)?被告(?:须|需|应当|应)?(?:停止侵权并)?|达到|约为|(?:到|至|截至)?(?:19|20)\d{2}年(?:底|末)?|[“"]?十[一二三四五六七八九]五[”"]?(?:期间|时期|末)?|其中|并且|并|且|同时|全年|全市|全省|全区|全县|我市|本市|我省|本省|共|合计|已|将|使|力争|在)+/;
const TRAILING = /(?:达到|达|为|约为|是|增加至|增长至|提升至|提高至|增至|降至|下降至|压缩至|缩短至|被压缩至|累计达|实现|共计|总计|共|合计|已|的|被)+$/;
const CHANGE_INDICATOR = /(?:提升|提高|增长|下降|降低|缩短|减少|压缩)$/;
const CLAUSE_BREAK = /[，。；：！？、\n（(“”《》]/;

/** The body that did what is counted, named before the deed (某某法院共受理…): the indicator is the deed. */
const SUBJECT_BEFORE_DEED = new RegExp(
  `^[\\u4e00-\\u9fa5（）()]{1,24}?(?:${[...INSTITUTION_HEADS, '中心'].sort((a, b) => b.length - a.length).join('|')})(?:共|累计|全年|上半年|当年|已)*(?=${[...DEED_VERBS, ...ACTION_VERBS].join('|')})`,
);

function cleanIndicator(raw: string): string {
  let s = raw.trim();
  const subject = SUBJECT_BEFORE_DEED.exec(s);
  if (subject && subject[0].length >= 3) s = s.slice(subject[0].length);
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(LEADING, '').replace(TRAILING, '').trim();
  }
  return s;
}

function clauseBefore(text: string, at: number): { text: string; start: number } {
  let i = at - 1;
  while (i >= 0 && !CLAUSE_BREAK.test(text[i])) i--;
  return { text: text.slice(i + 1, at), start: i + 1 };
}

/** Outcomes stated in one sentence: changes, rankings, counted results, cumulative counts and indicator-figure pairs. */
export function proseOutcomes(sentence: { text: string; start: number }, ctx: ProseContext): OutcomeFact[] {
  const s = sentence.text;
  // Every pattern but full coverage needs a number.
  if (!/[\d一二两三四五六七八九十]|全覆盖/.test(s)) return [];
  const facts: OutcomeFact[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && x < b);
  const periodBefore = (at: number) => periodOf(ctx.lead + s.slice(0, at)) ?? ctx.defaultPeriod;
  const push = (f: Omit<OutcomeFact, 'start' | 'end' | 'text' | 'period'>, a: number, b: number) => {
    taken.push([a, b]);
    facts.push({ ...f, period: periodBefore(a), start: sentence.start + a, end: sentence.start + b, text: s });
  };
  const plainKind = (indicator: string): OutcomeFact['kind'] => (CHANGE_INDICATOR.test(indicator) ? 'change' : ctx.forward ? 'target' : 'actual');

  // Each pattern runs only where its keyword occurs: the lazy indicator groups make a blind scan slow on long documents.
  for (const m of /[从由]/.test(s) ? s.matchAll(CHANGE) : []) {
    const indicator = cleanIndicator(m[1].replace(/^.*?(?:将|把|使)/, ''));
    if (indicator.length < 2) continue;
    const from = m.index + m[0].indexOf('从');
    push({ indicator, value: `${m[2]} -> ${m[3]}`, unit: '', figure: m[3], kind: 'change' }, from, m.index + m[0].length);
  }
  for (const m of /居|位列|排名|排在|保持/.test(s) ? s.matchAll(RANKING) : []) {
    const indicator = cleanIndicator(m[1]);
    const at = m.index + m[1].length;
    if (indicator.length < 2 || !free(at, at + m[2].length)) continue;
    push({ indicator, value: m[2], unit: '', figure: m[2], kind: ctx.forward ? 'target' : 'actual' }, at, at + m[2].length);
  }
  for (const m of s.includes('全覆盖') ? s.matchAll(FULL_COVERAGE) : []) {
    const indicator = cleanIndicator(m[1]);
    if (indicator.length >= 2) push({ indicator: `${indicator}覆盖`, value: m[2], unit: '', figure: m[2], kind: ctx.forward ? 'target' : 'actual' }, m.index, m.index + m[0].length);
  }
  for (const m of /将|对|把/.test(s) ? s.matchAll(DISPOSED) : []) {
    const [whole, before = '', list, verb, deed] = m;
    const modifier = before.endsWith('的') ? before : '';
    const listAt = m.index + whole.indexOf(list, before.length);
    for (const item of list.matchAll(DISPOSED_ITEM)) {
      const [itemText, n, approx = '', unit, noun] = item;
      const at = listAt + item.index;
      if (!free(at, at + itemText.length)) continue;
      const indicator = `${LIGHT_VERB.test(verb) ? '' : verb}${deed}${modifier || '的'}${noun.replace(/^的/, '')}`;
      push({ indicator, value: n + approx, unit, figure: n + approx + unit, kind: ctx.forward ? 'target' : 'actual', ofAction: true }, at, at + itemText.length);
    }
  }
  for (const m of /获|入选|落地|被评为|列入|纳入|入驻|进驻/.test(s) ? s.matchAll(COUNTED_RESULT) : []) {
    const [, n, approx = '', unit, noun, result] = m;
    if (!free(m.index, m.index + m[0].length)) continue;
    const kind = ctx.forward ? 'target' : 'actual';
    const sibling = RESULT_SIBLING.exec(s.slice(Math.max(0, m.index - 30), m.index));
    if (sibling) {
      const [text, sn, sApprox = '', sUnit, sNoun] = sibling;
      const at = m.index - text.length;
      if (free(at, m.index)) push({ indicator: `${result}的${sNoun}数量`, value: sn + sApprox, unit: sUnit, figure: sn + sApprox + sUnit, kind }, at, m.index - 1);
    }
    push({ indicator: `${result}的${noun}数量`, value: n + approx, unit, figure: n + approx + unit, kind }, m.index, m.index + m[0].length);
  }
  for (const m of /提供|发放|办理/.test(s) ? s.matchAll(SERVED) : []) {
    const [whole, n, approx = '', unit, served, service, amount, amountApprox = '', amountUnit] = m;
    if (!free(m.index, m.index + whole.length)) continue;
    const countAt = m.index + whole.indexOf(n);
    push({ indicator: `获得${service}的${served}数量`, value: n + approx, unit, figure: n + approx + unit, kind: ctx.forward ? 'target' : 'actual' }, countAt, countAt + n.length + approx.length + unit.length);
    const amountEnd = m.index + whole.length;
    const amountAt = amountEnd - amount.length - amountApprox.length - amountUnit.length;
    const measure = /元$/.test(amountUnit) ? '金额' : '数量';
    push({ indicator: `${service}${measure}`, value: amount + amountApprox, unit: amountUnit, figure: amount + amountApprox + amountUnit, kind: ctx.forward ? 'target' : 'actual' }, amountAt, amountEnd);
    taken.push([m.index, amountEnd]);
  }
  for (const m of /累计|共|合计/.test(s) ? s.matchAll(CUMULATIVE) : []) {
    const prefix = m[1] + m[2];
    let at = m.index + prefix.length;
    let item: RegExpExecArray | RegExpMatchArray | null = m;
    let offset = 3;
    let length = m[0].length - prefix.length;
    while (item) {
      const [n, approx = '', unit, noun] = item.slice(offset);
      const end = at + length;
      if (free(at, end)) push({ indicator: `${prefix}${noun.trim()}数量`, value: n + approx, unit, figure: n + approx + unit, kind: ctx.forward ? 'target' : 'actual' }, at, end);
      item = MORE.exec(s.slice(end));
      offset = 1;
      at = end;
      length = item?.[0].length ?? 0;
    }
  }
  for (const m of s.matchAll(COUNTED_DEED)) {
    let [whole, verb, n, approx = '', unit, noun] = m;
    let at = m.index + whole.length - noun.length - unit.length - approx.length - n.length;
    let end = m.index + whole.length;
    for (;;) {
      const value = (CHINESE_DIGITS[n] ?? n) + approx;
      const what = noun.replace(/^的/, '');
      if (free(at, end) && value !== '1' && what.length >= 2) push({ indicator: `${verb}${what}`, value, unit, figure: n + approx + unit, kind: ctx.forward ? 'target' : 'actual', ofAction: true }, at, end);
      const more = DEED_GOES_ON.exec(s.slice(end));
      if (!more) break;
      [whole, n, approx = '', unit, noun] = more;
      at = end + whole.length - noun.length - unit.length - approx.length - n.length;
      end += whole.length;
    }
  }
  for (const m of DURATION_WORD.test(s) ? s.matchAll(DURATION) : []) {
    const [whole, noun, n, approx = '', unit] = m;
    const subject = cleanIndicator(noun.replace(/^.*(?:[该此本]|整个)/, ''));
    const at = m.index + whole.length - (n.length + approx.length + unit.length);
    if (subject.length < 1 || !free(at, m.index + whole.length)) continue;
    // A case's duration is its handling time (办理周期); anything else's is its cycle.
    const indicator = `${subject}${/案件?$/.test(subject) ? '办理' : ''}周期`;
    push({ indicator, value: n + approx, unit, figure: n + approx + unit, kind: ctx.forward ? 'target' : 'actual', ofAction: true }, at, m.index + whole.length);
  }
  const crackdown = CRACKDOWN_VERB.test(s);
  for (const m of crackdown ? s.matchAll(CRACKDOWN_NAMED) : []) {
    const [whole, verb, object, n, approx = '', unit] = m;
    if (!free(m.index, m.index + whole.length)) continue;
    push({ indicator: `${verb}${object}数量`, value: n + approx, unit, figure: n + approx + unit, kind: ctx.forward ? 'target' : 'actual', ofAction: true }, m.index, m.index + whole.length);
  }
  for (const m of crackdown ? s.matchAll(CRACKDOWN) : []) {
    const [whole, verb, n, approx = '', unit, object] = m;
    if (!free(m.index, m.index + whole.length)) continue;
    const noun = object.replace(/^.*的/, '');
    const value = (CHINESE_DIGITS[n] ?? n) + approx;
    // 破获一起…案 tells of the case itself, not a count.
    if (noun.length < 2 || value === '1') continue;
    push({ indicator: `${verb}${noun}数量`, value, unit, figure: n + approx + unit, kind: ctx.forward ? 'target' : 'actual', ofAction: true }, m.index, m.index + whole.length);
  }
  for (const m of s.matchAll(FIGURE)) {
    const [whole, qualifier = '', n, approx = '', unit, bound = ''] = m;
    const end = m.index + whole.length;
    // A figure followed by a noun counts what the clause sets up (新建50家…中心), it measures nothing.
    if (!free(m.index, end) || /[\d.第]/.test(s[m.index - 1] ?? '') || /[\u4e00-\u9fa5\d]/.test(s[end] ?? '')) continue;
    const clause = clauseBefore(s, m.index);
    const indicator = cleanIndicator(clause.text);
    if (indicator.length < 2 || indicator.length > 40 || !/[\u4e00-\u9fa5]/.test(indicator)) continue;
    // 受理维权案件13.6万件 counts what was done, not a place's standing: no region is its subject.
    const ofAction = DEED_OPENING.test(indicator);
    push({ indicator, value: `${qualifier}${n}${approx}${bound}`, unit: unit === '％' ? '%' : unit, figure: whole.replace('％', '%'), kind: plainKind(indicator), ofAction }, m.index, end);
  }
  for (const m of /居|位列|排名/.test(s) ? s.matchAll(TRAILING_RANK) : []) {
    const at = m.index + 1;
    const figure = facts.filter((f) => f.end - sentence.start <= m.index && f.unit).at(-1);
    if (!figure || !free(at, at + m[1].length)) continue;
    push({ indicator: `${figure.indicator}排名`, value: m[1], unit: '', figure: m[1], kind: figure.kind }, at, at + m[1].length);
  }
  return facts.sort((a, b) => a.start - b.start);
}
