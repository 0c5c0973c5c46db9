import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';

/**
 * A throwaway Neo4j of our own, made from the project's distribution (its
 * lib/ only, linked read-only) in a temp folder: its own configuration, data,
 * logs and pid file, Bolt on a free port, no authentication. Nothing of the
 * shared server (its data, its port, its pid file) is touched.
 */
export interface ThrowawayNeo4j {
  home: string;
  /** A folder holding a `neo4j-admin` that runs this instance's admin tool, for PATH. */
  bin: string;
  bolt: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '..', '..');
/**
 * JVMs that leave the machine to the other test files: one processor's worth
 * of compiler and GC threads, the quick compiler only. Enough for a few
 * hundred nodes, and the browser tests' clocks are not starved meanwhile.
 */
const LIGHT_JVM = ['-XX:ActiveProcessorCount=1', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** The Neo4j distribution: $NEO4J_HOME, else the repo's .neo4j/ (npm run neo4j fetches it); null when neither has lib/. */
export function neo4jDistribution(): string | null {
  const candidates = [process.env.NEO4J_HOME, join(ROOT, '.neo4j')].filter((d): d is string => Boolean(d));
  return candidates.find((d) => existsSync(join(d, 'lib'))) ?? null;
}

const javaAvailable = () => spawnSync('java', ['-version']).status === 0;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** Why the throwaway server cannot be made here, or null when it can. */
export function throwawayUnavailable(): string | null {
  if (!javaAvailable()) return 'java is not installed';
  if (!neo4jDistribution()) return 'no Neo4j distribution (set NEO4J_HOME or run npm run neo4j once)';
  return null;
}

export async function throwawayNeo4j(home: string): Promise<ThrowawayNeo4j> {
  const distribution = neo4jDistribution()!;
  const port = await freePort();
  await mkdir(join(home, 'conf'), { recursive: true });
  await mkdir(join(home, 'plugins'), { recursive: true });
  await mkdir(join(home, 'bin'), { recursive: true });
  await symlink(join(distribution, 'lib'), join(home, 'lib'));
  await writeFile(
    join(home, 'conf', 'neo4j.conf'),
    [
      'server.default_listen_address=127.0.0.1',
      `server.bolt.listen_address=127.0.0.1:${port}`,
      'server.http.enabled=false',
      'server.https.enabled=false',
      'dbms.security.auth_enabled=false',
      'dbms.usage_report.enabled=false',
      'server.memory.heap.initial_size=256m',
      'server.memory.heap.max_size=256m',
      'server.memory.pagecache.size=64m',
      ...LIGHT_JVM.map((flag) => `server.jvm.additional=${flag}`),
      '',
    ].join('\n'),
  );
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') };
  const launcher = (main: string) => [...LIGHT_JVM, '-cp', `${join(home, 'lib')}/*`, `org.neo4j.server.startup.${main}`];
  const admin = join(home, 'bin', 'neo4j-admin');
  await writeFile(admin, `#!/usr/bin/env bash\nexport NEO4J_HOME='${home}' NEO4J_CONF='${join(home, 'conf')}'\nexec java ${launcher('Neo4jAdminCommand').map((a) => `'${a}'`).join(' ')} "$@"\n`);
  await chmod(admin, 0o755);
  const bolt = `bolt://127.0.0.1:${port}`;

  return {
    home,
    bin: join(home, 'bin'),
    bolt,
    async start() {
      execFileSync('java', [...launcher('Neo4jCommand'), 'start'], { env, stdio: 'pipe' });
      const deadline = Date.now() + 180_000;
      const driver = neo4j.driver(bolt, undefined, { connectionTimeout: 2000, logging: { level: 'error', logger: () => {} } });
      try {
        for (;;) {
          try {
            await driver.verifyConnectivity();
            return;
          } catch (error) {
            if (Date.now() > deadline) throw new Error(`the throwaway Neo4j did not answer on ${bolt}: ${(error as Error).message}`);
            await new Promise((done) => setTimeout(done, 500));
          }
        }
      } finally {
        await driver.close();
      }
    },
    async stop() {
      if (!existsSync(join(home, 'run', 'neo4j.pid'))) return;
      const pid = Number((await readFile(join(home, 'run', 'neo4j.pid'), 'utf8')).trim());
      const stopped = spawnSync('java', [...launcher('Neo4jCommand'), 'stop'], { env, stdio: 'pipe', timeout: 120_000 });
      if (stopped.status !== 0 && pid) {
        try {
          process.kill(pid);
        } catch {
          // already gone
        }
      }
    },
  };
}
