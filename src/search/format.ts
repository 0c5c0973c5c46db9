import type { SearchResponse } from './hybrid.ts';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The plain-text form of a search response, for `kg search`. */
export function formatSearchResponse({ q, mode, passages, warning }: SearchResponse): string {
  const note = warning ? `warning: ${warning}\n` : '';
  if (passages.length === 0) return `${note}no passage found for "${q}" (${mode})`;
  const blocks = passages.map((p, i) => {
    const lines = [
      `${i + 1}. ${p.doc} [${p.start}-${p.end}] score ${p.score.toFixed(4)}${p.sectionPath.length ? `  ${p.sectionPath.join(' > ')}` : ''}`,
      `   ${oneLine(p.text)}`,
    ];
    if (p.entities.length) lines.push(`   entities: ${p.entities.map((e) => `${e.name} (${e.label})`).join(', ')}`);
    for (const r of p.relations) lines.push(`   ${r.inPassage ? '*' : '-'} ${r.start.name} -${r.type}-> ${r.end.name}`);
    return lines.join('\n');
  });
  return note + [`${passages.length} passage${passages.length === 1 ? '' : 's'} for "${q}" (${mode})`, ...blocks].join('\n\n');
}
