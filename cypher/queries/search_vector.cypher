// Chunks nearest a query embedding. The index (approximate, and quantised in
// Neo4j 5) proposes $candidates; they are re-scored exactly, so the top $k
// match exact search. Neo4j reports cosine as (1 + cos) / 2; the caller maps
// it back to the cosine so both backends score alike.
CALL db.index.vector.queryNodes($index, $candidates, $vector) YIELD node
WITH node, vector.similarity.cosine(node.embedding, $vector) AS score
RETURN node.id AS chunkId, score
ORDER BY score DESC, chunkId
LIMIT $k
