import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseCharacters } from '../core/characters.ts';
import {
  cleanStage,
  cleanText,
  collapseBlankLines,
  dropRunningHeaders,
  isHeadingLine,
  isPageBanner,
  joinBrokenLines,
  joinSpacedOutLetters,
  normaliseNewlines,
  removeBookmarks,
  removeCjkSpaces,
  stripEmphasis,
  stripHeadingOrnaments,
  stripInlineHtml,
  titleOf,
  trimLeadingSpaces,
  trimTrailingSpaces,
} from '../ingest/clean.ts';
import type { LoadedDocument } from '../ingest/types.ts';
import { CORPUS_DIR } from './helpers/corpus.ts';

describe('text rules', () => {
  test('newlines: CRLF, CR, line separators and form feeds become \\n', () => {
    expect(normaliseNewlines('a\r\nb\rc\u2028d\fe')).toBe('a\nb\nc\nd\ne');
  });

  test('Word bookmark marks are removed, other brackets kept', () => {
    expect(removeBookmarks('[bookmark: _Toc16380][bookmark: _GoBack]（一）发展成就[注1]')).toBe('（一）发展成就[注1]');
  });
});

describe('characters', () => {
  test('CJK radical look-alikes from PDFs become the ideographs', () => {
    expect(normaliseCharacters('⺠⻓⻄⻋⻅⻔⻆⻢⻩⻬⻣')).toBe('民长西车见门角马黄齐骨');
    expect(normaliseCharacters('增⻓12.5%，⼈员')).toBe('增长12.5%，人员');
  });

  test('Kangxi radicals, compatibility ideographs, ligatures and full-width letters and digits are folded', () => {
    expect(normaliseCharacters('⼀⼆⼯作')).toBe('一二工作');
    expect(normaliseCharacters('\uF900\uFA0C')).toBe('豈兀');
    expect(normaliseCharacters('ＰＣＴ申请１２３件，增长１．５％')).toBe('PCT申请123件，增长1.5%');
    expect(normaliseCharacters('ﬁle')).toBe('file');
  });

  test('Chinese punctuation is kept: no blanket NFKC', () => {
    const text = '印发《办法》（以下简称“办法”），要求：一、二；是否？是！。';
    expect(normaliseCharacters(text)).toBe(text);
  });

  test('odd spaces become plain spaces, invisible characters go', () => {
    expect(normaliseCharacters('\u3000\u3000第一条\u00A0总则\u200B\uFEFF')).toBe('  第一条 总则');
  });
});

describe('line rules', () => {
  test('page banners: acronyms, page numbers and rules, but no table cell or content', () => {
    for (const banner of ['CNIPA', '# CNIPA', '12', '- 12 -', '— 3 —', '第 3 页', '第3页 共40页', '3 / 40', '---', '* * *']) {
      expect(isPageBanner(banner)).toBe(true);
    }
    for (const content of ['\t1', '1\t2', 'CNIPA 年度报告', '2025年', 'WIPO和CNIPA', '国家知识产权局', '12.5%', '']) {
      expect(isPageBanner(content)).toBe(false);
    }
  });

  test('spaces between CJK characters, and between CJK and digits or Latin, go', () => {
    expect(removeCjkSpaces('4 月 23 日')).toBe('4月23日');
    expect(removeCjkSpaces('知 识 产 权')).toBe('知识产权');
    expect(removeCjkSpaces('PCT 国际专利申请 4253.5 亿元，较 2020 年的 11.97% 提升')).toBe('PCT国际专利申请4253.5亿元，较2020年的11.97%提升');
    expect(removeCjkSpaces('China National Intellectual Property Administration')).toBe('China National Intellectual Property Administration');
    expect(removeCjkSpaces('地区\t2024 年\t2025 年')).toBe('地区\t2024年\t2025年');
  });

  test('letters spaced out with bars are joined', () => {
    expect(joinSpacedOutLetters('年 | 度 | 报 | 告')).toBe('年度报告');
    expect(joinSpacedOutLetters('1 | 局长致辞')).toBe('1 | 局长致辞');
  });

  test('markdown emphasis, heading ornaments and inline HTML go', () => {
    expect(stripEmphasis('压减至**15**个月，**着力加强法治保障。**')).toBe('压减至15个月，着力加强法治保障。');
    expect(stripEmphasis('__要点__ and snake__case__name')).toBe('要点 and snake__case__name');
    expect(stripHeadingOrnaments('## • 知识产权管理体制持续优化 •')).toBe('## 知识产权管理体制持续优化');
    expect(stripHeadingOrnaments('• 不是标题 •')).toBe('• 不是标题 •');
    expect(stripInlineHtml('<b>复审</b>案件<sup>①</sup>')).toBe('复审案件①');
  });

  test('trailing spaces go, trailing tabs (empty cells) and leading tabs stay', () => {
    expect(trimTrailingSpaces('地区\t2024年\t\t  ')).toBe('地区\t2024年\t\t');
    expect(trimLeadingSpaces('  第一条')).toBe('第一条');
    expect(trimLeadingSpaces('\t指标')).toBe('\t指标');
  });

  test('runs of blank and white-space-only lines collapse to one blank line', () => {
    expect(collapseBlankLines(['', 'a', '', ' ', '\t', 'b', '', ''])).toEqual(['a', '', 'b', '']);
  });

  test('headings of every kind the structure stage reads', () => {
    for (const heading of ['一、总体要求', '（三）加强保护', '3.强化行政保护', '专栏2：商业秘密保护工程', '# 年度要事', '第二章 创造', '5月']) {
      expect(isHeadingLine(heading)).toBe(true);
    }
    for (const text of ['2025年，专利授权量增长。', '1.5万件专利', '以法治化管理立基']) expect(isHeadingLine(text)).toBe(false);
  });
});

describe('running headers', () => {
  test('a short line alone between blank lines on three pages or more goes after its first occurrence; a sentence cut by it joins', () => {
    const page = (body: string) => ['', '江海市知识产权局2030年度报告', '', body];
    const lines = ['江海市知识产权局2030年度报告', '', '一、概况', ...page('全年受理案件120件。'), ...page('全年办结案件110件。全市新建工作站'), ...page('15家。'), '', '注：无', '', '注：无'];
    const kept = dropRunningHeaders(lines);
    expect(kept.filter((l) => l === '江海市知识产权局2030年度报告')).toHaveLength(1);
    expect(kept.filter((l) => l === '注：无')).toHaveLength(2);
    expect(cleanText(lines.join('\n'), 'txt')).toContain('全市新建工作站15家。');
    expect(cleanText(lines.join('\n'), 'txt').split('年度报告')).toHaveLength(2);
  });

  test('headings, punctuated lines and lines seen twice stay', () => {
    const lines = ['甲', '', '一、总体要求', '', '一、总体要求', '', '一、总体要求', '', '本报告说明。', '', '本报告说明。', '', '本报告说明。', '', '年度报告', '', '年度报告'];
    expect(dropRunningHeaders(lines)).toEqual(lines);
  });
});

describe('joinBrokenLines', () => {
  const WRAPPED = [
    '江海市知识产权服务业发展报告',
    '一、发展概况',
    '2025年，江海市知识产权服务机构达到320家，从业人员超过5000',
    '人，服务业营业收入同比增长12.5%。江海市知识产权局联合江海',
    '市财政局设立知识产权运营基金。',
  ];

  test('layout lines of a paragraph are joined; the title and headings are not', () => {
    expect(joinBrokenLines(WRAPPED)).toEqual([
      '江海市知识产权服务业发展报告',
      '一、发展概况',
      '2025年，江海市知识产权服务机构达到320家，从业人员超过5000人，服务业营业收入同比增长12.5%。江海市知识产权局联合江海市财政局设立知识产权运营基金。',
    ]);
  });

  test('a sentence cut by a page break continues across one blank line; a short label does not', () => {
    const lines = ['持续提升商标审查质量，全年注册商标420.6万件。建成', '', '国际领先的专利智能审查系统。', '', '审理系统覆盖线下当面审理、', '', '单位：件'];
    expect(joinBrokenLines(lines)).toEqual([
      '持续提升商标审查质量，全年注册商标420.6万件。建成国际领先的专利智能审查系统。',
      '',
      '审理系统覆盖线下当面审理、',
      '',
      '单位：件',
    ]);
  });

  test('an unclosed title mark continues the sentence', () => {
    expect(joinBrokenLines(['全面完成《规划》实施总结评估，系统总结《规', '', '划》实施成效。'])).toEqual(['全面完成《规划》实施总结评估，系统总结《规划》实施成效。']);
  });

  test('a short unmarked heading, a finished sentence, table rows and list items stay on their own lines', () => {
    const lines = [
      '以法治化管理立基',
      '专利授权量连续4年居全国首位，经过多年发展，深圳知识产权事业取得了瞩目成就',
      '（一）发展成就',
      '指标\t2024年\t2025年',
      '发明专利（件）\t12\t20',
      '- 新建知识产权保护工作站12家',
      '- 举办知识产权宣传周活动30场',
      '全年受理案件1.2万件。',
      '下一段从这里开始。',
    ];
    expect(joinBrokenLines(lines)).toEqual(lines);
  });

  test('a markdown hard break joins the next line, with a space between Latin words', () => {
    expect(joinBrokenLines(['发明专利平均审查周期  ', '压减至', 'China National Intellectual  ', 'Property Administration'])).toEqual([
      '发明专利平均审查周期压减至',
      'China National Intellectual Property Administration',
    ]);
  });
});

describe('cleanText', () => {
  test('all rules together on a converted page', () => {
    const raw = [
      '',
      'CNIPA',
      '',
      '年 | 度 | 报 | 告',
      '',
      '---',
      '## • 知识产权创造质量持续提高 •',
      '[bookmark: _Toc27447]4 月 23 日，江海市发布<b>专利</b>数据，审查周期压减至 **15** 个月，  ',
      '较上年缩短 2 个月。',
      '',
      '',
      '',
      '12',
      '',
      '地区\t2024 年\t\t',
      '\u3000\u3000第一条　为规范⺠营企业专利⼯作，制定本办法。\r',
    ].join('\n');
    expect(cleanText(raw, 'md')).toBe(
      [
        '年度报告',
        '',
        '## 知识产权创造质量持续提高',
        '4月23日，江海市发布专利数据，审查周期压减至15个月，较上年缩短2个月。',
        '',
        '地区\t2024年\t\t',
        '第一条为规范民营企业专利工作，制定本办法。',
      ].join('\n'),
    );
  });

  test('text from HTML, Word or PDF keeps literal asterisks', () => {
    expect(cleanText('注：**为重点项目', 'docx')).toBe('注：**为重点项目');
    expect(cleanText('注：**为重点项目**', 'txt')).toBe('注：为重点项目');
  });

  describe.each(readdirSync(CORPUS_DIR).sort())('corpus file %s', (file) => {
    const raw = readFileSync(join(CORPUS_DIR, file), 'utf8');
    const clean = cleanText(raw, 'txt');

    test('every sentence of the source is still there', () => {
      const squash = (s: string) => normaliseCharacters(s).replace(/<\/?\w+[^>]*>|\*\*|[\s|•]/g, '');
      const cleaned = squash(clean);
      const sentences = removeBookmarks(raw)
        .split('\n')
        .filter((line) => !isPageBanner(line))
        .flatMap((line) => squash(line).split(/(?<=[。！？；])/))
        .filter((s) => s.length > 0);
      expect(sentences.filter((s) => !cleaned.includes(s))).toEqual([]);
    });

    test('no leftovers, and cleaning is idempotent', () => {
      expect(clean).not.toMatch(/\[bookmark:|\*\*|\n{3}|[ ]+\n|^CNIPA$|[⺀-⻿⼀-⿟]/m);
      expect(clean).not.toMatch(/[\u4E00-\u9FFF] +[\u4E00-\u9FFF]/);
      expect(cleanText(clean, 'txt')).toBe(clean);
    });
  });
});

describe('cleanStage', () => {
  const doc = (raw: string): LoadedDocument => ({ path: '/x/附件.txt', name: '附件.txt', format: 'txt', sha256: '0'.repeat(64), raw });

  test('title is the first meaningful line without markdown markup', async () => {
    expect(titleOf('附件\n\n# **江海市专利促进办法**\n正文。')).toBe('江海市专利促进办法');
    expect(await cleanStage.run(doc('附件2：\n\n# **江海市专利促进办法**\n正文。'))).toEqual({
      source: doc('附件2：\n\n# **江海市专利促进办法**\n正文。'),
      text: '附件2：\n\n# 江海市专利促进办法\n正文。',
      title: '江海市专利促进办法',
    });
  });

  test('a document with no title line falls back to the file name', async () => {
    expect((await cleanStage.run(doc('2025\n'))).title).toBe('附件.txt');
  });
});
