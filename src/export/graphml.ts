import type { PropertyValue } from '../../core/records.ts';
import type { ExportRecord } from '../../core/store.ts';

const escapeXml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    // XML 1.0 forbids most control characters even when escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

const graphmlType = (v: PropertyValue) => (typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string');
const asText = (v: PropertyValue) => (Array.isArray(v) ? v.join('; ') : String(v));

/** GraphML that Gephi opens: one <key> per property name, arrays joined with "; ". */
export function toGraphml(records: ExportRecord[]): string {
  const keys = new Map<string, { for: 'node' | 'edge'; name: string; type: string }>();
  const keyId = (scope: 'node' | 'edge', name: string, value: PropertyValue) => {
    const id = `${scope[0]}_${name}`;
    if (!keys.has(id)) keys.set(id, { for: scope, name, type: graphmlType(value) });
    return id;
  };
  const data = (scope: 'node' | 'edge', props: Record<string, PropertyValue>) =>
    Object.entries(props)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `<data key="${keyId(scope, k, v)}">${escapeXml(asText(v))}</data>`)
      .join('');
  const body: string[] = [];
  for (const r of records) {
    if (r.type === 'node') {
      body.push(`<node id="${escapeXml(r.id)}">${data('node', { label: r.labels.join(':'), ...r.properties })}</node>`);
    } else {
      body.push(
        `<edge id="${escapeXml(r.id)}" source="${escapeXml(r.start.id)}" target="${escapeXml(r.end.id)}">${data('edge', { type: r.label, ...r.properties })}</edge>`,
      );
    }
  }
  const keyLines = [...keys].map(([id, k]) => `<key id="${id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keyLines,
    '<graph id="policy-kg" edgedefault="directed">',
    ...body,
    '</graph>',
    '</graphml>',
    '',
  ].join('\n');
}

export function toJsonl(records: ExportRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
