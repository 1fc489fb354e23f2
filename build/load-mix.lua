-- The mixed read/write load of `bash build/bench.sh --load` (issue 14): a wrk script that sends, over real ids of the
-- database, what the React client sends while people practise — session saves, metric PUTs, activity-instance
-- creation with client ids (some repeated, so 409s happen), timer starts and stops, goal edits, tree and session-list
-- reads — and counts every answer by kind and status, with per-kind latency.
--
-- Run with one connection per thread (wrk -tN -cN): wrk's Lua hooks do not say which connection a response belongs
-- to, but with one connection per thread each response answers the request that thread built last.
--
-- Environment: LOAD_DATA   the Lua data file bench.sh generates (calls of F, S, I, M, P, G, D below)
--              LOAD_RUN    a tag in the client ids, so a warm-up's ids never collide with the measured run's
--              LOAD_MIX    "writes": the write kinds only
-- done() prints lines starting with "LOAD " that bench.sh parses; wrk's own summary is printed before them.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } load_timespec;
  int clock_gettime(int clk_id, load_timespec *tp);
]]
local timespec = ffi.new("load_timespec")
local function now_us()   -- CLOCK_MONOTONIC; os.clock is CPU time and os.time whole seconds
  ffi.C.clock_gettime(1, timespec)
  return tonumber(timespec.tv_sec) * 1e6 + tonumber(timespec.tv_nsec) / 1e3
end

-- --- the data file: fractals and the ids under them -------------------------------------------------------------
local fractals, by_root, metrics_of, splits_of = {}, {}, {}, {}
function F(root) local f = { root = root, sessions = {}, instances = {}, goals = {}, defs = {} }; fractals[#fractals + 1] = f; by_root[root] = f end
function S(root, id, data) local list = by_root[root].sessions; list[#list + 1] = { id = id, data = data } end
function I(root, id, session, def) local list = by_root[root].instances; list[#list + 1] = { id = id, session = session, def = def } end
function D(root, def) local list = by_root[root].defs; list[#list + 1] = def end
function M(def, metric) metrics_of[def] = metrics_of[def] or {}; table.insert(metrics_of[def], metric) end
function P(def, split) splits_of[def] = splits_of[def] or {}; table.insert(splits_of[def], split) end
function G(root, id, name, deadline, targets)
  local list = by_root[root].goals
  list[#list + 1] = { id = id, name = name, deadline = deadline, targets = targets }
end
dofile(assert(os.getenv("LOAD_DATA"), "LOAD_DATA names the data file"))
for i = #fractals, 1, -1 do   -- a fractal lacking any kind of id cannot take every kind of request
  local f = fractals[i]
  if #f.sessions == 0 or #f.instances == 0 or #f.goals == 0 or #f.defs == 0 then table.remove(fractals, i) end
end
assert(#fractals > 0, "the data file names no fractal with sessions, instances, goals and activities")
local run = os.getenv("LOAD_RUN") or "run"

-- Shares of the mix, out of their sum. Writes dominate, as on the session page (auto-save, metrics, timers); the tree
-- and session-list reads are few but each is a whole fractal (megabytes), so they weigh on the CPU.
local mix = {
  { "session save", 20 }, { "metric PUT", 25 }, { "instance create", 15 }, { "timer start", 8 }, { "timer stop", 7 },
  { "goal edit", 15 }, { "tree read", 5 }, { "session list read", 5 },
}
if os.getenv("LOAD_MIX") == "writes" then   -- the writes alone, for the write-throughput comparison
  for _, m in ipairs(mix) do if m[1]:match("read$") then m[2] = 0 end end
end
local total_weight = 0
for _, m in ipairs(mix) do total_weight = total_weight + m[2] end

-- --- main state: one entry per thread, so done() can gather their counters ----------------------------------------
local threads = {}
function setup(thread)
  thread:set("thread_no", #threads + 1)
  threads[#threads + 1] = thread
end

-- --- thread state ---------------------------------------------------------------------------------------------------
-- Flat tables of numbers keyed by strings: wrk copies them out of a thread's Lua state in done().
counts = {}     -- "kind|status" -> responses
latency = {}    -- "kind|bucket" -> responses; bucket = latency in 0.1 ms steps (ms below 100 ms), whole ms above
failures = {}   -- up to 5 examples of a 5xx: "kind|status|method path|request body|response body"
local pending, sent_at, serial = nil, 0, 0
local created, started = {}, {}   -- this thread's own instances: ids it created, instances it started
local race_no = 0

function init(args)
  math.randomseed(1000 + (thread_no or 0))
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept-Encoding"] = "gzip"   -- as a browser asks; the big reads are served compressed
end

local function pick(list) return list[math.random(#list)] end

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' elseif c == "\\" then return "\\\\" else return string.format("\\u%04x", c:byte()) end
  end) .. '"'
end

-- Client ids look like the browser's (UUID v4 text), unique per run, thread and request.
local function client_id(kind, a, b)
  local h = 0
  for ch in (run .. kind):gmatch(".") do h = (h * 31 + ch:byte()) % 0x10000 end
  return string.format("%08x-%04x-4%03x-8000-%012x", a % 0x100000000, h, b % 0x1000, 0x10ad0000 + h)
end

local function instance_body(inst)
  return '{"practice_session_id":' .. json_string(inst.session) .. ',"activity_definition_id":' .. json_string(inst.def) .. '}'
end

local builders = {}

builders["session save"] = function()
  -- The page's auto-save: the whole session_data as a JSON string, one key changed each time.
  local f = pick(fractals)
  local s = pick(f.sessions)
  local data = s.data:sub(1, -2) .. ',"load_saves":' .. serial .. '}'
  return "PUT", "/api/" .. f.root .. "/sessions/" .. s.id, '{"session_data":' .. json_string(data) .. '}'
end

builders["metric PUT"] = function()
  local f = pick(fractals)
  local inst = pick(f.instances)
  local metrics, splits = metrics_of[inst.def], splits_of[inst.def]
  local entries = {}
  for _ = 1, math.random(math.min(3, #metrics)) do
    local entry = '{"metric_id":' .. json_string(pick(metrics)) .. ',"value":' .. math.random(1, 200)
    if splits and math.random() < 0.5 then entry = entry .. ',"split_id":' .. json_string(pick(splits)) end
    entries[#entries + 1] = entry .. '}'
  end
  return "PUT", "/api/" .. f.root .. "/sessions/" .. inst.session .. "/activities/" .. inst.id .. "/metrics",
    '{"metrics":[' .. table.concat(entries, ",") .. ']}'
end

builders["instance create"] = function()
  local r, f, session, def, id = math.random()
  if r < 0.15 and #created > 0 then
    -- the client's doubled page effect: an id this thread already created, again (409)
    local again = pick(created)
    f, session, def, id = by_root[again.root], again.session, again.def, again.id
  elseif r < 0.30 then
    -- a race: every thread walks the same shared ids in the same order, so the same POST arrives on several
    -- connections at about the same time; one answers 201, the others 409
    race_no = race_no + 1
    f = fractals[race_no % #fractals + 1]
    session = f.sessions[race_no % #f.sessions + 1].id
    def = f.defs[race_no % #f.defs + 1]
    id = client_id("race", race_no, 0)
  else
    f = pick(fractals)
    session, def = pick(f.sessions).id, pick(f.defs)
    id = client_id("new", serial, thread_no)
    created[#created + 1] = { root = f.root, id = id, session = session, def = def }
  end
  return "POST", "/api/" .. f.root .. "/sessions/" .. session .. "/activities",
    '{"instance_id":' .. json_string(id) .. ',"activity_definition_id":' .. json_string(def) .. '}'
end

builders["timer start"] = function()
  local f = pick(fractals)
  local inst = pick(f.instances)
  started[#started + 1] = { root = f.root, inst = inst }
  return "POST", "/api/" .. f.root .. "/activity-instances/" .. inst.id .. "/start", instance_body(inst)
end

builders["timer stop"] = function()
  -- stops an instance this thread started (another thread may have restarted it since: still started)
  if #started == 0 then return nil end
  local i = math.random(#started)
  local s = started[i]
  table.remove(started, i)
  return "POST", "/api/" .. s.root .. "/activity-instances/" .. s.inst.id .. "/stop", instance_body(s.inst)
end

builders["goal edit"] = function()
  -- The inspector's Save: name, description, deadline and targets, as the client sends them. One in ten carries a
  -- stale If-Match (a tab that read the goal long ago): 412, and nothing changes.
  local f = pick(fractals)
  local g = pick(f.goals)
  local body = '{"name":' .. json_string(g.name) .. ',"description":' .. json_string("load edit " .. thread_no .. "." .. serial) ..
    ',"deadline":' .. (g.deadline and json_string(g.deadline) or "null") .. ',"targets":' .. g.targets .. '}'
  local headers = nil
  if math.random() < 0.1 then headers = { ["If-Match"] = '"2000-01-01T00:00:00"' } end
  return "PUT", "/api/" .. f.root .. "/goals/" .. g.id, body, headers
end

builders["tree read"] = function() return "GET", "/api/" .. pick(fractals).root .. "/goals" end
builders["session list read"] = function() return "GET", "/api/" .. pick(fractals).root .. "/sessions" end

local last = {}
function request()
  serial = serial + 1
  local kind, method, path, body, headers
  repeat
    local r = math.random() * total_weight
    for _, m in ipairs(mix) do
      r = r - m[2]
      if r <= 0 then kind = m[1]; break end
    end
    kind = kind or mix[#mix][1]
    method, path, body, headers = builders[kind]()
  until method
  if headers then   -- wrk.format takes its headers instead of wrk.headers, not on top of them
    for name, value in pairs(wrk.headers) do if headers[name] == nil then headers[name] = value end end
  end
  pending, sent_at = kind, now_us()
  last.method, last.path, last.body = method, path, body
  return wrk.format(method, path, headers, body)
end

function response(status, headers, body)
  if not pending then return end
  local key = pending .. "|" .. status
  counts[key] = (counts[key] or 0) + 1
  local ms = (now_us() - sent_at) / 1000
  local bucket = ms < 100 and math.floor(ms * 10) or 1000 + math.floor(ms) - 100
  key = pending .. "|" .. bucket
  latency[key] = (latency[key] or 0) + 1
  if status >= 500 and #failures < 5 then
    local text = (headers["Content-Encoding"] and "(compressed body)") or (body or ""):sub(1, 400)
    failures[#failures + 1] = table.concat({ pending, status, last.method .. " " .. last.path, (last.body or ""):sub(1, 400), text }, "|")
  end
  pending = nil
end

local function bucket_ms(bucket) return bucket < 1000 and (bucket + 0.5) / 10 or bucket - 1000 + 100.5 end

function done(summary, wrk_latency, requests)
  local per_kind, histogram = {}, {}
  for _, thread in ipairs(threads) do
    for key, n in pairs(thread:get("counts") or {}) do per_kind[key] = (per_kind[key] or 0) + n end
    for key, n in pairs(thread:get("latency") or {}) do
      local kind, bucket = key:match("^(.*)|(%d+)$")
      histogram[kind] = histogram[kind] or {}
      histogram[kind][tonumber(bucket)] = (histogram[kind][tonumber(bucket)] or 0) + n
    end
    for _, failure in ipairs(thread:get("failures") or {}) do
      io.write("LOAD failure ", failure:gsub("[\r\n]", " "), "\n")
    end
  end
  for key, n in pairs(per_kind) do
    local kind, status = key:match("^(.*)|(%d+)$")
    io.write(string.format("LOAD count %s|%s|%d\n", kind, status, n))
  end
  local groups = { ["(writes)"] = {}, ["(reads)"] = {} }   -- the write kinds together, and the read kinds
  for kind, h in pairs(histogram) do
    local group = groups[kind:match("read$") and "(reads)" or "(writes)"]
    for bucket, n in pairs(h) do group[bucket] = (group[bucket] or 0) + n end
  end
  for name, h in pairs(groups) do if next(h) then histogram[name] = h end end
  for kind, h in pairs(histogram) do
    local buckets, total = {}, 0
    for bucket, n in pairs(h) do buckets[#buckets + 1] = bucket; total = total + n end
    table.sort(buckets)
    local p50, p99, seen = nil, nil, 0
    for _, bucket in ipairs(buckets) do
      seen = seen + h[bucket]
      if not p50 and seen >= total * 0.50 then p50 = bucket_ms(bucket) end
      if not p99 and seen >= total * 0.99 then p99 = bucket_ms(bucket) end
    end
    io.write(string.format("LOAD latency %s|%.1f|%.1f|%.1f\n", kind, p50, p99, bucket_ms(buckets[#buckets])))
  end
  for _, m in ipairs(mix) do io.write(string.format("LOAD share %s|%.0f\n", m[1], 100 * m[2] / total_weight)) end
  local e = summary.errors
  io.write(string.format("LOAD summary %d|%.3f|%.1f|%.1f|%d|%d|%d|%d\n", summary.requests, summary.duration / 1e6,
    wrk_latency:percentile(50) / 1000, wrk_latency:percentile(99) / 1000, e.connect, e.read, e.write, e.timeout))
end
