// The start of a bounded walk (walk() in src/store/query-rules.ts): the root
// entity (of $rootLabel unless it is null), seen, and the first frontier.
// walk_level.cypher follows, once a level, then walk_end.cypher.
MATCH (root:Institution|Policy|Measure|Platform|Region|Event|Outcome {id: $id})
WHERE $rootLabel IS NULL OR $rootLabel IN labels(root)
WITH [root] AS seen, [root] AS frontier, [] AS found, false AS capped
