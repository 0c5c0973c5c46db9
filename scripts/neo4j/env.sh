# Shared settings for start.sh / stop.sh (sourced, not executed).
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SCRIPT_DIR="$REPO_ROOT/scripts/neo4j"
export NEO4J_HOME="$REPO_ROOT/.neo4j"
export NEO4J_CONF="$NEO4J_HOME/conf"
NEO4J_LIB="$NEO4J_HOME/lib"
NEO4J_PID_FILE="$NEO4J_HOME/run/neo4j.pid"
NEO4J_VERSION="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$SCRIPT_DIR/pom.xml")"

NEO4J_USER="${NEO4J_USER:-neo4j}"
# No fixed password: NEO4J_PASSWORD, else the one start.sh generated for this machine in the data
# directory ($KG_DATA_DIR/neo4j-password, as the app reads it: src/config.ts).
KG_DATA_PATH="$(cd "$REPO_ROOT" && realpath -m "${KG_DATA_DIR:-.kg}")"
NEO4J_PASSWORD_FILE="$KG_DATA_PATH/neo4j-password"
if [[ -z "${NEO4J_PASSWORD:-}" && -f "$NEO4J_PASSWORD_FILE" ]]; then
  NEO4J_PASSWORD="$(tr -d '\r\n' < "$NEO4J_PASSWORD_FILE")"
fi
NEO4J_PASSWORD="${NEO4J_PASSWORD:-}"
NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
NEO4J_HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
NEO4J_HEAP="${NEO4J_HEAP:-1g}"
NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-512m}"
NEO4J_START_TIMEOUT="${NEO4J_START_TIMEOUT:-180}"
# The first start fetches the jars (~75 s from Maven Central); see fetch_jars in start.sh.
NEO4J_FETCH_READ_TIMEOUT="${NEO4J_FETCH_READ_TIMEOUT:-60}"
NEO4J_FETCH_ATTEMPT_TIMEOUT="${NEO4J_FETCH_ATTEMPT_TIMEOUT:-300}"
NEO4J_FETCH_ATTEMPTS="${NEO4J_FETCH_ATTEMPTS:-3}"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Runs the distribution's own bootloader (what bin/neo4j and bin/neo4j-admin execute).
neo4j_cmd() { "$JAVA" -cp "$NEO4J_LIB/*" org.neo4j.server.startup.Neo4jCommand "$@"; }
neo4j_admin() { "$JAVA" -cp "$NEO4J_LIB/*" org.neo4j.server.startup.Neo4jAdminCommand "$@"; }

running_pid() {
  [[ -f "$NEO4J_PID_FILE" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' < "$NEO4J_PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}
