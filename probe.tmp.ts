import { EmbeddedStore } from './src/store/embedded.ts';
import { ingestPaths } from './ingest/pipeline.ts';
import { ANALYSIS_DOCS } from './test/helpers/analysis.ts';
import { codedMeasures } from './src/query/analysis/instruments.ts';
const s = new EmbeddedStore('/tmp/an-probe'); await s.open();
await ingestPaths(ANALYSIS_DOCS, s);
const ms = await s.entitiesByLabel('Measure');
const coded = await codedMeasures(s, ms);
for (const [i, c] of coded.entries()) if (!c.evidence) console.log(ms[i].name, ms[i].docs, JSON.stringify(ms[i].props).slice(0, 300));
