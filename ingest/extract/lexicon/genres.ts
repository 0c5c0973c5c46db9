// What a document's title (and the block of lines above its body) says about
// its genre. The first cue that matches decides; a document whose articles are
// numbered 第X条 is a regulation whatever its title says.

export const GENRES = ['plan', 'regulation', 'report', 'chronicle', 'news', 'press-release', 'notice'] as const;
export type Genre = (typeof GENRES)[number];

export const GENRE_CUES: { genre: Genre; title: RegExp }[] = [
  // 年度十大事件, 大事记, 年度要事: a list of what happened.
  { genre: 'chronicle', title: /事件|大事记|大事|要事/ },
  // A report tells what was done, even when it reports on a plan (…规划实施情况).
  { genre: 'report', title: /总结|报告|年报|白皮书|情况|状况|综述|蓝皮书/ },
  { genre: 'press-release', title: /发布会|新闻发布|答记者问|新闻通稿/ },
  { genre: 'regulation', title: /(?:条例|办法|规定|细则|规则|法)(?:[（(][^（）()]*[）)])?$/ },
  { genre: 'plan', title: /规划|纲要|计划|方案|意见|措施|举措|要点|行动/ },
  { genre: 'notice', title: /通知|公告|通告|通报/ },
];

/** The genres that state who does what in prose: read clause by clause. */
export const FRAME_GENRES: readonly Genre[] = ['regulation', 'report', 'news', 'press-release', 'notice', 'chronicle'];

/** 第三条 at the start of a line: a regulation's article. */
export const ARTICLE_MARKER = /^第([一二三四五六七八九十百零〇\d]+)条[\s　]*/;
/** Articles it takes to call a document a regulation whatever its title. */
export const MIN_ARTICLES = 3;

/** 一是…, 二是…: the numbered items of a report's paragraph. */
export const ITEM_MARKER = /(?:^|(?<=[。；！？\s]))([一二三四五六七八九十])是/g;
