import { ENTITY_LABELS, RELATION_TYPES } from '../../../core/ontology.ts';
import { z } from 'zod';
import { SEARCH_MODES, type SearchService } from '../../search/hybrid.ts';
import { endpoint } from '../endpoint.ts';

const labelList = z
  .string()
  .optional()
  .transform((s) => (s ? s.split(',').map((l) => l.trim()).filter(Boolean) : []))
  .pipe(z.array(z.enum(ENTITY_LABELS)));

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q (the search text) must not be empty').max(500),
  k: z.coerce.number().int().min(1).max(100).default(10),
  mode: z.enum(SEARCH_MODES).default('hybrid'),
  labels: labelList.describe('comma-separated entity labels: keep passages mentioning one of them'),
});

const PassageEntity = z.object({ id: z.string(), label: z.enum(ENTITY_LABELS), name: z.string() });

export const SearchResult = z.object({
  q: z.string(),
  mode: z.enum(SEARCH_MODES),
  k: z.number(),
  passages: z.array(
    z.object({
      chunkId: z.string(),
      doc: z.string(),
      docTitle: z.string(),
      text: z.string(),
      start: z.number(),
      end: z.number(),
      sectionPath: z.array(z.string()),
      score: z.number(),
      entities: z.array(PassageEntity),
      relations: z.array(
        z.object({
          id: z.string(),
          type: z.enum(RELATION_TYPES),
          start: PassageEntity,
          end: PassageEntity,
          evidence: z.object({ sentence: z.string(), doc: z.string(), start: z.number(), end: z.number() }),
          confidence: z.number(),
          inPassage: z.boolean(),
        }),
      ),
    }),
  ),
});

export const searchEndpoints = (search: SearchService) => [
  endpoint({
    method: 'get',
    path: '/search',
    tag: 'search',
    summary: 'Passages for a question in your own words (hybrid: vector + keyword, fused), with their entities and relations',
    query: SearchQuery,
    response: SearchResult,
    handle: ({ query }) => search.search(query),
  }),
];
