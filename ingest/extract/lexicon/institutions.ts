// National and international bodies everyone in the field knows, with their
// usual short forms and acronyms: full name, then other forms.
export type InstitutionKind = 'government' | 'judicial' | 'enterprise' | 'academic' | 'association' | 'international' | 'other';

const NATIONAL = `
党中央 中共中央|国务院|全国人民代表大会常务委员会 全国人大常委会|国务院办公厅|中央宣传部 中宣部|
国家知识产权局 CNIPA|国家版权局|国家市场监督管理总局 市场监管总局|海关总署|公安部|最高人民法院 最高法|最高人民检察院 最高检|
国家发展和改革委员会 国家发展改革委 国家发改委|科学技术部 科技部|工业和信息化部 工信部|商务部|司法部|财政部|教育部|外交部|
农业农村部|文化和旅游部|国家金融监督管理总局|中国人民银行|国务院新闻办公室 国新办|国务院国有资产监督管理委员会 国务院国资委|
中国科学院|中国工程院|中国社会科学院|国家林业和草原局|国家药品监督管理局|国家标准化管理委员会`;

const INTERNATIONAL = `
世界知识产权组织 WIPO|世界贸易组织 WTO 世贸组织|亚太经济合作组织 APEC|联合国|欧洲专利局 EPO|欧盟知识产权局 EUIPO|
美国专利商标局 USPTO|日本特许厅 JPO|韩国知识产权局 KIPO|新加坡知识产权局 IPOS|国际保护知识产权协会 AIPPI|国际商标协会 INTA|
国际许可贸易工作者协会 LESI|国际标准化组织 ISO|国际电信联盟 ITU|上海合作组织|金砖国家|东南亚国家联盟|海湾阿拉伯国家合作委员会 海合会`;

export interface KnownInstitution {
  name: string;
  forms: string[];
  kind: InstitutionKind;
}

const parse = (block: string, kind: InstitutionKind): KnownInstitution[] =>
  block
    .split(/[|\n]/)
    .map((g) => g.trim().split(/\s+/).filter(Boolean))
    .filter((g) => g.length)
    .map((forms) => ({ name: forms[0], forms, kind }));

export const KNOWN_INSTITUTIONS: KnownInstitution[] = [
  ...parse(NATIONAL, 'government'),
  ...parse(INTERNATIONAL, 'international'),
].map((i) => (/法院|检察院/.test(i.name) ? { ...i, kind: 'judicial' } : i));
