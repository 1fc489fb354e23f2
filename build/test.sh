#!/usr/bin/env bash
# Runs every test project and ends with one summary line: "N passed, N failed, N skipped".
# Exit code: 0 only if tests ran and none failed.
# The integration and functional suites run twice: on SQLite, then on PostgreSQL (ADR 0027) when a server is given
# (FRACTALGOALS_TEST_POSTGRES), a Docker engine is reachable (Testcontainers), or FRACTALGOALS_REQUIRE_POSTGRES=1 (CI:
# then a missing server fails the tests). Tests marked [Trait("Provider", "SqliteOnly")] (and the SQLite legacy-upgrade
# tests) run only on SQLite, [Trait("Provider", "PostgresOnly")] only on PostgreSQL. The counts of both passes are summed.
set -uo pipefail
cd "$(dirname "$0")/.."

configuration="${CONFIGURATION:-Release}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet build FractalGoals.sln -c "$configuration" -warnaserror 2>&1 | tail -n 3
build_status=${PIPESTATUS[0]}
if [ "$build_status" -ne 0 ]; then
  echo "build failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

FRACTALGOALS_TEST_PROVIDER=sqlite dotnet test FractalGoals.sln -c "$configuration" --no-build \
  --filter "Provider!=PostgresOnly" "$@" 2>&1 | tee "$log"
test_status=${PIPESTATUS[0]}

if [ -n "${FRACTALGOALS_TEST_POSTGRES:-}" ] || [ "${FRACTALGOALS_REQUIRE_POSTGRES:-}" = 1 ] \
   || [ -n "${DOCKER_HOST:-}" ] || [ -S /var/run/docker.sock ]; then
  echo "Integration and functional suites on PostgreSQL:"
  for project in tests/FractalGoals.IntegrationTests tests/FractalGoals.FunctionalTests; do
    FRACTALGOALS_TEST_PROVIDER=postgres dotnet test "$project" -c "$configuration" --no-build \
      --filter "Provider!=SqliteOnly&FullyQualifiedName!~.LegacyUpgrade." "$@" 2>&1 | tee -a "$log"
    [ "${PIPESTATUS[0]}" -ne 0 ] && test_status=1
  done
else
  echo "PostgreSQL pass skipped: no FRACTALGOALS_TEST_POSTGRES and no Docker engine (see README, 'PostgreSQL'); CI runs it."
fi

# VSTest prints one line per project: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."
read -r passed failed skipped < <(awk '
  /(Passed|Failed)!  *- *Failed: *[0-9]+, *Passed: *[0-9]+, *Skipped: *[0-9]+/ {
    for (i = 1; i <= NF; i++) {
      v = $(i + 1); gsub(/,/, "", v)
      if ($i == "Failed:") f += v
      if ($i == "Passed:") p += v
      if ($i == "Skipped:") s += v
    }
  }
  END { printf "%d %d %d\n", p, f, s }' "$log")

if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the runner failed without reporting a failed test (crash, abort): never report green
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
