// Waits until the Bolt endpoint accepts our credentials.
// Usage: node wait-bolt.mjs <uri> <user> <password> <timeoutSeconds> <serverPid>
// Exits 0 when ready, 2 when the credentials are refused, 1 otherwise.
import neo4j from 'neo4j-driver';

const [uri, user, password, timeoutSeconds, pid] = process.argv.slice(2);
const deadline = Date.now() + Number(timeoutSeconds) * 1000;

function serverAlive() {
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
}

function fail(message, code = 1) {
  console.error(`neo4j: ${message}`);
  process.exit(code);
}

while (true) {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 2000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity();
    await driver.close();
    process.exit(0);
  } catch (error) {
    await driver.close();
    if (error.code === 'Neo.ClientError.Security.Unauthorized') {
      fail(`Bolt answers at ${uri} but rejects user '${user}': NEO4J_PASSWORD differs from the one this ` +
        `data directory was created with (use that one, or remove .neo4j/data to start afresh)`, 2);
    }
    if (!serverAlive()) fail(`the server (pid ${pid}) exited while starting; see .neo4j/logs/neo4j.log`);
    if (Date.now() > deadline) fail(`Bolt did not answer at ${uri} within ${timeoutSeconds}s; see .neo4j/logs/neo4j.log`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
