// Constructions that state an event without naming it by a head noun.

/** 本条例自2016年1月1日起施行: a regulation's entry into force, dated. */
export const ENTRY_INTO_FORCE = /本(?:条例|办法|规定|细则|决定|规则)自((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)起施行/g;

/** 某省人民代表大会常务委员会公告第30号公布: its promulgation, as the header records it; group 1 is the announcement. */
export const PROMULGATION = /(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*)?([^\n，。\d\s][^\n，。]{3,40}?公告第[\d一二三四五六七八九十百]+号)\s*公布/g;

/** 《旧条例》同时废止: the repeal of the instrument a new one replaces; group 1 is its title. */
export const REPEAL = /《([^《》\n]{2,40})》(?:同时)?(?:予以)?废止/g;

/** 对…的20个集体和40名个人予以通报表扬: a commendation; group 1 is who, group 3 the award. */
export const COMMENDATION = /对([^，。；]{4,40}?)(予以|给予)(通报表扬|通报表彰|表彰|表扬)/g;

/** 赴某国、某国开展某某合作交流: a visit; group 1 is where, group 2 what. */
/** 赴某省、某省调研某某工作: a study visit named by what was studied; group 1 is where, 2 the verb, 3 what. */
export const STUDY_VISIT = /赴([^，。；]{2,20}?)(调研|考察|督导|检查)([^，。；]{4,30}?)(?=[，。；]|$)/g;

export const VISIT = /赴([^，。；]{2,30}?)(?:开展|进行|参加)([^，。；]{2,30}(?:交流|考察|调研|访问|合作))(?=[，。；]|$)/g;

/** 会见来访的某国某局局长一行, 与某局举行双边会谈: a meeting between parties, told in any sentence, dated or not. */
export const TALKS = /(?:会见|会晤|(?:举行|进行)了?(?:双边|多边|正式|工作|视频|深入)?(?:会谈|会晤|磋商))(?!机制|制度)/;
