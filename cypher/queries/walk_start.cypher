// The start of a bounded walk (walk() in src/store/query-rules.ts): the root
// entity (of $rootLabel unless it is null), seen, and the first frontier.
// walk_level.cypher follows, once a level, then walk_end.cypher.
// The id comes as a one-element list: Neo4j keeps a plan per length class of a
// string parameter, and this plan takes seconds to make.
UNWIND $ids AS id
MATCH (root:Institution|Policy|Measure|Platform|Region|Event|Outcome {id: id})
WHERE $rootLabel IS NULL OR $rootLabel IN labels(root)
WITH [root] AS seen, [root] AS frontier, [] AS found, false AS capped
