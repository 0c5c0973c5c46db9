// Chunks matching a query already split into CJK terms (space-separated, no
// Lucene operators), scored by the full-text index's BM25.
CALL db.index.fulltext.queryNodes($index, $query, {limit: $k}) YIELD node, score
RETURN node.id AS chunkId, score
ORDER BY score DESC, chunkId
