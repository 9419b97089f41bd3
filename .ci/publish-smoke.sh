#!/usr/bin/env bash
# Publishes the host as a release build and proves the published output starts and answers /healthz
# with the appsettings.json that was published next to it (the same files the Docker image ships).
# Usage: bash .ci/publish-smoke.sh        Exit 0 when /healthz answered 200 within 30 s, non-zero otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mktemp -d "${TMPDIR:-/tmp}/securitybot-publish.XXXXXX")"
log="$out.log"
pid=""

cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$out" "$log"
}
trap cleanup EXIT

echo "publish-smoke: dotnet publish src/SecurityBot -> $out"
dotnet publish "$root/src/SecurityBot/SecurityBot.csproj" -c Release -o "$out" --nologo -v quiet

if ! cmp -s "$root/appsettings.json" "$out/appsettings.json"; then
  echo "publish-smoke: FAILED: the published appsettings.json is not the repository's root appsettings.json" >&2
  exit 1
fi

# Ask the OS for a free loopback port (Node is on every machine that builds the app package).
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
url="http://127.0.0.1:$port/healthz"

# Run from the publish folder, as the container does, so content-root files resolve the same way.
(cd "$out" && ASPNETCORE_ENVIRONMENT=Development exec dotnet SecurityBot.dll --urls "http://127.0.0.1:$port") >"$log" 2>&1 &
pid=$!

probe() {
  node -e "fetch(process.argv[1],{signal:AbortSignal.timeout(2000)}).then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))" "$url"
}

deadline=$((SECONDS + 30))
while (( SECONDS < deadline )); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "publish-smoke: FAILED: the published host exited before answering $url; its output:" >&2
    cat "$log" >&2
    exit 1
  fi
  if probe; then
    echo "publish-smoke: OK: published host answered 200 on $url"
    exit 0
  fi
  sleep 0.5
done

echo "publish-smoke: FAILED: no 200 from $url within 30 s; host output:" >&2
cat "$log" >&2
exit 1
