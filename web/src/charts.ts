// The instrument mix as 100 % stacked bars, one row per group (region, year…),
// one segment per tool, coloured by tool within its category's hue; SVG, no library.
import { INSTRUMENT_CATEGORIES, INSTRUMENT_TOOLS, TOOLS } from '../../core/instruments/scheme.ts';
import type { InstrumentTable } from './api.ts';
import { h } from './dom.ts';

export const CATEGORY_NAMES: Record<string, string> = { supply: '供给型', environment: '环境型', demand: '需求型' };

export const TOOL_NAMES: Record<string, string> = {
  talent: '人才培养', funding: '资金投入', infrastructure: '基础设施', public_service: '公共服务', information: '信息支持',
  planning: '目标规划', regulation: '法规管制', finance_tax: '金融财税', protection: '知识产权保护', strategic: '策略性措施',
  procurement: '政府采购', outsourcing: '服务外包', trade: '贸易管制', overseas: '海外布局', application: '应用推广',
};

/** Supply in blues, environment in greens, demand in oranges; darker first within a category. */
export const TOOL_COLOURS: Record<string, string> = {
  talent: '#1f4e79', funding: '#2e75b6', infrastructure: '#5b9bd5', public_service: '#9dc3e6', information: '#c9def2',
  planning: '#1e5631', regulation: '#2e7d32', finance_tax: '#4caf50', protection: '#81c784', strategic: '#c2e6c2',
  procurement: '#8a4b08', outsourcing: '#c0630f', trade: '#e6851e', overseas: '#f5a65b', application: '#fbd3a5',
};

type Group = InstrumentTable['groups'][number];
export type Cell = Group['cells'][number];

const SVG = 'http://www.w3.org/2000/svg';
const ROW = 26;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 420;
const COUNT_WIDTH = 60;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, ...children: (Node | string)[]) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  element.append(...children);
  return element;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const clip = (text: string, max = 11) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One bar per group; a click on a segment hands its group and cell to `onPick`. */
export function mixChart(table: InstrumentTable, onPick: (group: Group, cell: Cell) => void): SVGSVGElement {
  const groups = table.groups.filter((g) => g.measures > g.uncoded);
  const chart = svg('svg', {
    class: 'mix-chart', role: 'img', 'aria-label': `政策工具结构（按${table.groupBy}）`,
    width: LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH, height: groups.length * ROW + 4,
    viewBox: `0 0 ${LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH} ${groups.length * ROW + 4}`,
  });
  groups.forEach((group, row) => {
    const y = row * ROW + 2;
    const line = svg('g', { class: 'mix-row', 'data-group': group.key });
    line.append(svg('text', { x: LABEL_WIDTH - 8, y: y + ROW / 2 + 4, 'text-anchor': 'end', class: 'mix-label' }, svg('title', {}, group.name), clip(group.name)));
    let x = LABEL_WIDTH;
    for (const cell of group.cells.filter((c) => c.count > 0)) {
      const width = cell.share * BAR_WIDTH;
      const segment = svg('rect', {
        x, y, width: Math.max(width, 0.5), height: ROW - 6, fill: TOOL_COLOURS[cell.tool],
        class: 'mix-segment', 'data-tool': cell.tool, 'data-count': cell.count, tabindex: 0,
      }, svg('title', {}, `${group.name} · ${CATEGORY_NAMES[cell.category]} · ${TOOL_NAMES[cell.tool]}：${cell.count} 项（${percent(cell.share)}）`));
      segment.addEventListener('click', () => onPick(group, cell));
      segment.addEventListener('keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter') onPick(group, cell);
      });
      line.append(segment);
      x += width;
    }
    line.append(svg('text', { x: LABEL_WIDTH + BAR_WIDTH + 6, y: y + ROW / 2 + 4, class: 'mix-count' }, `${group.measures - group.uncoded}`));
    chart.append(line);
  });
  return chart;
}

/** The tools' colours, by category. */
export function toolLegend(): HTMLElement {
  return h('div', { class: 'tool-legend' }, INSTRUMENT_CATEGORIES.map((category) =>
    h('div', { class: 'legend-category' }, h('strong', {}, CATEGORY_NAMES[category]),
      INSTRUMENT_TOOLS
        .filter((tool) => TOOLS[tool].category === category)
        .map((tool) => h('span', { class: 'legend-tool' }, h('span', { class: 'swatch', style: `--label-colour:${TOOL_COLOURS[tool]}` }), TOOL_NAMES[tool])))));
}
