import { Router } from 'express';
import { z } from 'zod';
import { ENTITY_LABELS } from '../../../ingest/types.ts';
import type { QueryService } from '../../query/service.ts';
import { notFound } from '../errors.ts';

export const entitySearchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  label: z.enum(ENTITY_LABELS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

export const entityIdParams = z.object({ id: z.string().min(1).max(200) });

export function entityRoutes(service: QueryService): Router {
  const router = Router();
  router.get('/entities', async (req, res) => {
    const query = entitySearchQuery.parse(req.query);
    res.json(await service.store.searchEntities(query));
  });
  router.get('/entities/:id', async (req, res) => {
    const { id } = entityIdParams.parse(req.params);
    const detail = await service.entityDetail(id);
    if (!detail) throw notFound(`entity ${id}`);
    res.json(detail);
  });
  return router;
}
