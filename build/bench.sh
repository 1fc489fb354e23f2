#!/usr/bin/env bash
# Benchmarks the API on generated data (issue 8, ADR 0029) and writes docs/benchmarks.md.
#
#   bash build/bench.sh                  medium database (+ large for the scale check) -> docs/benchmarks.md
#   bash build/bench.sh --scale small    small database only -> .bench/benchmarks-small.md
#   bash build/bench.sh --smoke          small database, 1 s loads, a temp report: checks the pipeline works (CI)
#   bash build/bench.sh --upgrade        `db upgrade` of legacy files (medium and large, issue 14) -> its section of docs/benchmarks.md
#   bash build/bench.sh --upgrade --scale small|tiny   one smaller legacy file -> .bench/benchmarks-upgrade-SCALE.md
#   bash build/bench.sh --load           mixed read/write load, 16 connections for 60 s on a copy of the medium database,
#                                        then `db verify` of it (issue 14) -> its section of docs/benchmarks.md
#   bash build/bench.sh --load --smoke   the same on the small database for a few seconds, a temp report
#   bash build/bench.sh --load [--scale small] [--duration S]   the small database (-> .bench/benchmarks-load-small.md),
#                                        or S seconds of the mix instead of 60
#   --out FILE                           write the report elsewhere
#
# docs/benchmarks.md has one section per mode: the API mode rewrites the file but keeps the upgrade and load sections
# (between their marker comments), the upgrade and load modes replace only their own section.
#
# Seeds databases with `db seed` into .bench/ (git-ignored) or reuses them, publishes the API (Release, ReadyToRun), starts it on
# 127.0.0.1:<free port>, times the first response, loads each main read endpoint with wrk (8 connections, bounded
# time), measures single-request times, body sizes (identity and gzip), peak RSS, the scale check (the same fractal
# on the large and the medium database) and the query plans of the SQL those endpoints run.
# Exit: 0 when every step worked (targets missed are reported, not failures); 1 when a step failed, and with --load
# also on any 5xx answer, socket error or timeout, or a database that `db verify` refuses.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
repo="$(pwd)"

scale=medium smoke=0 upgrade=0 load=0 load_duration="" out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1 scale=small ;;
    --upgrade) upgrade=1 ;;
    --load) load=1 ;;
    --duration) load_duration="${2:?--duration needs seconds}"; shift ;;
    --scale) scale="${2:?--scale needs small or medium}"; shift ;;
    --out) out="${2:?--out needs a file}"; shift ;;
    *) echo "usage: build/bench.sh [--smoke] [--upgrade | --load [--duration S]] [--scale small|medium] [--out FILE]" >&2; exit 2 ;;
  esac
  shift
done
[ "$upgrade" = 1 ] && [ "$load" = 1 ] && { echo "--upgrade and --load are separate modes" >&2; exit 2; }
[ -n "$load_duration" ] && [ "$load" = 0 ] && { echo "--duration is for --load" >&2; exit 2; }
case "$load_duration" in ""|[1-9]|[1-9][0-9]|[1-9][0-9][0-9]) ;; *) echo "--duration must be 1 to 999 seconds" >&2; exit 2 ;; esac
if [ "$upgrade" = 1 ]; then
  case "$scale" in tiny|small|medium) ;; *) echo "--scale must be tiny, small or medium" >&2; exit 2 ;; esac
  [ "$smoke" = 1 ] && scale=tiny
else
  case "$scale" in small|medium) ;; *) echo "--scale must be small or medium" >&2; exit 2 ;; esac
fi
section_begin="<!-- bench.sh --upgrade: begin -->" section_end="<!-- bench.sh --upgrade: end -->"
load_begin="<!-- bench.sh --load: begin -->" load_end="<!-- bench.sh --load: end -->"
if [ "$smoke" = 1 ]; then duration=1 repeats=3 warmup=1; else duration=10 repeats=7 warmup=4; fi
if [ -z "$out" ]; then
  if [ "$smoke" = 1 ]; then out="$(mktemp --suffix=.md)"
  elif [ "$scale" = medium ]; then out="docs/benchmarks.md"
  elif [ "$upgrade" = 1 ]; then out=".bench/benchmarks-upgrade-$scale.md"
  elif [ "$load" = 1 ]; then out=".bench/benchmarks-load-$scale.md"
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

write_section() {   # write_section OUT SECTION_FILE BEGIN END: replaces that mode's section of OUT, or appends it
  local target="$1" section="$2" begin="$3" end="$4"
  if [ -f "$target" ] && grep -qF "$begin" "$target"; then   # keep the rest of the file as it was
    awk -v begin="$begin" -v end="$end" -v file="$section" '
      $0 == begin { while ((getline line < file) > 0) print line; skip = 1; next }
      $0 == end { skip = 0; next }
      !skip' "$target" > "$work/out.md"
  else
    { if [ -s "$target" ]; then cat "$target"; echo; else echo "# Benchmarks"; echo; fi; cat "$section"; } > "$work/out.md"
  fi
  mv "$work/out.md" "$target"
}

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
  write_section "$out" "$section" "$section_begin" "$section_end"
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
[ "$scale" = medium ] && [ "$load" = 0 ] && large="$(seeded large)"

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

if [ "$load" = 1 ]; then
  # --- mixed read/write load (issue 14) -----------------------------------------------------------------------------
  # wrk runs build/load-mix.lua with one connection per thread (so the script can time each kind), over ids of the
  # database. Writes change the file, so the load runs on a fresh copy; the API is stopped afterwards and the published
  # CLI's `db verify` checks the copy. Phases: a warm-up of the mix (tiered compilation, as for the read benchmarks),
  # the measured mix, then the writes alone on 1 and on 16 connections, which shows what serializing them costs.
  if [ "$smoke" = 1 ]; then mix_secs=3 warm_secs=1 writes_secs=2; else mix_secs=60 warm_secs=5 writes_secs=10; fi
  [ -n "$load_duration" ] && mix_secs="$load_duration"
  connections=16 load_fractals=8
  run="$work/load"
  mkdir -p "$run"

  step "picking the ids for the load from $db"
  # One Lua call per id (build/load-mix.lua defines F, S, D, M, P, I, G); texts go in long brackets, so rows whose
  # text holds the closing bracket are left out. Per fractal: its 40 newest sessions, its activities with live
  # metrics (and their live metrics and splits), its 200 newest instances of those, 40 of its goals.
  sqlite3 "file:$db?mode=ro" > "$run/data.lua" <<SQL || fail "could not pick ids from $db"
CREATE TEMP TABLE lf AS SELECT id FROM goals
  WHERE parent_id IS NULL AND type = 'UltimateGoal' AND deleted_at IS NULL ORDER BY rowid LIMIT $load_fractals;
SELECT 'F("' || id || '")' FROM lf;
SELECT 'S("' || root_id || '","' || id || '",[==[' || session_data || ']==])' FROM (
  SELECT g.root_id, g.id, g.session_data, row_number() OVER (PARTITION BY g.root_id ORDER BY g.created_at DESC, g.id) AS n
  FROM goals g JOIN lf ON g.root_id = lf.id
  WHERE g.type = 'PracticeSession' AND g.deleted_at IS NULL AND g.session_data LIKE '{%}' AND instr(g.session_data, ']==]') = 0)
WHERE n <= 40;
CREATE TEMP TABLE ld AS SELECT a.id, a.root_id, a.has_splits FROM activity_definitions a JOIN lf ON a.root_id = lf.id
  WHERE a.deleted_at IS NULL
    AND EXISTS (SELECT 1 FROM metric_definitions m WHERE m.activity_id = a.id AND m.deleted_at IS NULL AND m.is_active = 1);
SELECT 'D("' || root_id || '","' || id || '")' FROM ld;
SELECT 'M("' || m.activity_id || '","' || m.id || '")' FROM metric_definitions m JOIN ld ON m.activity_id = ld.id
  WHERE m.deleted_at IS NULL AND m.is_active = 1;
SELECT 'P("' || s.activity_id || '","' || s.id || '")' FROM split_definitions s JOIN ld ON s.activity_id = ld.id
  WHERE ld.has_splits = 1 AND s.deleted_at IS NULL;
SELECT 'I("' || root_id || '","' || id || '","' || practice_session_id || '","' || activity_definition_id || '")' FROM (
  SELECT i.root_id, i.id, i.practice_session_id, i.activity_definition_id,
         row_number() OVER (PARTITION BY i.root_id ORDER BY i.created_at DESC, i.id) AS n
  FROM activity_instances i JOIN ld ON ld.id = i.activity_definition_id AND ld.root_id = i.root_id
  JOIN goals s ON s.id = i.practice_session_id AND s.deleted_at IS NULL
  WHERE i.deleted_at IS NULL)
WHERE n <= 200;
SELECT 'G("' || root_id || '","' || id || '",[==[' || name || ']==],' || coalesce('"' || substr(deadline, 1, 10) || '"', 'nil')
       || ',[==[' || coalesce(nullif(targets, ''), '[]') || ']==])' FROM (
  SELECT g.root_id, g.id, g.name, g.deadline, g.targets, row_number() OVER (PARTITION BY g.root_id ORDER BY g.rowid) AS n
  FROM goals g JOIN lf ON g.root_id = lf.id
  WHERE g.type IN ('LongTermGoal', 'MidTermGoal', 'ShortTermGoal') AND g.deleted_at IS NULL
    AND instr(g.name || coalesce(g.targets, ''), ']==]') = 0)
WHERE n <= 40;
SQL
  ids_of() { grep -c "^$1(" "$run/data.lua" || true; }
  picked="$(ids_of F) fractals, $(ids_of S) sessions, $(ids_of I) activity instances, $(ids_of G) goals, $(ids_of D) activities ($(ids_of M) metrics, $(ids_of P) splits)"
  [ "$(ids_of F)" -gt 0 ] && [ "$(ids_of I)" -gt 0 ] || fail "$db holds no fractal with activity instances"
  table_rows() { sqlite3 "$1" "SELECT (SELECT count(*) FROM activity_instances) || ' ' || (SELECT count(*) FROM metric_values)"; }
  rows_before="$(table_rows "file:$db?mode=ro")"

  copy="$run/$scale.db"
  step "copying $db for the load"
  cp "$db" "$copy"
  [ -s "$db-wal" ] && cp "$db-wal" "$copy-wal"   # the cached file's last writes may still sit in its WAL
  sync

  # CPU over a phase, to tell a busy API from a waiting one: the API's user + system ticks, and the whole machine's busy
  # ticks (the machine is shared: what the API did not use, others may have).
  api_ticks() { awk '{ print $14 + $15 }' "/proc/$api_pid/stat"; }
  machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat; }
  declare -A api_cores machine_busy
  load_run() {   # load_run NAME CONNECTIONS SECONDS [writes]: one wrk run -> $run/NAME.txt, api_cores[NAME], machine_busy[NAME]
    local a0 m0 t0 m1 t1 wall0; a0="$(api_ticks)"; read -r m0 t0 <<< "$(machine_ticks)"; wall0=$(date +%s%N)
    LOAD_DATA="$run/data.lua" LOAD_RUN="$1" LOAD_MIX="${4:-}" \
      wrk -t"$2" -c"$2" -d"${3}s" --timeout 30s -s "$repo/build/load-mix.lua" "$base" > "$run/$1.txt" 2>&1 \
      || fail "wrk failed ($1): $(tail -n 20 "$run/$1.txt")"
    read -r m1 t1 <<< "$(machine_ticks)"
    api_cores[$1]="$(awk -v t="$(( $(api_ticks) - a0 ))" -v hz="$(getconf CLK_TCK)" -v ns="$(( $(date +%s%N) - wall0 ))" 'BEGIN { printf "%.2f", t / hz / (ns / 1e9) }')"
    machine_busy[$1]="$(awk -v b="$((m1 - m0))" -v t="$((t1 - t0))" 'BEGIN { printf "%.0f%%", (t > 0 ? 100 * b / t : 0) }')"
    grep -q '^LOAD summary ' "$run/$1.txt" || fail "no figures from build/load-mix.lua ($1): $(tail -n 20 "$run/$1.txt")"
  }
  field() { awk -F'|' -v n="$2" '/^LOAD summary / { sub(/^LOAD summary /, ""); print $n }' "$run/$1.txt"; }   # field NAME N
  latency_of() { awk -F'|' -v k="$2" -v n="$3" '/^LOAD latency / { sub(/^LOAD latency /, ""); if ($1 == k) print $n }' "$run/$1.txt"; }
  status_sum() {   # status_sum NAME LOW HIGH: responses with a status in [LOW, HIGH]
    awk -F'|' -v lo="$2" -v hi="$3" '/^LOAD count / { sub(/^LOAD count /, ""); if ($2 + 0 >= lo && $2 + 0 <= hi) n += $3 } END { print n + 0 }' "$run/$1.txt"
  }
  socket_errors() { awk -F'|' '/^LOAD summary / { print $5 + $6 + $7 + $8 }' "$run/$1.txt"; }

  load_before="$(cut -d' ' -f1 /proc/loadavg)"
  step "starting the API on the copy (load average now $load_before)"
  start_api "$copy"
  load_startup_ms="$startup_ms"
  step "warm-up: the mix, $connections connections, ${warm_secs} s"
  load_run warm "$connections" "$warm_secs"
  step "the mix: $connections connections, ${mix_secs} s"
  load_run mix "$connections" "$mix_secs"
  step "the writes alone: 1 connection, ${writes_secs} s"
  load_run writes1 1 "$writes_secs" writes
  step "the writes alone: $connections connections, ${writes_secs} s"
  load_run writes16 "$connections" "$writes_secs" writes
  load_rss_mb="$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$api_pid/status")"
  load_after="$(cut -d' ' -f1 /proc/loadavg)"
  stop_api "$api_pid"
  cp "$api_log" "$cache/load-api.log"   # kept: the work dir goes at exit, and a 5xx is explained here
  log_errors="$(grep -cE '^(fail|crit): ' "$api_log" || true)" log_warnings="$(grep -cE '^warn: ' "$api_log" || true)"
  # Which categories logged them. Seen: EF Core's "An error occurred using a transaction" (Database.Transaction[20205])
  # as a phase ends — wrk closes its connections then, cutting off a write inside its transaction (nobody is answered).
  log_error_kinds="$(grep -E '^(fail|crit): ' "$api_log" | sed -E 's/^(fail|crit): //' | sort | uniq -c \
    | awk '{ printf "%s`%s` ×%d", (NR > 1 ? ", " : ""), $2, $1 }' || true)"

  step "db verify of the copy"
  verify_status=0
  dotnet "$api_dll" db verify --database "$copy" > "$run/verify.out" 2>&1 || verify_status=$?
  verify_checks="$(grep -c '^check ok' "$run/verify.out" || true) of $(grep -c '^check ' "$run/verify.out" || true)"
  verify_line="$(tail -n 1 "$run/verify.out")"
  read -r instances_before values_before <<< "$rows_before"
  read -r instances_after values_after <<< "$(table_rows "$copy")"

  phases=(warm mix writes1 writes16)
  server_errors=0 socket_total=0
  for p in "${phases[@]}"; do
    server_errors=$((server_errors + $(status_sum "$p" 500 599)))
    socket_total=$((socket_total + $(socket_errors "$p")))
  done
  outcome=passed
  [ "$server_errors" = 0 ] && [ "$socket_total" = 0 ] && [ "$verify_status" = 0 ] || outcome=failed

  per_second() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.1f", (s + 0 > 0) ? n / s : 0 }'; }
  mix_requests="$(field mix 1)" mix_duration="$(field mix 2)"
  writes_in_mix="$(awk -F'|' '/^LOAD count / { sub(/^LOAD count /, ""); if ($1 !~ /read$/) n += $3 } END { print n + 0 }' "$run/mix.txt")"
  committed_in_mix="$(awk -F'|' '/^LOAD count / { sub(/^LOAD count /, ""); if ($1 !~ /read$/ && $2 >= 200 && $2 < 300) n += $3 } END { print n + 0 }' "$run/mix.txt")"
  w1_rate="$(per_second "$(field writes1 1)" "$(field writes1 2)")" w16_rate="$(per_second "$(field writes16 1)" "$(field writes16 2)")"
  mix_write_rate="$(per_second "$writes_in_mix" "$mix_duration")"

  commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  dirty="$(git status --porcelain -- src build 2>/dev/null | head -n 1)"
  section="$work/load.md"
  {
    echo "$load_begin"
    echo "## Mixed read/write load (issue 14)"
    echo
    [ "$smoke" = 1 ] && { echo "> **Smoke run** (small database, ${mix_secs} s): checks that the pipeline works; the figures mean nothing."; echo; }
    echo "Generated by \`bash build/bench.sh --load$([ "$smoke" = 1 ] && echo ' --smoke')$([ "$smoke" = 0 ] && [ "$scale" != medium ] && echo " --scale $scale")$([ -n "$load_duration" ] && echo " --duration $load_duration")\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$commit\`$([ -n "$dirty" ] && echo ' (with uncommitted changes in src/ or build/)'),"
    echo "$(nproc) cores, $(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, load average (1 min) $load_before before and $load_after at the end (a shared machine: other work skews every figure)."
    echo "The published API (Release, ReadyToRun, \`Logging:LogLevel:Default=Warning\`) on a fresh copy of the $scale database"
    echo "(\`db seed --scale $scale --seed 1\`; $instances_before activity instances, $values_before metric values), loaded by wrk with"
    echo "\`build/load-mix.lua\`: $connections connections (one per wrk thread) for ${mix_secs} s, after a ${warm_secs} s warm-up of the same mix; ids of"
    echo "$picked from the database; every request asks \`Accept-Encoding: gzip\`, as a browser does."
    echo
    echo "**Outcome: $outcome** — $server_errors answers 5xx, $socket_total socket errors or timeouts (all four phases);"
    echo "\`db verify\` of the copy afterwards: $verify_line ($verify_checks checks, exit $verify_status)."
    echo "The API used ${api_cores[mix]} of the $(nproc) cores over the mix (the whole machine was ${machine_busy[mix]} busy)."
    echo "Peak RSS of the API (VmHWM, whole run): ${load_rss_mb} MB. API log: $log_errors error entries$([ -n "$log_error_kinds" ] && echo " ($log_error_kinds)"), $log_warnings warnings. Rows after the run:"
    echo "$instances_after activity instances (+$((instances_after - instances_before))), $values_after metric values (+$((values_after - values_before)))."
    echo
    echo "| Request (weight in the mix) | requests | req/s | 2xx | 404 | 409 | 412 | other | 5xx | p50 | p99 | max |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    awk -F'|' -v secs="$mix_duration" '
      /^LOAD count / { sub(/^LOAD count /, ""); k = $1; s = $2 + 0; n = $3 + 0; total[k] += n; group = (k ~ /read$/) ? "(reads)" : "(writes)"; total[group] += n; total["(all)"] += n
        c = (s >= 200 && s < 300) ? "ok" : (s == 404 || s == 409 || s == 412) ? s : (s >= 500) ? "5xx" : "other"
        by[k, c] += n; by[group, c] += n; by["(all)", c] += n }
      /^LOAD share / { sub(/^LOAD share /, ""); share[$1] = $2; share[($1 ~ /read$/) ? "(reads)" : "(writes)"] += $2; share["(all)"] += $2 }
      /^LOAD latency / { sub(/^LOAD latency /, ""); p50[$1] = $2; p99[$1] = $3; mx[$1] = $4 }
      /^LOAD summary / { sub(/^LOAD summary /, ""); p50["(all)"] = $3; p99["(all)"] = $4; mx["(all)"] = "" }
      END {
        n = split("session save:PUT /api/{root}/sessions/{id} (session_data)|metric PUT:PUT …/sessions/{id}/activities/{instance}/metrics|instance create:POST …/sessions/{id}/activities (client instance_id)|timer start:POST …/activity-instances/{id}/start|timer stop:POST …/activity-instances/{id}/stop|goal edit:PUT /api/{root}/goals/{id}|tree read:GET /api/{root}/goals|session list read:GET /api/{root}/sessions|(writes):all writes|(reads):all reads|(all):all", kinds, "|")
        for (i = 1; i <= n; i++) {
          split(kinds[i], part, ":"); k = part[1]
          label = (k ~ /^\(/) ? "**" part[2] "**" : k ": `" part[2] "`"
          printf "| %s (%d%%) | %d | %.1f | %d | %d | %d | %d | %d | %d | %s | %s | %s |\n", label, share[k], total[k], (secs > 0 ? total[k] / secs : 0),
            by[k, "ok"], by[k, 404], by[k, 409], by[k, 412], by[k, "other"], by[k, "5xx"],
            (k in p50) ? p50[k] " ms" : "—", (k in p99) ? p99[k] " ms" : "—", (mx[k] != "") ? mx[k] " ms" : "—"
        }
      }' "$run/mix.txt"
    echo
    echo "$mix_requests requests in $(awk -v s="$mix_duration" 'BEGIN { printf "%.1f", s }') s: $(per_second "$mix_requests" "$mix_duration") req/s. Latency is from the script's send to its response hook, per kind"
    echo "(0.1 ms buckets up to 100 ms, 1 ms above); the \"all\" row's p50 and p99 are wrk's own. Expected refusals, counted above: a repeated or raced"
    echo "client instance id answers 409 \"Activity instance already exists\" (15% of the creates repeat an id the same connection created,"
    echo "15% walk a list of ids shared by all connections, so the same POST arrives on several, some at the same moment); one goal edit in"
    echo "ten carries a stale \`If-Match\`, answered 412. A timer stop stops an instance its connection started, so stops are fewer than"
    echo "their weight. The warm-up answered $(field warm 1) requests ($(status_sum warm 500 599) 5xx)."
    echo
    echo "### What the write transactions (BEGIN IMMEDIATE) do to write throughput"
    echo
    echo "Every command runs in one write transaction from its first read to its commit (ADR 0042), on SQLite \`BEGIN IMMEDIATE\`:"
    echo "it takes the database's one write lock before it reads, so writers run one at a time; GETs take no lock. The API's writers"
    echo "queue for the lock in order in the process (ADR 0047, at most 30 s), rather than in SQLite's busy handler, which sleeps and"
    echo "retries (before the queue, at commit cf617bd: 48.0 writes/s in the mix, p99 3.6 s, max 6.6 s). The same write requests alone, then in the mix:"
    echo
    echo "| Writes | connections | writes/s | p50 | p99 | max | 5xx | API CPU (cores) | machine busy |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    echo "| alone, ${writes_secs} s | 1 | $w1_rate | $(latency_of writes1 '(writes)' 2) ms | $(latency_of writes1 '(writes)' 3) ms | $(latency_of writes1 '(writes)' 4) ms | $(status_sum writes1 500 599) | ${api_cores[writes1]} | ${machine_busy[writes1]} |"
    echo "| alone, ${writes_secs} s | $connections | $w16_rate | $(latency_of writes16 '(writes)' 2) ms | $(latency_of writes16 '(writes)' 3) ms | $(latency_of writes16 '(writes)' 4) ms | $(status_sum writes16 500 599) | ${api_cores[writes16]} | ${machine_busy[writes16]} |"
    echo "| in the mix, ${mix_secs} s | $connections | $mix_write_rate ($(per_second "$committed_in_mix" "$mix_duration") answered 2xx) | $(latency_of mix '(writes)' 2) ms | $(latency_of mix '(writes)' 3) ms | $(latency_of mix '(writes)' 4) ms | $(status_sum mix 500 599) | ${api_cores[mix]} | ${machine_busy[mix]} |"
    echo
    echo "$(awk -v a="$w1_rate" -v b="$w16_rate" -v c="$connections" 'BEGIN { printf "%s connections wrote %.2f× as many writes per second as one connection", c, (a > 0 ? b / a : 0) }'),"
    echo "with the median write $(awk -v a="$(latency_of writes1 '(writes)' 2)" -v b="$(latency_of writes16 '(writes)' 2)" 'BEGIN { printf "%.1f× as long (%s → %s ms)", (a > 0 ? b / a : 0), a, b }'): the lock lets one command"
    echo "through at a time, so extra connections add waiting, not writes: a write waits for those queued before it. In the mix the writes ran at $(awk -v a="$mix_write_rate" -v b="$w16_rate" 'BEGIN { printf "%.0f%%", (b > 0 ? 100 * a / b : 0) }') of their rate alone on as many connections, beside"
    echo "$(per_second "$((mix_requests - writes_in_mix))" "$mix_duration") reads/s of whole trees and session lists (a whole fractal each, compressed on the API's CPU); the slowest write took"
    echo "$(latency_of mix '(writes)' 4) ms."
    echo
    echo "Reproduce: \`bash build/bench.sh --load\` (copies \`.bench/$scale.db\`, seeding it once if missing; the API's log is kept in \`.bench/load-api.log\`);"
    echo "\`bash build/bench.sh --load --smoke\` checks the pipeline in a few seconds."
    if [ "$server_errors" != 0 ]; then
      echo
      echo "Answers 5xx (up to five per connection and phase):"
      echo
      for p in "${phases[@]}"; do
        awk -F'|' -v p="$p" '/^LOAD failure / { sub(/^LOAD failure /, ""); printf "* %s: %s %s → %s; request body `%s`; response `%s`\n", p, $1, $3, $2, $4, $5 }' "$run/$p.txt"
      done
    fi
    echo "$load_end"
  } > "$section"
  write_section "$out" "$section" "$load_begin" "$load_end"
  echo "wrote $out" >&2
  if [ "$outcome" != passed ]; then
    for p in "${phases[@]}"; do grep '^LOAD failure ' "$run/$p.txt" >&2 || true; done
    cat "$run/verify.out" >&2
    fail "the load failed: $server_errors answers 5xx, $socket_total socket errors, db verify exit $verify_status (API log: $cache/load-api.log)"
  fi
  exit 0
fi

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
  echo "bash build/bench.sh --upgrade            # db upgrade of legacy medium and large files: its section below"
  echo "bash build/bench.sh --load               # mixed read/write load on a copy of medium, then db verify: its section below"
  echo '```'
  # the sections of the upgrade and load modes are their own: carried over unchanged, in the order the file has them
  if [ -f "$out" ]; then
    awk -v ub="$section_begin" -v ue="$section_end" -v lb="$load_begin" -v le="$load_end" '
      $0 == ub || $0 == lb { keep = 1; print "" } keep { print } $0 == ue || $0 == le { keep = 0 }' "$out"
  fi
} > "$work/report.md"
mv "$work/report.md" "$out"

[ "${#rps[@]}" = "${#routes[@]}" ] || fail "not every endpoint was measured"
echo "wrote $out" >&2
