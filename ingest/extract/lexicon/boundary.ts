// What marks the left edge of a name leaking into the clause before it.

/** Verbs that take a body as their object: whatever the candidate holds up to them is the clause, not the name (情况纳入某委员会). */
export const BOUNDARY_CLAUSE_WORDS = ['纳入', '提交', '抄送', '报送', '移送', '报请', '提请', '告知', '委托', '起诉', '举报', '投诉', '不服', '提起', '未向', '交由', '送交', '报经'];

/** What makes such a verb part of a facility's name (投诉点, 举报中心, 受理窗口). */
export const BOUNDARY_FACILITY_NOUNS = ['点', '站', '处', '中心', '平台', '窗口', '热线', '系统'];

/** Prepositions, conjunctions and adverbs: a name never opens with one (由市人民政府 is 市人民政府). */
export const BOUNDARY_LEADING_CHARS = '由向对经将把被从与及或并未已应可的之其该按据于为在';

/** What is left of an article number before a body: 第十条省人民政府 read from 条, 第二十六条某某部门 from 六条. */
export const BOUNDARY_STRAY = /^(?:[条款项章节](?=[省市县区]|国家|中国)|[一二三四五六七八九十百零〇\d]+[条款章节])/;

/** A body and the set-up verb it governs, run into a facility's name (某部门建设某某平台): the name begins after the verb. */
export const BOUNDARY_AGENT_VERB = /(?:部门|机关|局|厅|委员会|人民政府)(?:建设|建立|设立|搭建|建成)/g;

/** A preposition before a short form inside a candidate (当事人向市某局): the name begins at the short form. */
export const BOUNDARY_PREPOSITION = /[向对由经将把被从在于与给](?=[省市县区](?!场|域))/g;
