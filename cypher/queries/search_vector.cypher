// Chunks nearest a query embedding. Neo4j reports cosine as (1 + cos) / 2; the
// caller maps it back to the cosine so both backends score alike.
CALL db.index.vector.queryNodes($index, $candidates, $vector) YIELD node, score
RETURN node.id AS chunkId, score
ORDER BY score DESC, chunkId
LIMIT $k
