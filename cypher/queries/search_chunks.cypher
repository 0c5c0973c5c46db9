// Chunks by id, each with the ids of the entities mentioned in it.
UNWIND $ids AS id
MATCH (c:Chunk {id: id})
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(c)
WITH c, collect(DISTINCT e.id) AS entities
RETURN c.id AS id, c.doc AS doc, c.index AS index, c.text AS text, c.start AS start, c.end AS end,
       c.sectionPath AS sectionPath, entities
