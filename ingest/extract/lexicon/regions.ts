import { Gazetteer } from './gazetteer.ts';

export type RegionLevel = 'country' | 'province' | 'city' | 'district' | 'zone' | 'international';

export interface RegionEntry {
  /** The full official form, e.g. 广东省. */
  canonical: string;
  level: RegionLevel;
}

// General geography only: provinces, prefecture-level cities, districts of the
// four largest cities, special zones, countries and world regions.

/** Full name, then its short forms. */
const PROVINCES = `
北京市 北京|天津市 天津|上海市 上海|重庆市 重庆|河北省 河北|山西省 山西|辽宁省 辽宁|吉林省 吉林|黑龙江省 黑龙江|
江苏省 江苏|浙江省 浙江|安徽省 安徽|福建省 福建|江西省 江西|山东省 山东|河南省 河南|湖北省 湖北|湖南省 湖南|
广东省 广东|海南省 海南|四川省 四川|贵州省 贵州|云南省 云南|陕西省 陕西|甘肃省 甘肃|青海省 青海|台湾省 台湾 台湾地区|
内蒙古自治区 内蒙古|广西壮族自治区 广西|西藏自治区 西藏|宁夏回族自治区 宁夏|新疆维吾尔自治区 新疆|
香港特别行政区 香港 香港特区|澳门特别行政区 澳门 澳门特区`;

/** Prefecture-level cities and prefectures, by province; each also matches without 市/州/地区/盟. */
const CITIES = `
石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水
太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁
呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布
沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛
长春 吉林 四平 辽源 通化 白山 松原 白城
哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化
南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁
杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌
合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城
福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德
南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶
济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽
郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店
武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州
长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮
南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左
海口 三亚 三沙 儋州
成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳
贵阳 六盘水 遵义 安顺 毕节 铜仁
昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧
拉萨 日喀则 昌都 林芝 山南 那曲
西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛
兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南
西宁 海东
银川 石嘴山 吴忠 固原 中卫
乌鲁木齐 克拉玛依 吐鲁番 哈密`;

const PREFECTURES = `
延边朝鲜族自治州 恩施土家族苗族自治州 湘西土家族苗族自治州 阿坝藏族羌族自治州 甘孜藏族自治州 凉山彝族自治州
黔东南苗族侗族自治州 黔南布依族苗族自治州 黔西南布依族苗族自治州 楚雄彝族自治州 红河哈尼族彝族自治州
文山壮族苗族自治州 西双版纳傣族自治州 大理白族自治州 德宏傣族景颇族自治州 怒江傈僳族自治州 迪庆藏族自治州
临夏回族自治州 甘南藏族自治州 海北藏族自治州 黄南藏族自治州 海南藏族自治州 果洛藏族自治州 玉树藏族自治州
海西蒙古族藏族自治州 昌吉回族自治州 博尔塔拉蒙古自治州 巴音郭楞蒙古自治州 克孜勒苏柯尔克孜自治州 伊犁哈萨克自治州`;

/** Districts of Shenzhen, Guangzhou, Beijing and Shanghai (with 区; also matched without it). */
const DISTRICTS = `
福田 罗湖 南山 盐田 宝安 龙岗 龙华 坪山 光明 大鹏新
越秀 海珠 荔湾 天河 白云 黄埔 番禺 花都 南沙 从化 增城
东城 西城 朝阳 海淀 丰台 石景山 门头沟 房山 通州 顺义 昌平 大兴 怀柔 平谷 密云 延庆
黄浦 徐汇 长宁 静安 普陀 虹口 杨浦 闵行 宝山 嘉定 浦东新 金山 松江 青浦 奉贤 崇明`;

/** Special zones and cross-border areas: full name, then short forms. */
const ZONES = `
粤港澳大湾区 大湾区 湾区|长三角 长江三角洲|京津冀|成渝地区双城经济圈 成渝|珠三角 珠江三角洲|
前海深港现代服务业合作区 前海合作区 前海|深港科技创新合作区 河套深港科技创新合作区 河套合作区 河套|
横琴粤澳深度合作区 横琴合作区 横琴|南沙新区|雄安新区 雄安|浦东新区|滨海新区|两江新区|
深圳经济特区|海南自由贸易港 海南自贸港|中国（上海）自由贸易试验区 上海自贸区|中国（广东）自由贸易试验区 广东自贸区|
深圳高新区 深圳高新技术产业园区|中关村|张江|光明科学城|西部陆海新通道`;

const COUNTRIES = `
中国 中华人民共和国 我国|内地|美国|英国|法国|德国|意大利|西班牙|葡萄牙|荷兰|比利时|瑞士|瑞典|挪威|丹麦|芬兰|爱尔兰|奥地利|
波兰|捷克|匈牙利|希腊|俄罗斯|乌克兰|土耳其|日本|韩国|朝鲜|蒙古国|越南|老挝|柬埔寨|泰国|缅甸|马来西亚|新加坡|印度尼西亚|
菲律宾|文莱|印度|巴基斯坦|孟加拉国|斯里兰卡|尼泊尔|哈萨克斯坦|乌兹别克斯坦|吉尔吉斯斯坦|塔吉克斯坦|伊朗|伊拉克|沙特阿拉伯 沙特|
阿联酋 阿拉伯联合酋长国|以色列|卡塔尔|埃及|南非|尼日利亚|肯尼亚|埃塞俄比亚|摩洛哥|阿尔及利亚|加拿大|墨西哥|巴西|阿根廷|
智利|秘鲁|哥伦比亚|古巴|澳大利亚|新西兰|
罗马尼亚|保加利亚|塞尔维亚|克罗地亚|斯洛伐克|斯洛文尼亚|立陶宛|拉脱维亚|爱沙尼亚|白俄罗斯|格鲁吉亚|亚美尼亚|阿塞拜疆|
土库曼斯坦|阿富汗|约旦|黎巴嫩|叙利亚|阿曼|科威特|巴林|也门|突尼斯|利比亚|苏丹|加纳|坦桑尼亚|乌干达|安哥拉|津巴布韦|赞比亚|
塞内加尔|喀麦隆|科特迪瓦|委内瑞拉|厄瓜多尔|玻利维亚|巴拉圭|乌拉圭|巴拿马|哥斯达黎加|牙买加|冰岛|卢森堡|摩纳哥|马耳他|塞浦路斯`;

/** Cities abroad where IP offices, courts and meetings sit, by their usual Chinese names (not 马德里 or 海牙: in this field they name the Madrid and Hague systems). */
const WORLD_CITIES = `
日内瓦 慕尼黑 阿利坎特 卢森堡 斯特拉斯堡 布鲁塞尔 巴黎 伦敦 柏林 罗马 维也纳 斯德哥尔摩 赫尔辛基 哥本哈根 阿姆斯特丹
莫斯科 华盛顿 纽约 旧金山 洛杉矶 芝加哥 波士顿 西雅图 多伦多 渥太华 温哥华 墨西哥城 圣保罗 里约热内卢 布宜诺斯艾利斯
东京 大阪 首尔 釜山 曼谷 吉隆坡 雅加达 河内 胡志明市 马尼拉 仰光 新德里 孟买 迪拜 阿布扎比 利雅得 多哈 德黑兰 伊斯坦布尔
阿斯塔纳 阿拉木图 塔什干 比什凯克 杜尚别 开罗 内罗毕 约翰内斯堡 开普敦 亚的斯亚贝巴 悉尼 墨尔本 堪培拉 惠灵顿 奥克兰`;

const WORLD_REGIONS = `欧盟 欧洲联盟|欧洲|亚洲|非洲|北美|北美洲|拉美|拉丁美洲|大洋洲|东盟|中东|中亚|东南亚`;

const entries = new Map<string, RegionEntry>();
const terms = (block: string) => block.split(/[|\n]/).map((g) => g.trim().split(/\s+/).filter(Boolean)).filter((g) => g.length);

function register(forms: string[], canonical: string, level: RegionLevel) {
  for (const form of forms) if (!entries.has(form)) entries.set(form, { canonical, level });
}

for (const forms of terms(PROVINCES)) register(forms, forms[0], 'province');
for (const city of terms(CITIES).flat()) register([`${city}市`, city], `${city}市`, 'city');
/** The peoples named in autonomous prefectures' names: 延边朝鲜族自治州 is 延边州 for short. */
const PEOPLES = /(?:(?:朝鲜|土家|苗|羌|藏|彝|侗|布依|哈尼|壮|傣|景颇|傈僳|白|回|蒙古|柯尔克孜|哈萨克)族)+(?:蒙古)?自治州$/;
for (const pref of terms(PREFECTURES).flat()) register([pref, pref.replace(PEOPLES, '州')], pref, 'city');
for (const d of terms(DISTRICTS).flat()) register([`${d}区`, ...(d.endsWith('新') ? [] : [d])], `${d}区`, 'district');
for (const forms of terms(ZONES)) register(forms, forms[0], 'zone');
for (const forms of terms(COUNTRIES)) register(forms, forms[0], 'country');
for (const forms of terms(WORLD_REGIONS)) register(forms, forms[0], 'international');
for (const city of terms(WORLD_CITIES).flat()) register([city], city, 'city');

export const REGIONS = new Gazetteer<RegionEntry>();
for (const [form, entry] of entries) REGIONS.add(form, entry);

/** Short place forms that are ordinary words too often to be read alone. */
const AMBIGUOUS_SHORT = new Set(['朝阳', '光明', '白山', '白城', '黄山', '吉林', '山南', '海南', '中山', '长宁', '普陀', '白云', '宝山', '金山', '通州', '大兴', '中国']);

export function isAmbiguousShortForm(surface: string): boolean {
  return AMBIGUOUS_SHORT.has(surface);
}

export function regionEntry(surface: string): RegionEntry | undefined {
  return entries.get(surface);
}

/**
 * A name identifies one body on its own when it carries a place (江海市知识产权局)
 * or is a Latin acronym or name (WIPO); 市公安局 or 知识产权局 do not.
 */
export function isQualifiedName(name: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9&.\- ]+$/.test(name)) return true;
  return REGIONS.scan(name).some((m) => !isAmbiguousShortForm(m.surface) || m.surface === '中国');
}

/** Every place form that is unambiguous, for the segmenter's user dictionary. */
export function placeNames(): string[] {
  return [...entries.keys()].filter((form) => form.length >= 2 && !isAmbiguousShortForm(form));
}

/** A specific name carries a place, a national scope, or a quoted or bracketed proper part; 国际 alone scopes a kind (国际商标交流平台). */
export function isSpecificName(name: string): boolean {
  return isQualifiedName(name) || /国家|全国|中国|中央|“|（/.test(name);
}

/** One-character short forms of countries and unions in bilateral names after 中: 中欧, 中美, 中法…. */
export const PARTNER_SHORT_FORMS = '美欧法德英日韩俄泰新意澳加巴印越老柬缅蒙哈乌吉塔土伊沙埃非葡西荷比瑞丹芬挪奥匈捷波希阿以卡科';
