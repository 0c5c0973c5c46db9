import { sketchDocument, type SketchEntity } from './graphs.ts';

// Twenty-five near-duplicate documents that all state the same chain of facts:
// start - two bodies - a hub - two platforms - end. Between start and end there
// are four shortest paths over facts, but 4 × 25^4 ≈ 1.56 million over
// relations when the same fact from each document counts as its own edge.

export const DUPLICATES = 25;

export const D = {
  start: { id: 'e_dup_start', label: 'Policy', name: '某市知识产权强市建设方案' },
  left: { id: 'e_dup_left', label: 'Institution', name: '某市市场监督管理局' },
  right: { id: 'e_dup_right', label: 'Institution', name: '某市司法局' },
  hub: { id: 'e_dup_hub', label: 'Region', name: '某市' },
  west: { id: 'e_dup_west', label: 'Platform', name: '某市西部知识产权服务站' },
  east: { id: 'e_dup_east', label: 'Platform', name: '某市东部知识产权服务站' },
  end: { id: 'e_dup_end', label: 'Outcome', name: '专利授权量：900件（2025年）', props: { indicator: '专利授权量', value: 900, unit: '件', period: '2025', kind: 'actual' } },
} satisfies Record<string, SketchEntity>;

export function nearDuplicates(count = DUPLICATES) {
  return Array.from({ length: count }, (_, i) =>
    sketchDocument(
      `copy_${String(i).padStart(2, '0')}.txt`,
      [
        `某市市场监督管理局实施某市知识产权强市建设方案。`,
        `某市司法局实施某市知识产权强市建设方案。`,
        `某市市场监督管理局位于某市。`,
        `某市司法局位于某市。`,
        `某市西部知识产权服务站位于某市。`,
        `某市东部知识产权服务站位于某市。`,
        `某市西部知识产权服务站使专利授权量：900件（2025年）。`,
        `某市东部知识产权服务站使专利授权量：900件（2025年）。`,
        `附注${i}。`,
      ],
      Object.values(D),
      [
        { type: 'IMPLEMENTS', start: D.left.id, end: D.start.id },
        { type: 'IMPLEMENTS', start: D.right.id, end: D.start.id },
        { type: 'LOCATED_IN', start: D.left.id, end: D.hub.id },
        { type: 'LOCATED_IN', start: D.right.id, end: D.hub.id },
        { type: 'LOCATED_IN', start: D.west.id, end: D.hub.id },
        { type: 'LOCATED_IN', start: D.east.id, end: D.hub.id },
        { type: 'PRODUCED', start: D.west.id, end: D.end.id },
        { type: 'PRODUCED', start: D.east.id, end: D.end.id },
      ],
    ),
  );
}
