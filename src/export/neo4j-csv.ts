import type { PropertyValue } from '../../core/records.ts';
import type { ExportRecord } from '../../core/store.ts';
import { csvField, csvLine } from './csv.ts';

// The graph as `neo4j-admin database import full` reads it: one node file per
// label (`id:ID`, typed property columns, `:LABEL`) and one relationship file
// per type (`:START_ID`, `:END_ID`, `:TYPE`, typed property columns), one ID
// space. Array elements are joined by ARRAY_DELIMITER, a control character no
// text of ours holds; fields with line breaks are quoted, so the import needs
// --multiline-fields=true. import.sh holds the exact command.

export const ARRAY_DELIMITER = '\u001f';
/** How neo4j-admin's --array-delimiter names it. */
const ARRAY_DELIMITER_OPTION = 'U+001F';

export interface CsvFile {
  name: string;
  text: string;
}

type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]' | 'double[]';

export class CsvExportError extends Error {}

const isInteger = (v: unknown) => typeof v === 'number' && Number.isInteger(v);

/** The narrowest neo4j-admin type that holds every value a property takes in one file. */
function columnType(values: PropertyValue[]): ColumnType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length && present.every((v) => typeof v === 'number')) return present.every(isInteger) ? 'long' : 'double';
  if (present.length && present.every(Array.isArray)) {
    const items = (present as unknown[][]).flat();
    if (items.length && items.every((v) => typeof v === 'number')) return items.every(isInteger) ? 'long[]' : 'double[]';
    return 'string[]';
  }
  return 'string';
}

function cell(value: PropertyValue | undefined, type: ColumnType, where: string): string | null {
  if (value === null || value === undefined) return null;
  const text = (v: unknown) => {
    const s = typeof v === 'string' ? v : JSON.stringify(v);
    if (s.includes(ARRAY_DELIMITER)) throw new CsvExportError(`${where}: a value holds the array delimiter U+001F`);
    return s;
  };
  if (type.endsWith('[]')) return (value as unknown[]).map(text).join(ARRAY_DELIMITER);
  return type === 'string' && Array.isArray(value) ? JSON.stringify(value) : typeof value === 'string' ? text(value) : String(value);
}

/** One file of records sharing a label or a type: its typed header, then a line per record. */
function file(name: string, leading: string[], trailing: string, rows: { lead: string[]; tail: string; props: Record<string, PropertyValue> }[]): CsvFile {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].sort();
  const types = new Map(keys.map((k) => [k, columnType(rows.map((r) => r.props[k]))]));
  const header = [...leading, ...keys.map((k) => `${k}:${types.get(k)}`), trailing];
  // An empty field is no property; "" is an empty string or array.
  const field = (value: string | null) => (value === null ? '' : value === '' ? '""' : csvField(value));
  const lines = rows.map((r) =>
    [...r.lead.map((v) => csvField(v)), ...keys.map((k) => field(cell(r.props[k], types.get(k)!, `${name} ${r.lead[0]} ${k}`))), csvField(r.tail)].join(','),
  );
  return { name, text: [csvLine(header), ...lines].map((l) => l + '\n').join('') };
}

const group = <T, K>(items: T[], key: (item: T) => K) => {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

/** Export records as neo4j-admin import files, and the script that imports them into a database. */
export function toNeo4jImportCsv(records: ExportRecord[]): CsvFile[] {
  const nodes = records.filter((r): r is Extract<ExportRecord, { type: 'node' }> => r.type === 'node');
  const relationships = records.filter((r): r is Extract<ExportRecord, { type: 'relationship' }> => r.type === 'relationship');
  const nodeFiles = [...group(nodes, (n) => n.labels.join(';'))].map(([labels, list]) =>
    file(`nodes_${labels.replace(/;/g, '_')}.csv`, ['id:ID'], ':LABEL', list.map((n) => ({ lead: [n.id], tail: labels, props: n.properties }))),
  );
  const relationshipFiles = [...group(relationships, (r) => r.label)].map(([type, list]) =>
    file(`relationships_${type}.csv`, [':START_ID', ':END_ID'], ':TYPE', list.map((r) => ({ lead: [r.start.id, r.end.id], tail: type, props: { ...r.properties, id: r.id } }))),
  );
  return [...nodeFiles, ...relationshipFiles, { name: 'import.sh', text: importScript(nodeFiles, relationshipFiles) }];
}

/** The neo4j-admin command for these files (run from their folder; the database must be new or --overwrite-destination given). */
export function importArguments(nodeFiles: string[], relationshipFiles: string[], database = 'neo4j'): string[] {
  return [
    'database', 'import', 'full',
    ...nodeFiles.map((f) => `--nodes=${f}`),
    ...relationshipFiles.map((f) => `--relationships=${f}`),
    '--multiline-fields=true',
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    database,
  ];
}

function importScript(nodeFiles: CsvFile[], relationshipFiles: CsvFile[]): string {
  const args = importArguments(nodeFiles.map((f) => f.name), relationshipFiles.map((f) => f.name), '"${1:-neo4j}"');
  return [
    '#!/usr/bin/env bash',
    '# Imports these files into a new Neo4j database: bash import.sh [database] (stop the server first;',
    '# add --overwrite-destination=true to replace an existing one). Written by kg export --format csv.',
    'set -euo pipefail',
    'cd "$(dirname "$0")"',
    `neo4j-admin ${args.join(' \\\n  ')}`,
    '',
  ].join('\n');
}
