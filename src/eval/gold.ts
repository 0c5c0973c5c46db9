import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel, type RelationType } from '../../core/ontology.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface GoldEntity {
  doc: string;
  type: EntityLabel;
  name: string;
  aliases: string[];
  kind?: string;
  evidence?: string;
  /** Outcome fields. */
  indicator?: string;
  value?: string | number;
  unit?: string;
  period?: string;
  subject?: string;
  /** Event field. */
  date?: string;
  /** The indicator as the sentence words it (Outcome), when the annotator gave it. */
  text?: string;
}

export interface GoldRelation {
  doc: string;
  type: RelationType;
  head: string;
  head_type: EntityLabel;
  tail: string;
  tail_type: EntityLabel;
  evidence?: string;
}

export interface GoldQuestion {
  id: string;
  doc: string;
  question_zh: string;
  question_en?: string;
  kind: string;
  subject?: string;
  answers: string[];
  evidence?: string;
}

export interface GoldSet {
  dir: string;
  /** File names of the documents the gold annotates: only these are scored. */
  docs: string[];
  entities: GoldEntity[];
  relations: GoldRelation[];
  questions: GoldQuestion[];
  /** Documents annotated only in part (scope.json): the annotated lines, by document file name. */
  scope: Record<string, GoldScope>;
}

/** The annotated part of a document: lines `from`–`to` (1-based, inclusive) of `file`. */
export interface GoldScope {
  /** Absolute path. */
  file: string;
  from: number;
  to: number;
  lines: string[];
}

export class GoldFormatError extends Error {}

function readJsonLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line)
    .map(({ line, n }) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new GoldFormatError(`${path}:${n}: not a JSON object`);
      }
    });
}

function requireFields(path: string, row: Record<string, unknown>, fields: string[]) {
  const missing = fields.filter((f) => typeof row[f] !== 'string' || !row[f]);
  if (missing.length) throw new GoldFormatError(`${path}: a line lacks ${missing.join(', ')}: ${JSON.stringify(row).slice(0, 120)}`);
}

function requireOneOf(path: string, value: unknown, allowed: readonly string[], what: string) {
  if (!allowed.includes(value as string)) throw new GoldFormatError(`${path}: unknown ${what} ${JSON.stringify(value)}`);
}

const isLineNumber = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;

/** scope.json: {"<doc>": {"file": "<path relative to the gold folder>", "from": L1, "to": L2}}. */
function readScope(dir: string, docs: readonly string[]): Record<string, GoldScope> {
  const path = join(dir, 'scope.json');
  if (!existsSync(path)) return {};
  const shape = 'expected {"<doc>": {"file": "<path relative to the gold folder>", "from": <first line>, "to": <last line>}}';
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new GoldFormatError(`${path}: not valid JSON (${(error as Error).message}); ${shape}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new GoldFormatError(`${path}: ${shape}`);
  const scope: Record<string, GoldScope> = {};
  for (const [doc, entry] of Object.entries(parsed)) {
    const where = `${path}: "${doc}"`;
    if (!docs.includes(doc)) throw new GoldFormatError(`${where} is not a document of the gold (${docs.join(', ')})`);
    const { file, from, to } = (entry ?? {}) as Record<string, unknown>;
    if (typeof file !== 'string' || !file) throw new GoldFormatError(`${where}: "file" must name the document's text, relative to ${dir}`);
    if (!isLineNumber(from) || !isLineNumber(to) || from > to) {
      throw new GoldFormatError(`${where}: "from" and "to" must be line numbers (1 or more) with from <= to, got ${JSON.stringify(from)} and ${JSON.stringify(to)}`);
    }
    const absolute = resolve(dir, file);
    if (!existsSync(absolute)) throw new GoldFormatError(`${where}: file ${absolute} not found`);
    const all = readFileSync(absolute, 'utf8').split('\n');
    if (to > all.length) throw new GoldFormatError(`${where}: lines ${from}-${to} run past the end of ${file} (${all.length} lines)`);
    scope[doc] = { file: absolute, from, to, lines: all.slice(from - 1, to) };
  }
  return scope;
}

/** Reads a gold folder (entities.jsonl, relations.jsonl, optional qa.jsonl and scope.json) as described in shared/gold/README.md. */
export function loadGold(dir: string): GoldSet {
  const entitiesPath = join(dir, 'entities.jsonl');
  const relationsPath = join(dir, 'relations.jsonl');
  const qaPath = join(dir, 'qa.jsonl');
  for (const p of [entitiesPath, relationsPath]) if (!existsSync(p)) throw new GoldFormatError(`gold folder ${dir} has no ${p.slice(dir.length + 1)}`);

  const entities = readJsonLines(entitiesPath).map((row) => {
    requireFields(entitiesPath, row, ['doc', 'type', 'name']);
    requireOneOf(entitiesPath, row.type, ENTITY_LABELS, 'entity type');
    return { ...row, aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [] } as unknown as GoldEntity;
  });
  const relations = readJsonLines(relationsPath).map((row) => {
    requireFields(relationsPath, row, ['doc', 'type', 'head', 'tail', 'head_type', 'tail_type']);
    requireOneOf(relationsPath, row.type, RELATION_TYPES, 'relation type');
    return row as unknown as GoldRelation;
  });
  const questions = existsSync(qaPath)
    ? readJsonLines(qaPath).map((row) => {
        requireFields(qaPath, row, ['id', 'doc', 'question_zh', 'kind']);
        return { ...row, answers: Array.isArray(row.answers) ? row.answers.map(String) : [] } as unknown as GoldQuestion;
      })
    : [];
  const docs = [...new Set([...entities, ...relations].map((x) => x.doc))].sort();
  return { dir, docs, entities, relations, questions, scope: readScope(dir, docs) };
}
