// Facilities a text says were set up, and how it counts them.

/** Verbs that set up facilities; a count after one counts what was set up. */
export const SET_UP_FACILITY = /新设|新建|建成|设立|组建|新增|建设|培育|认定|挂牌|布局|打造|上线|开通/;

/**
 * After the set-up verb: the places listed before 等 (group 1), the count (2)
 * and the facility (3) up to the end of the clause: 某地、某地等2个某某平台.
 */
export const COUNTED_FACILITY = /(?:^|[，、]|以及|及|和)\s*(?:新设|新建|建成|设立|组建|新增|建设|培育|认定|挂牌|布局|打造|上线|开通)?\s*((?:[\u4e00-\u9fa5]{2,8}、)*[\u4e00-\u9fa5]{2,8}(?=等))?等?\s*(\d+|[一二三四五六七八九十两]+)\s*(?:余|多)?\s*(?:个|家|座|所|处)\s*([\u4e00-\u9fa5“”（）]{2,30}?)(?=[，。；、]|$)/g;

/** A level before a kind of facility: 国家级某某中心 is a 某某中心 of the national rank. */
export const FACILITY_LEVEL = /^(?:国家级|省级|市级|县级|区级)/;
