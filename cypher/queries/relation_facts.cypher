// The facts touching a set of entities: relations of the ontology's types with
// parallel ones (the same type and ends, stated by several documents) collapsed
// into one, named by the smallest relation id, with how many there are.
UNWIND $ids AS id
MATCH (a:Institution|Policy|Measure|Platform|Region|Event|Outcome {id: id})-[r:ISSUED|IMPLEMENTS|PART_OF|OPERATES|LOCATED_IN|PARTICIPATED_IN|COOPERATES_WITH|APPROVED|GUIDES|REFERENCES|PRODUCED|TARGETS|MEASURED_IN|AMENDS|REPLACES]-()
WITH DISTINCT r
WITH type(r) AS type, startNode(r).id AS start, endNode(r).id AS end, min(r.id) AS id, count(r) AS count
RETURN collect([id, type, start, end, count]) AS facts
