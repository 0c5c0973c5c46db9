import { QueryRefusedError } from '../../core/store.ts';

/**
 * Clauses and commands that are not queries: writes, imports, transactions in
 * batches, and every administration command (SHOW …, TERMINATE …, USE, users,
 * roles, privileges, databases, aliases, servers).
 */
const NOT_QUERIES = [
  'CREATE', 'MERGE', 'SET', 'DELETE', 'REMOVE', 'DROP', 'FOREACH', 'LOAD', 'ALTER', 'RENAME',
  'GRANT', 'REVOKE', 'DENY', 'SHOW', 'TERMINATE', 'USE', 'START', 'STOP', 'ENABLE', 'DEALLOCATE', 'REALLOCATE', 'DRYRUN',
];

/** The read procedures a query may call: index queries and schema listing. */
const READ_PROCEDURES = new Set(
  [
    'db.index.fulltext.queryNodes',
    'db.index.fulltext.queryRelationships',
    'db.index.vector.queryNodes',
    'db.index.vector.queryRelationships',
    'db.labels',
    'db.relationshipTypes',
    'db.propertyKeys',
    'db.schema.visualization',
    'db.schema.nodeTypeProperties',
    'db.schema.relTypeProperties',
  ].map((name) => name.toLowerCase()),
);

/** How a query may begin (after an optional CYPHER options prefix, EXPLAIN or PROFILE). */
const QUERY_STARTS = new Set(['MATCH', 'OPTIONAL', 'WITH', 'UNWIND', 'RETURN', 'CALL']);

/**
 * The text with comments and string literals blanked out, so keywords inside
 * them do not count; `quoted` names become a placeholder, or lose their quotes
 * when `unquoteNames` (to see procedure names written as `db.labels`).
 */
function codeOnly(query: string, unquoteNames = false): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, (m) =>
    m.startsWith('`') ? (unquoteNames ? m.slice(1, -1) : 'x') : ' ',
  );
}

/** Keywords of the query: words that are not property keys (`n.set`), parameters, labels or types (`:Show`), or map keys (`{set: 1}`). */
function keywords(code: string): string[] {
  const words: string[] = [];
  for (const m of code.matchAll(/[A-Za-z_]\w*/g)) {
    const before = code.slice(0, m.index).trimEnd().at(-1);
    const after = code.slice(m.index + m[0].length).trimStart()[0];
    if (before === '.' || before === '$' || before === ':' || (after === ':' && (before === '{' || before === ','))) continue;
    words.push(m[0].toUpperCase());
  }
  return words;
}

/**
 * Lets only queries through: they begin with a reading clause, use no clause
 * that writes or administers (SHOW, TERMINATE and the rest are refused with
 * 400 before anything is sent), and call only the read procedures of the
 * allow-list. The READ access mode of the session is the second line of
 * defence: Neo4j itself refuses writes there.
 */
export function assertReadOnly(query: string): void {
  const words = keywords(codeOnly(query));
  const refused = words.find((w) => NOT_QUERIES.includes(w));
  if (refused) throw new QueryRefusedError(`read-only endpoint: ${refused} is not allowed (only queries: MATCH, WITH, UNWIND, RETURN, CALL of read procedures)`);
  const transactions = /\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i.exec(codeOnly(query));
  if (transactions) throw new QueryRefusedError('read-only endpoint: CALL { … } IN TRANSACTIONS is not allowed');
  let first = 0;
  while (['CYPHER', 'EXPLAIN', 'PROFILE'].includes(words[first] ?? '')) first = words[first] === 'CYPHER' ? skipOptions(words, first) : first + 1;
  if (!QUERY_STARTS.has(words[first] ?? '')) throw new QueryRefusedError(`read-only endpoint: a query begins with MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN or CALL, not ${words[first] ?? 'nothing'}`);
  for (const call of codeOnly(query, true).matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi)) {
    if (!READ_PROCEDURES.has(call[1].toLowerCase())) {
      throw new QueryRefusedError(`read-only endpoint: procedure ${call[1]} is not allowed (allowed: ${[...READ_PROCEDURES].join(', ')}, and CALL { … } subqueries)`);
    }
  }
}

/** After CYPHER, its version and `option=value` pairs: the index of the first word of the query itself. */
function skipOptions(words: string[], at: number): number {
  let i = at + 1;
  while (i < words.length && !QUERY_STARTS.has(words[i]) && !['EXPLAIN', 'PROFILE'].includes(words[i]) && !NOT_QUERIES.includes(words[i])) i++;
  return i;
}
