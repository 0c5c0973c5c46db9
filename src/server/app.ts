import express, { type Express } from 'express';
import type { QueryService } from '../query/service.ts';
import { WEB_DIST_DIR } from '../../web/paths.ts';
import { DOCS_PAGE } from '../openapi/docs-page.ts';
import { openApiDocument } from '../openapi/spec.ts';
import { endpoint, mount, type AnyEndpoint } from './endpoint.ts';
import { errorHandler, unknownRoute } from './errors.ts';
import { documentEndpoints, cypherEndpoints } from './routes/documents.ts';
import { entityEndpoints } from './routes/entities.ts';
import { exploreEndpoints } from './routes/explore.ts';
import { graphEndpoints } from './routes/graph.ts';
import { policyEndpoints } from './routes/policies.ts';
import { Stats } from './schemas.ts';
import { searchEndpoints } from './routes/search.ts';
import { analysisEndpoints } from './routes/analysis.ts';
import { InstrumentCoder } from '../query/analysis/classify.ts';
import { loadConfig } from '../config.ts';
import { lazyEmbedder, SearchService } from '../search/hybrid.ts';

/** Every endpoint under /api; the router and the OpenAPI document are both made from this list. */
export function apiEndpoints(service: QueryService, search: SearchService): AnyEndpoint[] {
  return [
    endpoint({ method: 'get', path: '/stats', tag: 'meta', summary: 'Counts per label and relation type', response: Stats, handle: () => service.store.stats() }),
    ...entityEndpoints(service),
    ...policyEndpoints(service),
    ...exploreEndpoints(service),
    ...graphEndpoints(service),
    ...documentEndpoints(service),
    ...cypherEndpoints(service),
    ...searchEndpoints(search),
    ...analysisEndpoints(service, new InstrumentCoder(search.embedder)),
  ];
}

/** The search service of a store, loading the embedding model from KG_MODELS_DIR (or the hub) on first use. */
export const defaultSearch = (service: QueryService) => new SearchService(service.store, lazyEmbedder({ modelsDir: loadConfig().modelsDir }));

export function createApp(service: QueryService, search: SearchService = defaultSearch(service)): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));

  app.get('/health', async (_req, res) => {
    const health = await service.store.health();
    res.status(health.ok ? 200 : 503).json({ status: health.ok ? 'ok' : 'unavailable', store: health });
  });

  const endpoints = apiEndpoints(service, search);
  const spec = openApiDocument(endpoints, { title: 'Policy knowledge graph API', version: '1.0.0' });
  app.get('/api/openapi.json', (_req, res) => {
    res.json(spec);
  });
  app.get('/api/docs', (_req, res) => {
    res.type('html').send(DOCS_PAGE);
  });
  app.use('/api', mount(endpoints));

  // The explorer page (built by scripts/build-web.ts) at /.
  app.use(express.static(WEB_DIST_DIR));

  app.use(unknownRoute);
  app.use(errorHandler(() => service.store.health()));
  return app;
}
