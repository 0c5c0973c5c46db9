// The indexes search reads; the names are CHUNK_VECTOR_INDEX and CHUNK_FULLTEXT_INDEX in src/store/neo4j-search.ts.
CREATE VECTOR INDEX chunk_embedding IF NOT EXISTS FOR (c:Chunk) ON (c.embedding)
OPTIONS { indexConfig: { `vector.dimensions`: 512, `vector.similarity_function`: 'cosine' } };
CREATE FULLTEXT INDEX chunk_text IF NOT EXISTS FOR (c:Chunk) ON EACH [c.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
