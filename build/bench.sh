#!/usr/bin/env bash
# Benchmarks the API on generated data (issue 8, ADR 0029) and writes docs/benchmarks.md.
#
#   bash build/bench.sh                  medium database (+ large for the scale check) -> docs/benchmarks.md
#   bash build/bench.sh --scale small    small database only -> .bench/benchmarks-small.md
#   bash build/bench.sh --smoke          small database, 1 s loads, a temp report: checks the pipeline works (CI)
#   bash build/bench.sh --upgrade        `db upgrade` of legacy files (medium and large, issue 14) -> its section of docs/benchmarks.md
#   bash build/bench.sh --upgrade --scale small|tiny   one smaller legacy file -> .bench/benchmarks-upgrade-SCALE.md
#   --out FILE                           write the report elsewhere
#
# docs/benchmarks.md has one section per mode: the API mode rewrites the file but keeps the upgrade section (between
# its marker comments), the upgrade mode replaces only that section.
#
# Seeds databases with `db seed` into .bench/ (git-ignored) or reuses them, publishes the API (Release, ReadyToRun), starts it on
# 127.0.0.1:<free port>, times the first response, loads each main read endpoint with wrk (8 connections, bounded
# time), measures single-request times, body sizes (identity and gzip), peak RSS, the scale check (the same fractal
# on the large and the medium database) and the query plans of the SQL those endpoints run.
# Exit: 0 when every step worked (targets missed are reported, not failures); 1 when a step failed.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
repo="$(pwd)"

scale=medium smoke=0 upgrade=0 out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1 scale=small ;;
    --upgrade) upgrade=1 ;;
    --scale) scale="${2:?--scale needs small or medium}"; shift ;;
    --out) out="${2:?--out needs a file}"; shift ;;
    *) echo "usage: build/bench.sh [--smoke] [--upgrade] [--scale small|medium] [--out FILE]" >&2; exit 2 ;;
  esac
  shift
done
if [ "$upgrade" = 1 ]; then
  case "$scale" in tiny|small|medium) ;; *) echo "--scale must be tiny, small or medium" >&2; exit 2 ;; esac
  [ "$smoke" = 1 ] && scale=tiny
else
  case "$scale" in small|medium) ;; *) echo "--scale must be small or medium" >&2; exit 2 ;; esac
fi
section_begin="<!-- bench.sh --upgrade: begin -->" section_end="<!-- bench.sh --upgrade: end -->"
if [ "$smoke" = 1 ]; then duration=1 repeats=3 warmup=1; else duration=10 repeats=7 warmup=4; fi
if [ -z "$out" ]; then
  if [ "$smoke" = 1 ]; then out="$(mktemp --suffix=.md)"
  elif [ "$scale" = medium ]; then out="docs/benchmarks.md"
  elif [ "$upgrade" = 1 ]; then out=".bench/benchmarks-upgrade-$scale.md"
  else out=".bench/benchmarks-$scale.md"; fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cache="$repo/.bench"
mkdir -p "$cache"
work="$(mktemp -d)"
api_pid="" pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
step() { echo "== $*" >&2; }
fail() { echo "bench: $*" >&2; exit 1; }

# --- tools -----------------------------------------------------------------------------------------------------
tools=(wrk sqlite3 curl)
[ "$upgrade" = 1 ] && tools=(sqlite3 python3 jq)
for tool in "${tools[@]}"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    step "installing $tool"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null) || fail "$tool is missing and could not be installed"
  fi
done

# --- build and data --------------------------------------------------------------------------------------------
step "publishing the API (Release, ReadyToRun)"
# As it would be deployed: a Release publish with ReadyToRun code, so start-up is not spent JIT-compiling EF Core
# and the app (ADR 0034). Hot methods are still recompiled by tiered compilation, as in any .NET deployment.
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
dotnet publish src/Api -c Release -r "${rid:-linux-x64}" --self-contained false -p:PublishReadyToRun=true -warnaserror \
  -o "$cache/api" -v quiet --nologo 2>&1 | tail -n 2 >&2
api_dll="$cache/api/FractalGoals.Api.dll"
[ -f "$api_dll" ] || fail "build produced no $api_dll"

if [ "$upgrade" = 1 ]; then
  # --- db upgrade of legacy files (issue 14 point 6) -------------------------------------------------------------
  # The legacy generator writes files in the legacy schema (the post-migration reference's); each run upgrades a fresh
  # copy with the published CLI and measures its wall time and peak RSS (VmHWM, sampled until the process ends).
  generator="${FRACTALGOALS_LEGACY_GENERATOR:-$repo/../shared/tools/gen_legacy_dataset.py}"
  [ -f "$generator" ] || fail "no legacy generator at $generator (set FRACTALGOALS_LEGACY_GENERATOR)"
  if [ "$scale" = medium ]; then scales=(medium large); else scales=("$scale"); fi
  declare -A u_rows u_bytes u_wall u_rss u_outcome u_checks u_quarantined u_gen u_report_s u_after
  for s in "${scales[@]}"; do
    legacy="$cache/legacy-$s.db"
    if [ ! -s "$legacy" ]; then
      step "generating the legacy $s file into $legacy"
      rm -f "$legacy" "$legacy.tmp"
      t0=$(date +%s%N)
      python3 "$generator" --scale "$s" --seed 42 --out "$legacy.tmp" --quiet > "$cache/legacy-$s.summary.json" || { rm -f "$legacy.tmp"; fail "the legacy generator failed at $s"; }
      mv "$legacy.tmp" "$legacy"
      echo "$(( ($(date +%s%N) - t0) / 1000000 ))" > "$cache/legacy-$s.gen-ms"
    fi
    u_gen[$s]="$(cat "$cache/legacy-$s.gen-ms" 2>/dev/null || echo "")"
    u_bytes[$s]="$(stat -c %s "$legacy")"
    u_rows[$s]="$(sqlite3 "file:$legacy?mode=ro" "SELECT $(sqlite3 "file:$legacy?mode=ro" "SELECT group_concat('(SELECT count(*) FROM \"' || name || '\")', ' + ') FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")")"
    run="$cache/upgrade-run"
    rm -rf "$run"; mkdir -p "$run"
    step "copying $legacy for the upgrade"
    cp "$legacy" "$run/$s.db"
    sync
    step "db upgrade of the $s legacy file (${u_bytes[$s]} bytes, ${u_rows[$s]} rows)"
    t0=$(date +%s%N)
    if [ -x /usr/bin/time ]; then   # GNU time: the child's peak RSS as the kernel counted it (ru_maxrss)
      /usr/bin/time -f %M -o "$run/$s.rss" dotnet "$api_dll" db upgrade --database "$run/$s.db" --report "$run/$s.json" > "$run/$s.out" 2>&1 &
    else
      dotnet "$api_dll" db upgrade --database "$run/$s.db" --report "$run/$s.json" > "$run/$s.out" 2>&1 &
    fi
    upgrade_pid=$!
    pids+=("$upgrade_pid")
    hwm=0
    while kill -0 "$upgrade_pid" 2>/dev/null; do   # without GNU time: VmHWM, sampled until the process ends
      now="$(awk '/^VmHWM:/ { print $2 }' "/proc/$upgrade_pid/status" 2>/dev/null || true)"
      [ -n "$now" ] && [ "$now" -gt "$hwm" ] && hwm="$now"
      sleep 0.2
    done
    status=0; wait "$upgrade_pid" || status=$?
    u_wall[$s]="$(awk -v ns="$(( $(date +%s%N) - t0 ))" 'BEGIN { printf "%.1f", ns / 1e9 }')"
    [ -s "$run/$s.rss" ] && hwm="$(tail -n 1 "$run/$s.rss")"
    u_rss[$s]="$(awk -v kb="$hwm" 'BEGIN { printf "%.0f", kb / 1024 }')"
    [ "$status" = 0 ] || { tail -n 20 "$run/$s.out" >&2; fail "db upgrade of the $s file exited $status"; }
    u_outcome[$s]="$(jq -r .outcome "$run/$s.json")"
    u_checks[$s]="$(jq -r '"\([.checks[] | select(.passed)] | length) of \(.checks | length)"' "$run/$s.json")"
    u_quarantined[$s]="$(jq -r '[.quarantine[].rows] | add // 0' "$run/$s.json")"
    u_report_s[$s]="$(jq -r '.durationSeconds | . * 10 | round / 10' "$run/$s.json")"
    u_after[$s]="$(stat -c %s "$run/$s.db")"
    rm -rf "$run"
  done

  mb() { awk -v b="$1" 'BEGIN { printf "%.0f MB", b / 1048576 }'; }
  commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  dirty="$(git status --porcelain -- src 2>/dev/null | head -n 1)"
  section="$work/upgrade.md"
  {
    echo "$section_begin"
    echo "## Legacy upgrade at scale (issue 14)"
    echo
    echo "Generated by \`bash build/bench.sh --upgrade$([ "$scale" != medium ] && echo " --scale $scale")\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$commit\`$([ -n "$dirty" ] && echo ' (with uncommitted changes in src/)'),"
    echo "$(nproc) cores, $(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, load average (1 min) $(cut -d' ' -f1 /proc/loadavg) at the end. The published CLI (\`db upgrade --database … --report …\`) on a fresh copy"
    echo "of a file from \`gen_legacy_dataset.py --scale <scale> --seed 42\` (the legacy post-migration schema); wall time of the whole command,"
    echo "peak RSS = the process's maximum resident set (GNU time's %M, else VmHWM). Every verification of the report ran and passed (the checks column)."
    echo
    echo "| legacy file | size | rows | wall time | peak RSS | outcome | checks passed | quarantined | upgraded file |"
    echo "|---|---:|---:|---:|---:|---|---|---:|---:|"
    for s in "${scales[@]}"; do
      echo "| $s | $(mb "${u_bytes[$s]}") | ${u_rows[$s]} | ${u_wall[$s]} s (report: ${u_report_s[$s]} s) | ${u_rss[$s]} MB | ${u_outcome[$s]} | ${u_checks[$s]} | ${u_quarantined[$s]} | $(mb "${u_after[$s]}") |"
    done
    echo
    if [ "$scale" = medium ]; then
      echo "| Target (issue 14 point 6) | Before | Goal | Measured | Reached |"
      echo "|---|---|---|---|---|"
      echo "| medium: wall time | 136 s | < 60 s | ${u_wall[medium]} s | $(awk -v a="${u_wall[medium]}" 'BEGIN { print (a + 0 < 60) ? "yes" : "**no**" }') |"
      echo "| medium: peak memory | 4.6 GB | < 500 MB | ${u_rss[medium]} MB | $(awk -v a="${u_rss[medium]}" 'BEGIN { print (a + 0 < 500) ? "yes" : "**no**" }') |"
      echo "| large: succeeds | would not fit in memory | upgraded and verified | ${u_outcome[large]}, ${u_checks[large]} checks, ${u_wall[large]} s, ${u_rss[large]} MB | $([ "${u_outcome[large]}" = upgraded ] && echo yes || echo '**no**') |"
      echo
      echo "\"Before\" is the issue's measurement of the in-memory upgrade on this machine. Reproduce: \`bash build/bench.sh --upgrade\`"
      echo "(generates \`.bench/legacy-medium.db\` and \`.bench/legacy-large.db\` once, then reuses them; needs about four times the large file's size free)."
    fi
    echo "$section_end"
  } > "$section"
  if [ -f "$out" ] && grep -qF "$section_begin" "$out"; then   # replace the section, keep the rest of the file
    awk -v begin="$section_begin" -v end="$section_end" -v file="$section" '
      $0 == begin { while ((getline line < file) > 0) print line; skip = 1; next }
      $0 == end { skip = 0; next }
      !skip' "$out" > "$work/out.md"
  else
    { if [ -s "$out" ]; then cat "$out"; echo; else echo "# Benchmarks"; echo; fi; cat "$section"; } > "$work/out.md"
  fi
  mv "$work/out.md" "$out"
  echo "wrote $out" >&2
  exit 0
fi

seeded() {   # seeded SCALE -> path of .bench/SCALE.db, seeding it first when missing
  local db="$cache/$1.db"
  if [ ! -s "$db" ]; then
    step "seeding $1 database into $db"
    rm -f "$db" "$db-wal" "$db-shm"
    local t0; t0=$(date +%s%N)
    dotnet "$api_dll" db seed --scale "$1" --database "$db.tmp" >&2 || { rm -f "$db.tmp"*; fail "db seed --scale $1 failed"; }
    mv "$db.tmp" "$db"; rm -f "$db.tmp-wal" "$db.tmp-shm"
    echo "$(( ($(date +%s%N) - t0) / 1000000 ))" > "$cache/$1.seed-ms"
  fi
  echo "$db"
}
db="$(seeded "$scale")"
large=""
[ "$scale" = medium ] && large="$(seeded large)"

count() { sqlite3 "file:$1?mode=ro" "$2"; }
root="$(count "$db" "SELECT id FROM goals WHERE parent_id IS NULL ORDER BY rowid LIMIT 1")"   # fractal 0: the typical one
goal="$(count "$db" "SELECT id FROM goals WHERE root_id = '$root' AND type = 'ShortTermGoal' ORDER BY rowid LIMIT 1")"
[ -n "$root" ] && [ -n "$goal" ] || fail "$db holds no fractal"

# --- the API -----------------------------------------------------------------------------------------------------
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 30000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  fail "no free port"
}

start_api() {   # start_api DB [extra args…]: starts it, waits for /health, sets base, api_pid, startup_ms
  local file="$1"; shift
  local port; port="$(free_port)"
  base="http://127.0.0.1:$port"
  local t0; t0=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__FractalGoals="Data Source=$file" \
    dotnet "$api_dll" --urls "$base" --Logging:LogLevel:Default=Warning "$@" > "$work/api-$port.log" 2>&1 &
  api_pid=$!
  api_log="$work/api-$port.log"
  pids+=("$api_pid")
  for _ in $(seq 1 600); do
    if curl -sf -o /dev/null "$base/health"; then
      startup_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
      return
    fi
    kill -0 "$api_pid" 2>/dev/null || { cat "$api_log" >&2; fail "the API exited during start-up"; }
    sleep 0.05
  done
  fail "the API did not answer /health within 30 s"
}

stop_api() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# ms of one request; fails the run on a non-200 answer
timed() {
  local result; result="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$base$1")"
  [ "${result%% *}" = 200 ] || fail "GET $1 answered ${result%% *}"
  awk -v t="${result#* }" 'BEGIN { printf "%.1f", t * 1000 }'
}

median_ms() {   # median of $repeats warm single requests
  local route="$1" samples=()
  for _ in $(seq 1 "$repeats"); do samples+=("$(timed "$route")"); done
  printf '%s\n' "${samples[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }

routes=(
  "/api/fractals"
  "/api/$root/goals"
  "/api/$root/sessions"
  "/api/$root/activities"
  "/api/$root/session-templates"
  "/api/$root/programs"
  "/api/$root/goals/$goal"
)
labels=("GET /api/fractals" "GET /api/{root}/goals" "GET /api/{root}/sessions" "GET /api/{root}/activities"
        "GET /api/{root}/session-templates" "GET /api/{root}/programs" "GET /api/{root}/goals/{goal}")

load_before="$(cut -d' ' -f1 /proc/loadavg)"
step "starting the API on $db (load average now $load_before)"
start_api "$db"
first_ms="$(timed /api/fractals)"   # the first real request, cold
declare -A rps p50 p99 single plain gzip encoding errors
for i in "${!routes[@]}"; do
  route="${routes[$i]}"
  step "${labels[$i]}"
  # Warm-up, not measured: tiered compilation recompiles the hot methods after their first calls (as any benchmark
  # harness warms up), so the figures are the steady state a running server shows.
  wrk -t2 -c8 -d"${warmup}s" --timeout 30s "$base$route" > /dev/null 2>&1 || true
  single[$i]="$(median_ms "$route")"
  plain[$i]="$(curl -s "$base$route" | wc -c)"
  gzip[$i]="$(curl -s -H 'Accept-Encoding: gzip' "$base$route" | wc -c)"
  encoding[$i]="$(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "$base$route" | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" { print $2 }')"
  wrk -t2 -c8 -d"${duration}s" --timeout 30s --latency "$base$route" > "$work/wrk.txt" 2>&1 || fail "wrk failed on $route: $(cat "$work/wrk.txt")"
  rps[$i]="$(awk '/^Requests\/sec:/ { print $2 }' "$work/wrk.txt")"
  p50[$i]="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")")"
  p99[$i]="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")")"
  errors[$i]="$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$work/wrk.txt")"
  [ -n "${rps[$i]}" ] || fail "no wrk result for $route: $(cat "$work/wrk.txt")"
  done_requests="$(awk '/ requests in / { print $1 }' "$work/wrk.txt")"
  if [ "${done_requests:-0}" = 0 ]; then   # wrk counts only requests that finish within the time
    rps[$i]="0 (none finished in ${duration} s)" p50[$i]="—" p99[$i]="—"
  fi
done
peak_rss_mb="$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$api_pid/status")"
medium_startup_ms="$startup_ms"
stop_api "$api_pid"

# --- scale check: the same fractal (fractal 0 is identical at every scale) on the large database ------------------
# Both APIs run at once and are asked in turn, so a change in the machine's load hits both sides alike.
scale_routes=(1 2 3 5 6)
declare -A scale_base scale_big
if [ -n "$large" ]; then
  large_root="$(count "$large" "SELECT id FROM goals WHERE parent_id IS NULL ORDER BY rowid LIMIT 1")"
  [ "$large_root" = "$root" ] || fail "fractal 0 differs between $db and $large (different seeds?)"
  other="$large"
  scale_against="the large database ($(count "$large" "SELECT count(*) FROM goals WHERE parent_id IS NULL") fractals)"
else
  other="$db"   # no large database at this scale: the same file twice keeps the step exercised
  scale_against="the same $scale database again (no large database at this scale)"
fi
step "scale check: $db against $other"
start_api "$db"; base_a="$base" pid_a="$api_pid"
start_api "$other"; base_b="$base" pid_b="$api_pid" large_startup_ms="$startup_ms"
# Both warmed up like the main run (unmeasured load per route), so neither side is measured while still compiling.
for b in "$base_a" "$base_b"; do
  base="$b"; timed /api/fractals > /dev/null
  for i in "${scale_routes[@]}"; do wrk -t1 -c2 -d"${warmup}s" --timeout 30s "$b${routes[$i]}" > /dev/null 2>&1 || true; done
done
for i in "${scale_routes[@]}"; do
  a_samples=() b_samples=()
  for _ in $(seq 1 "$((repeats + 4))"); do   # a ratio of two medians: a few more samples steady it
    base="$base_a"; a_samples+=("$(timed "${routes[$i]}")")
    base="$base_b"; b_samples+=("$(timed "${routes[$i]}")")
  done
  scale_base[$i]="$(printf '%s\n' "${a_samples[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
  scale_big[$i]="$(printf '%s\n' "${b_samples[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
done
stop_api "$pid_a"; stop_api "$pid_b"

# --- query plans: the SQL those endpoints run, as EF logs it ------------------------------------------------------
step "capturing the SQL of each endpoint and its query plan"
start_api "$db" --Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information
for route in "${routes[@]}"; do timed "$route" > /dev/null; done
stop_api "$api_pid"
# Each "Executed DbCommand" entry is followed by its SQL, indented, up to the next log entry.
awk '
  /Executed DbCommand/ { if (sql != "") print sql; sql = ""; grab = 1; next }
  grab && /^[a-z]+: / { grab = 0; if (sql != "") print sql; sql = ""; next }
  grab { line = $0; sub(/^ +/, "", line); sql = sql " " line }
  END { if (sql != "") print sql }' "$api_log" | sed 's/^ //' | grep -E '^(SELECT|WITH)' \
  | grep -vE 'sqlite_master|__EFMigrations' | sort -u > "$work/queries.sql" || true   # start-up checks are not hot paths
[ -s "$work/queries.sql" ] || fail "no SQL captured from the API log"
plans="$work/plans.md" unindexed=0 queries=0
while IFS= read -r sql; do
  queries=$((queries + 1))
  plan="$(sqlite3 "file:$db?mode=ro" "EXPLAIN QUERY PLAN $sql" 2>&1 | sed 's/^[|` -]*//' | grep -v '^QUERY PLAN$' || true)"
  # Not served by an index: a SCAN of a table (in rowid or index order; not of a materialised subquery, a
  # co-routine, json_each or a constant row), or an automatic index SQLite builds because no real one fits.
  scans="$(printf '%s\n' "$plan" | awk '
    /^(MATERIALIZE|CO-ROUTINE) / { virtual[$2] = 1 }
    { line[NR] = $0 }
    END {
      for (i = 1; i <= NR; i++) {
        split(line[i], w, " ")
        # The one cross-fractal aggregate (GET /api/fractals) reads every fractal by design: a covering scan of its
        # own index, never the table (ADR 0034). Any other scan, of a table or of an index, is reported.
        if (w[1] == "SCAN" && w[2] != "CONSTANT" && w[2] !~ /^(json_each|\()/ && !(w[2] in virtual) && line[i] !~ / USING COVERING INDEX ix_goals_root_stamp$/) print line[i]
        else if (line[i] ~ /AUTOMATIC (COVERING |PARTIAL )*INDEX/) print line[i]
      }
    }')"
  {
    echo "* \`SELECT … $(printf '%s' "$sql" | awk '{ i = index($0, " FROM "); print substr($0, i + 1, 240) }')…\`"
    echo "  plan: $(printf '%s' "$plan" | paste -sd ';' | sed 's/;/; /g')"
  } >> "$plans"
  if [ -n "$scans" ]; then unindexed=$((unindexed + 1)); echo "  **not served by an index:** $(printf '%s' "$scans" | paste -sd ';' | sed 's/;/; /g')" >> "$plans"; fi
  if printf '%s\n' "$plan" | grep -qE '^SCAN [^ ]+ USING COVERING INDEX ix_goals_root_stamp$'; then
    echo "  (the cross-fractal aggregate: a covering scan of its own index, never of the table — every fractal is listed by design)" >> "$plans"
  fi
done < "$work/queries.sql"

load_after="$(cut -d' ' -f1 /proc/loadavg)"

# --- report --------------------------------------------------------------------------------------------------------
yes_no() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 <= b + 0) ? "yes" : "**no**" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 >= b + 0) ? "yes" : "**no**" }'; }

rows() { count "$db" "SELECT (SELECT count(*) FROM goals WHERE parent_id IS NULL) || ' fractals, ' || (SELECT count(*) FROM goals) || ' goals, ' || (SELECT count(*) FROM activity_instances) || ' activity instances, ' || (SELECT count(*) FROM metric_values) || ' metric values'"; }
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
dirty="$(git status --porcelain -- src 2>/dev/null | head -n 1)"
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
worst_scale=0
for i in "${scale_routes[@]}"; do
  r="$(ratio "${scale_big[$i]}" "${scale_base[$i]}")"
  worst_scale="$(awk -v a="$r" -v b="$worst_scale" 'BEGIN { print (a + 0 > b + 0) ? a : b }')"
done
{
  echo "# Benchmarks"
  echo
  if [ "$smoke" = 1 ]; then echo "> **Smoke run** (small database, ${duration} s loads): checks that the pipeline works; the figures mean nothing."; echo; fi
  echo "Generated by \`bash build/bench.sh$([ "$smoke" = 1 ] && echo ' --smoke')$([ "$scale" != medium ] && [ "$smoke" = 0 ] && echo " --scale $scale")\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$commit\`$([ -n "$dirty" ] && echo ' (with uncommitted changes in src/)')."
  echo "Machine: $(nproc) cores ($cpu), $(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, .NET $(dotnet --version), Release build,"
  echo "API published with ReadyToRun, on 127.0.0.1 with \`Logging:LogLevel:Default=Warning\`; each endpoint is warmed up with ${warmup} s of load before it is measured."
  echo "Load average (1 min) when the measurements began: $load_before, at the end: $load_after — on a shared 2-core machine other work skews every figure."
  echo "Database: \`db seed --scale $scale --seed 1\` — $(rows); the typical fractal is fractal 0"
  echo "($(count "$db" "SELECT count(*) FROM goals WHERE root_id = '$root'") goals, $(count "$db" "SELECT count(*) FROM goals WHERE root_id = '$root' AND type = 'PracticeSession'") sessions, $(count "$db" "SELECT count(*) FROM activity_instances WHERE root_id = '$root'") activity instances)."
  [ -f "$cache/$scale.seed-ms" ] && echo "Seeding it took $(awk '{ printf "%.1f", $1 / 1000 }' "$cache/$scale.seed-ms") s$([ -n "$large" ] && [ -f "$cache/large.seed-ms" ] && echo "; the large one $(awk '{ printf "%.1f", $1 / 1000 }' "$cache/large.seed-ms") s")."
  echo
  echo "## Targets (issue 8)"
  echo
  echo "| Target | Legacy | Goal | Measured | Reached |"
  echo "|---|---|---|---|---|"
  echo "| \`GET /api/fractals\` time | 6.2 s | < 62 ms (1%) | ${single[0]} ms | $(yes_no "${single[0]}" 62) |"
  echo "| \`GET /api/{root}/goals\` time | 0.7–0.8 s | ≤ 75 ms (10×) | ${single[1]} ms | $(yes_no "${single[1]}" 75) |"
  echo "| \`GET /api/{root}/sessions\` time | 0.7–0.8 s | ≤ 75 ms (10×) | ${single[2]} ms | $(yes_no "${single[2]}" 75) |"
  echo "| \`/activities\` at 8 connections | 500 req/s | ≥ 2,500 req/s (5×) | ${rps[3]} req/s | $(at_least "${rps[3]}" 2500) |"
  echo "| \`/session-templates\` at 8 connections | 1,400 req/s | ≥ 7,000 req/s (5×) | ${rps[4]} req/s | $(at_least "${rps[4]}" 7000) |"
  echo "| \`/programs\` at 8 connections | 170 req/s | ≥ 850 req/s (5×) | ${rps[5]} req/s | $(at_least "${rps[5]}" 850) |"
  echo "| one goal at 8 connections | not given | ≥ 5× legacy | ${rps[6]} req/s | n/a (the issue gives no legacy figure) |"
  echo "| scale: same fractal, large vs medium | — | ≤ 1.5× | worst ${worst_scale}× | $([ -n "$large" ] && yes_no "$worst_scale" 1.5 || echo 'not measured') |"
  echo "| hot query plans use an index | — | every query | $((queries - unindexed)) of $queries | $([ "$unindexed" = 0 ] && echo yes || echo '**no**') |"
  echo "| peak RSS under load | — | < 300 MB | ${peak_rss_mb} MB | $(yes_no "$peak_rss_mb" 300) |"
  echo "| first response after start | — | < 2 s | ${medium_startup_ms} ms (\`/health\`; first \`/api/fractals\` then took ${first_ms} ms) | $(yes_no "$medium_startup_ms" 2000) |"
  echo
  echo "Times are the median of $repeats sequential warm requests (curl). Legacy figures are those of issue 8 (2 worker processes, same kind of machine)."
  echo
  echo "## Endpoints under load (wrk, 2 threads, 8 connections, ${duration} s each)"
  echo
  echo "| Endpoint | req/s | p50 | p99 | errors | single request | body | body with \`Accept-Encoding: gzip\` |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  for i in "${!routes[@]}"; do
    echo "| \`${labels[$i]}\` | ${rps[$i]} | ${p50[$i]}$([ "${p50[$i]}" != — ] && echo ' ms') | ${p99[$i]}$([ "${p99[$i]}" != — ] && echo ' ms') | ${errors[$i]} | ${single[$i]} ms | ${plain[$i]} B | ${gzip[$i]} B$([ -n "${encoding[$i]}" ] && echo " (${encoding[$i]})" || echo " (not compressed)") |"
  done
  echo
  echo "Peak RSS of the API process over the whole load (VmHWM): ${peak_rss_mb} MB."
  echo
  echo "## Scale check"
  echo
  echo "The typical fractal (fractal 0, the same rows at every scale) on the $scale database and on $scale_against;"
  echo "both APIs run at once and are asked in turn, $((repeats + 4)) warm requests each (medians):"
  echo
  echo "| Endpoint | $scale | $([ -n "$large" ] && echo large || echo 'again') | ratio |"
  echo "|---|---:|---:|---:|"
  for i in "${scale_routes[@]}"; do
    echo "| \`${labels[$i]}\` | ${scale_base[$i]} ms | ${scale_big[$i]} ms | $(ratio "${scale_big[$i]}" "${scale_base[$i]}")× |"
  done
  echo
  echo "Start-up to the first \`/health\` answer: ${medium_startup_ms} ms on $scale, ${large_startup_ms} ms on the other."
  echo
  echo "## Query plans"
  echo
  echo "Every distinct SELECT the endpoints above ran (EF Core's command log), with SQLite's \`EXPLAIN QUERY PLAN\` on the $scale database:"
  echo
  cat "$plans"
  echo
  echo "## Reproduce"
  echo
  echo '```bash'
  echo "bash build/bench.sh                      # medium + large (.bench/, reused), writes docs/benchmarks.md"
  echo "bash build/bench.sh --smoke              # small, 1 s loads, temp report (what CI runs)"
  echo "dotnet run --project src/Api -c Release -- db seed --scale medium --database /tmp/medium.db   # a database alone"
  echo "FRACTALGOALS_BENCH_DB=.bench/medium.db dotnet run -c Release --project benchmarks/FractalGoals.Benchmarks   # handler micro-benchmarks"
  echo "bash build/bench.sh --upgrade            # db upgrade of legacy medium and large files: the section below"
  echo '```'
  # the upgrade mode's section (bench.sh --upgrade) is its own: carried over unchanged
  if [ -f "$out" ] && grep -qF "$section_begin" "$out"; then
    echo
    awk -v begin="$section_begin" -v end="$section_end" '$0 == begin { keep = 1 } keep { print } $0 == end { keep = 0 }' "$out"
  fi
} > "$work/report.md"
mv "$work/report.md" "$out"

[ "${#rps[@]}" = "${#routes[@]}" ] || fail "not every endpoint was measured"
echo "wrote $out" >&2
