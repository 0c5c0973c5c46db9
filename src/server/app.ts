import express, { type Express } from 'express';
import type { QueryService } from '../query/service.ts';
import { errorHandler, unknownRoute } from './errors.ts';
import { entityRoutes } from './routes/entities.ts';

export function createApp(service: QueryService): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));

  app.get('/health', async (_req, res) => {
    const health = await service.store.health();
    res.status(health.ok ? 200 : 503).json({ status: health.ok ? 'ok' : 'unavailable', store: health });
  });
  app.get('/api/stats', async (_req, res) => {
    res.json(await service.store.stats());
  });
  app.use('/api', entityRoutes(service));

  app.use(unknownRoute);
  app.use(errorHandler);
  return app;
}
