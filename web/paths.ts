import { fileURLToPath } from 'node:url';

/** Where the explorer page's sources live and where its bundle is written (gitignored). */
export const WEB_SOURCE_DIR = fileURLToPath(new URL('.', import.meta.url));
export const WEB_DIST_DIR = fileURLToPath(new URL('../dist/web/', import.meta.url));
