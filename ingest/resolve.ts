import type { DocumentGraph, DocumentRecord, EntityRecord, MentionRecord, RelationRecord } from '../core/records.ts';
import type { EntityLabel } from '../core/ontology.ts';
import { createHash } from 'node:crypto';
import { documentRevision } from './version.ts';
import { firstDate } from './dates.ts';
import { isQualifiedName } from './extract/lexicon/regions.ts';
import { normalizeName } from '../core/names.ts';
import type { Chunk, EntityMention, ExtractedDocument, ExtractedEntity } from './types.ts';

/** A stored entity as `lookup` returns it. */
export interface KnownEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  props?: Record<string, unknown>;
}

export type EntityLookup = (names: string[]) => Promise<KnownEntity[]>;

/** One document's entity joined to an entity another document stored first. */
export interface MergeLogEntry {
  doc: string;
  label: EntityLabel;
  /** The name this document gives the entity. */
  name: string;
  /** Id and canonical name of the stored entity it became. */
  mergedInto: { id: string; name: string };
  reason: string;
}

const hex16 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

export function entityId(label: EntityLabel, canonicalName: string): string {
  return 'e_' + hex16(`${label}:${normalizeName(canonicalName)}`);
}

/**
 * The jurisdiction a body named by role acts in, when its name does not say
 * it: 县级以上人民政府 of one province's regulation is not that of another's.
 * Null for every other entity.
 */
export function roleScope(entity: { name: string; props?: Record<string, unknown> }): string | null {
  const { role, jurisdiction } = entity.props ?? {};
  if (role !== true || typeof jurisdiction !== 'string' || !jurisdiction) return null;
  return isQualifiedName(entity.name) ? null : jurisdiction;
}

/** The id of an entity: its label and name, and the jurisdiction of a role whose name leaves it out. */
function idOf(entity: ExtractedEntity): string {
  const scope = roleScope(entity);
  return scope ? entityId(entity.label, `${entity.name}@${scope}`) : entityId(entity.label, entity.name);
}

/** One relation per statement: a fact two sentences of a document state is two relations, each with its sentence. */
export function relationId(type: string, start: string, end: string, doc: string, spanStart: number): string {
  return 'r_' + hex16(`${type}|${start}|${end}|${doc}@${spanStart}`);
}

export function describeMerge(m: MergeLogEntry): string {
  return `${m.doc}: ${m.label} "${m.name}" -> "${m.mergedInto.name}" (${m.mergedInto.id}): ${m.reason}`;
}

/** The lines at the top of a document where its date is written, if anywhere. */
const HEADER_CHARS = 300;

function documentRecord(doc: ExtractedDocument): DocumentRecord {
  const { source } = doc;
  return {
    id: source.name,
    title: doc.title,
    path: source.path,
    sha256: source.sha256,
    revision: documentRevision(source.sha256, doc.extractor),
    format: source.format,
    date: firstDate(doc.text.slice(0, HEADER_CHARS)),
    text: doc.text,
  };
}

/** Stored entities with their names normalised once, indexed by name and by alias. */
interface KnownIndex {
  entries: { known: KnownEntity; name: string; aliases: Set<string> }[];
  byKey: Map<string, number[]>;
}

function indexKnown(known: KnownEntity[]): KnownIndex {
  const byKey = new Map<string, number[]>();
  const entries = known.map((k, i) => {
    const entry = { known: k, name: normalizeName(k.name), aliases: new Set(k.aliases.map(normalizeName)) };
    for (const key of new Set([entry.name, ...entry.aliases])) {
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
    return entry;
  });
  return { entries, byKey };
}

/**
 * Finds the stored entity this one is. The canonical name of either side may
 * equal a name of the other; two aliases count only when the shared alias names
 * one body on its own (it carries a place or is an acronym), so short forms such
 * as 市公安局 never join a Shenzhen body to a Guangzhou one. A role joins only
 * the same role of the same jurisdiction. More than one candidate is
 * ambiguous and merges nothing.
 */
function findStored(entity: ExtractedEntity, known: KnownIndex): { target: KnownEntity; reason: string } | null {
  const own = normalizeName(entity.name);
  const ownAliases = new Map(entity.aliases.map((a) => [normalizeName(a), a]));
  // Only entities sharing a key with this one can match; they are tried in the order given, as a scan of all would.
  const candidates = [...new Set([own, ...ownAliases.keys()].flatMap((key) => known.byKey.get(key) ?? []))].sort((a, b) => a - b);
  const matches: { target: KnownEntity; reason: string }[] = [];
  const scope = roleScope(entity);
  for (const i of candidates) {
    const { known: k, name: theirs, aliases: theirAliases } = known.entries[i];
    if (k.label !== entity.label || roleScope(k) !== scope) continue;
    if (theirs === own) matches.push({ target: k, reason: 'same name' });
    else if (theirAliases.has(own)) matches.push({ target: k, reason: `name "${entity.name}" is an alias of the stored entity` });
    else if (ownAliases.has(theirs)) matches.push({ target: k, reason: `stored name "${k.name}" is an alias here` });
    else {
      const shared = [...ownAliases].find(([norm, alias]) => theirAliases.has(norm) && isQualifiedName(alias));
      if (shared) matches.push({ target: k, reason: `both have the alias "${shared[1]}"` });
    }
  }
  const ids = new Set(matches.map((m) => m.target.id));
  return ids.size === 1 ? matches[0] : null;
}

/** The chunk holding a mention: the one containing it, else the one it starts in. */
function chunkAt(chunks: Chunk[], m: EntityMention): Chunk | null {
  let lo = 0;
  let hi = chunks.length - 1;
  let found: Chunk | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid].start <= m.start) {
      found = chunks[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found ?? chunks[0] ?? null;
}

/**
 * Turns one document's extraction into its write unit: global entity ids
 * (reusing stored entities the document names the same way), mentions tied to
 * chunks, one relation per (type, start, end, doc).
 */
export async function resolve(doc: ExtractedDocument, lookup: EntityLookup): Promise<{ graph: DocumentGraph; merges: MergeLogEntry[] }> {
  const document = documentRecord(doc);
  const { entities: extracted, relations } = doc.extraction;
  const names = [...new Set(extracted.flatMap((e) => [e.name, ...e.aliases]))];
  const known = indexKnown(names.length ? await lookup(names) : []);

  const merges: MergeLogEntry[] = [];
  const records = new Map<string, EntityRecord>();
  const idOfKey = new Map<string, string>();
  const mentions = new Map<string, MentionRecord>();

  for (const entity of extracted) {
    const stored = findStored(entity, known);
    const id = stored?.target.id ?? idOf(entity);
    // A document that names a stored entity more fully (中华人民共和国 for 我国) gives it that name.
    const name = stored && stored.target.name.length >= entity.name.length ? stored.target.name : entity.name;
    if (stored && stored.reason !== 'same name') {
      merges.push({ doc: document.id, label: entity.label, name: entity.name, mergedInto: { id, name: stored.target.name }, reason: stored.reason });
    }
    idOfKey.set(entity.key, id);
    const record = records.get(id) ?? { id, label: entity.label, name, aliases: [], props: {} };
    for (const alias of [entity.name, ...entity.aliases]) {
      if (normalizeName(alias) !== normalizeName(name) && !record.aliases.includes(alias)) record.aliases.push(alias);
    }
    record.props = { ...entity.props, ...record.props };
    // The surest reading of the entity in this document, and who made it.
    if (typeof record.props.confidence !== 'number' || entity.confidence > record.props.confidence) {
      record.props.confidence = entity.confidence;
      record.props.source = entity.source;
    }
    records.set(id, record);

    for (const m of entity.mentions) {
      const chunk = chunkAt(doc.chunks, m);
      if (!chunk) continue;
      const key = `${id}:${m.start}:${m.end}`;
      if (!mentions.has(key)) mentions.set(key, { entity: id, chunk: chunk.id, doc: document.id, start: m.start, end: m.end, surface: m.surface });
    }
  }

  const edges = new Map<string, RelationRecord>();
  for (const r of relations) {
    const start = idOfKey.get(r.head);
    const end = idOfKey.get(r.tail);
    if (!start || !end || start === end) continue;
    const id = relationId(r.type, start, end, document.id, r.start);
    const existing = edges.get(id);
    const confidence = Math.max(r.confidence, existing?.confidence ?? 0);
    if (!existing || r.start < existing.spanStart) {
      edges.set(id, { id, type: r.type, start, end, doc: document.id, evidence: r.evidence, spanStart: r.start, spanEnd: r.end, confidence, rule: r.rule });
    } else existing.confidence = confidence;
  }

  return {
    graph: {
      document,
      chunks: doc.chunks.map((c) => ({ id: c.id, doc: document.id, index: c.index, text: c.text, start: c.start, end: c.end, sectionPath: c.sectionPath })),
      entities: [...records.values()],
      mentions: [...mentions.values()].sort((a, b) => a.start - b.start || a.end - b.end || (a.entity < b.entity ? -1 : 1)),
      relations: [...edges.values()].sort((a, b) => a.spanStart - b.spanStart || (a.id < b.id ? -1 : 1)),
    },
    merges,
  };
}
