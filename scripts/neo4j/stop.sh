#!/usr/bin/env bash
# Stops the server started by start.sh (clean shutdown: checkpoint, then exit).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if ! pid="$(running_pid)"; then
  echo "neo4j: not running"
  exit 0
fi
if ! neo4j_cmd stop >/dev/null; then
  echo "neo4j: bootloader stop failed, sending SIGTERM to $pid" >&2
  kill -TERM "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
fi
if kill -0 "$pid" 2>/dev/null; then
  echo "neo4j: pid $pid is still running" >&2
  exit 1
fi
echo "neo4j: stopped"
