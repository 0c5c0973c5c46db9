// Bundles the explorer page (web/) into dist/web with esbuild: one ES module,
// no CDN, so the page works offline. `npm run build:web` builds; the server
// calls ensureWebBuilt() on start so a missing or stale bundle is rebuilt.
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WEB_DIST_DIR, WEB_SOURCE_DIR } from '../web/paths.ts';

const STATIC_FILES = ['index.html', 'style.css'];
const BUNDLE = join(WEB_DIST_DIR, 'main.js');

export async function buildWeb(): Promise<void> {
  // esbuild is a dev dependency: loaded only when a build is needed, so a built page serves without it.
  const { build } = await import('esbuild');
  await mkdir(WEB_DIST_DIR, { recursive: true });
  await build({
    entryPoints: [join(WEB_SOURCE_DIR, 'src', 'main.ts')],
    outfile: BUNDLE,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const file of STATIC_FILES) await copyFile(join(WEB_SOURCE_DIR, file), join(WEB_DIST_DIR, file));
}

async function newestSourceTime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestSourceTime(path) : (await stat(path)).mtimeMs);
  }
  return newest;
}

/** Builds the page when the bundle is missing or older than any file under web/; returns whether it built. */
export async function ensureWebBuilt(): Promise<boolean> {
  const built = await stat(BUNDLE).then((s) => s.mtimeMs, () => 0);
  if (built > (await newestSourceTime(WEB_SOURCE_DIR))) return false;
  await buildWeb();
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildWeb().then(
    () => console.error(`explorer page built in ${WEB_DIST_DIR}`),
    (error: Error) => {
      console.error(`build:web failed: ${error.message}`);
      process.exit(1);
    },
  );
}
