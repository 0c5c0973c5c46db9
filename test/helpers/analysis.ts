import { join } from 'node:path';
import { CORPUS_DIR } from './corpus.ts';

/** Documents for the analysis tests: a plan, a news list, a news feature and two regulations (whose texts date them). */
export const ANALYSIS_DOCS = [
  join(CORPUS_DIR, '000_4cc2323013794e48.txt'),
  join(CORPUS_DIR, '001_e7794d8e00f2bce1.txt'),
  join(CORPUS_DIR, '002_99b3a23076144c0e.txt'),
  join(import.meta.dirname, '..', '..', '..', 'shared', 'gold', 'dev2', 'docs', 'zhejiang_patent_regulation_2015.txt'),
  join(import.meta.dirname, '..', '..', '..', 'shared', 'gold', 'dev2', 'docs', 'shanghai_patent_protection_regulation.txt'),
];

/** Requests to every analysis endpoint, for answers that must be the same on both stores. */
export function analysisRequests(regions: string[], policies: string[]): string[] {
  const q = encodeURIComponent;
  return [
    '/api/graph/overview?limit=60',
    ...['region', 'year', 'issuer', 'document'].flatMap((g) => [`/api/analytics/instruments?groupBy=${g}`, `/api/analytics/instruments?groupBy=${g}&format=csv`]),
    '/api/policies', '/api/policies?inForce=2015-12-31', '/api/policies?inForce=2016-01-01&format=csv',
    ...[...regions, ...policies].flatMap((e) => [`/api/timeline?entity=${q(e)}`, `/api/timeline?entity=${q(e)}&format=csv`]),
    `/api/compare?a=${q(regions[0])}&b=${q(regions[1])}`,
    `/api/compare?a=${q(regions[0])}&b=${q(regions[1])}&format=csv`,
    `/api/compare?a=${q(policies[0])}&b=${q(policies[1])}`,
  ];
}
