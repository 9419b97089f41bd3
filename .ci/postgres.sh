#!/usr/bin/env bash
# Starts a local PostgreSQL for the persistence tests and prints its connection string on stdout (last line).
# Usage (as root):  export SECURITYBOT_TEST_POSTGRES="$(bash .ci/postgres.sh | tail -n 1)"
# Installs PostgreSQL from Debian's packages when missing, starts the cluster, and creates the role "securitybot"
# (CREATEDB: the tests create one throw-away database per test class) and the database "securitybot_test".
set -euo pipefail

PASSWORD="${SECURITYBOT_TEST_POSTGRES_PASSWORD:-securitybot-test}"
PORT="${SECURITYBOT_TEST_POSTGRES_PORT:-5432}"

log() { echo "postgres.sh: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${VERSION} main$"; then
  log "creating cluster ${VERSION}/main"
  pg_createcluster "${VERSION}" main --port "${PORT}" >&2
fi

if ! pg_lsclusters -h | awk -v v="${VERSION}" '$1==v && $2=="main" {print $4}' | grep -q online; then
  log "starting cluster ${VERSION}/main"
  pg_ctlcluster "${VERSION}" main start >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="${VERSION}" '$1==v && $2=="main" {print $3}')"

for _ in $(seq 1 30); do
  if runuser -u postgres -- pg_isready -q -p "${PORT}"; then break; fi
  sleep 1
done

psql_admin() { runuser -u postgres -- psql -p "${PORT}" -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'securitybot'")" != "1" ]; then
  psql_admin -c "CREATE ROLE securitybot LOGIN CREATEDB PASSWORD '${PASSWORD}'" >&2
else
  psql_admin -c "ALTER ROLE securitybot LOGIN CREATEDB PASSWORD '${PASSWORD}'" >&2
fi
# The tests drop their throw-away databases WITH (FORCE); an autovacuum worker still connected to one belongs to the
# superuser, and ending it needs pg_signal_backend (without it the drop fails now and then under load: 42501).
psql_admin -c "GRANT pg_signal_backend TO securitybot" >&2
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'securitybot_test'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE securitybot_test OWNER securitybot" >&2
fi

echo "Host=127.0.0.1;Port=${PORT};Database=securitybot_test;Username=securitybot;Password=${PASSWORD}"
