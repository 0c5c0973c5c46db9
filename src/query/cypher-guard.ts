import { QueryRefusedError } from '../../core/store.ts';

/** Clauses that change the graph or reach outside it. */
const WRITE_CLAUSES = [
  /\bCREATE\b/,
  /\bMERGE\b/,
  /\bSET\b/,
  /\bDELETE\b/,
  /\bREMOVE\b/,
  /\bDROP\b/,
  /\bFOREACH\b/,
  /\bLOAD\s+CSV\b/,
  /\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/,
  /\bALTER\b/,
  /\bGRANT\b|\bREVOKE\b|\bDENY\b/,
  /\bSTART\s+DATABASE\b|\bSTOP\s+DATABASE\b/,
];

/** Procedures that write, administer or read files and URLs. */
const WRITE_PROCEDURES =
  /^(dbms\.|db\.(create|drop|index\.fulltext\.(create|drop)|clearQueryCaches)|tx\.|gds\.|apoc\.(create|merge|refactor|periodic|do|cypher\.(run)?write|cypher\.doit|trigger|load|import|export|schema|nodes\.(delete|link)|atomic|lock|graph\.fromDocument|systemdb))/i;

/**
 * The text with comments and string literals blanked out, so keywords inside
 * them do not count; `quoted` names become a placeholder, or lose their quotes
 * when `unquoteNames` (to see procedure names written as `apoc.create.node`).
 */
function codeOnly(query: string, unquoteNames = false): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, (m) =>
    m.startsWith('`') ? (unquoteNames ? m.slice(1, -1) : 'x') : ' ',
  );
}

/**
 * Refuses Cypher that writes, before it is sent. The READ access mode of the
 * session is the second line of defence: Neo4j itself refuses writes there.
 */
export function assertReadOnly(query: string): void {
  const code = codeOnly(query).toUpperCase();
  const clause = WRITE_CLAUSES.find((pattern) => pattern.test(code));
  if (clause) {
    const word = code.match(clause)![0].replace(/\s+/g, ' ');
    throw new QueryRefusedError(`read-only endpoint: ${word} is not allowed`);
  }
  for (const call of codeOnly(query, true).matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi)) {
    if (WRITE_PROCEDURES.test(call[1])) throw new QueryRefusedError(`read-only endpoint: procedure ${call[1]} is not allowed`);
  }
}
