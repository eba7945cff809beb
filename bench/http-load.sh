#!/usr/bin/env bash
# Load benchmark of the web server, loopback only, bounded in time: prints the figures the README quotes.
#   bench/http-load.sh [SECONDS_PER_RUN]      (needs: wrk, curl; builds target/salesdx.jar if missing)
# Runs the server through the ./salesdx launcher (its default JVM options unless JAVA_OPTS is set) on a free
# local port, against a fresh embedded database, and measures:
#   start-up to first served request and to rules ready (they compile after the server listens); a trivial endpoint (GET /api/health); a diagnosis without storing
#   (POST /api/preview, the interview screen's provisional findings); stored diagnoses (POST /api/diagnoses,
#   each committed before its 201); resident memory (peak) under load.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-10}"
connections="${CONNECTIONS:-16}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
[ -f "$here/target/salesdx.jar" ] || mvn -q -B -f "$here/pom.xml" package -DskipTests

work="$(mktemp -d)"
port=$(( 20000 + RANDOM % 20000 ))
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT

# The launcher records its start-up archive once per build; do it now so the start below is an ordinary one.
"$here/salesdx" prepare

start_ns=$(date +%s%N)
"$here/salesdx" serve --port "$port" --host 127.0.0.1 --data "$work/data" \
  --rules "$here/rules" --kb "$here/knowledge-base" > "$work/server.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/api/health" > /dev/null; do
  kill -0 $pid 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.01
done
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
# The rules compile in the background after the server listens: wait until health says they are in force.
until curl -sf "http://127.0.0.1:$port/api/health" | grep -q '"rules":"ready"'; do
  kill -0 $pid 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.01
done
rules_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

# A fully answered consultant interview (every question, valid values), the body of the diagnosis runs.
curl -sf "http://127.0.0.1:$port/api/questionnaires/consultant" > "$work/questionnaire.json"
python3 - "$work/questionnaire.json" > "$work/answers.json" <<'PY'
import json, sys
q = json.load(open(sys.argv[1]))
answers = {}
for i, section in enumerate(q["sections"]):
    for j, question in enumerate(section["questions"]):
        t = question["type"]
        if t == "yes_no": answers[question["id"]] = "no" if (i + j) % 3 == 0 else "yes"
        elif t == "scale": answers[question["id"]] = 1 + (i * 7 + j) % 5
        elif t == "number": answers[question["id"]] = question["min"] + ((question["max"] - question["min"]) // 3)
        else: answers[question["id"]] = question["options"][(i + j) % len(question["options"])]["value"]
print(json.dumps({"questionnaire": "consultant", "answers": answers}))
PY
answers_count=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['answers']))" "$work/answers.json")
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/answers.json", "r"); wrk.body = f:read("*a"); f:close()
LUA

peak_rss=0
sample_rss() { local kb; kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status); [ "$kb" -gt "$peak_rss" ] && peak_rss=$kb; true; }
run() { # label, path, extra wrk args
  local label="$1" path="$2"; shift 2
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" "http://127.0.0.1:$port$path" > "$work/wrk.txt" &
  local wrk_pid=$!
  while kill -0 $wrk_pid 2>/dev/null; do sample_rss; sleep 0.2; done
  wait $wrk_pid
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$work/wrk.txt" | tr '\n' ' ' || true)
  printf "  %-34s %10.0f req/s   p50 %8s   p99 %8s   %s\n" "$label" "$rps" "$p50" "$p99" "${errors:-no errors}"
  echo "$rps"  > "$work/last_rps"
}

opts=$(tr '\0' ' ' < /proc/$pid/cmdline | sed -e 's/^java //' -e 's/ -Dsalesdx.home.*//')
echo "salesdx HTTP load benchmark: $(nproc) cores, JVM options: $opts; wrk -t2 -c$connections, ${seconds}s per run, loopback"
echo "  start-up to first served request:  ${ready_ms} ms"
echo "  start-up to rules ready:           ${rules_ms} ms"
# Warm-up: let the JIT compile the hot paths of every endpoint before anything is measured.
for warm in 1 2; do
  run "warm-up" /api/health > /dev/null
  run "warm-up" /api/preview -s "$work/post.lua" > /dev/null
  run "warm-up" /api/diagnoses -s "$work/post.lua" > /dev/null
done
run "GET /api/health (trivial)" /api/health;                 trivial=$(cat "$work/last_rps")
run "POST /api/preview ($answers_count answers)" /api/preview -s "$work/post.lua"; preview=$(cat "$work/last_rps")
run "POST /api/diagnoses (stored)" /api/diagnoses -s "$work/post.lua"; stored=$(cat "$work/last_rps")
awk -v p="$preview" -v t="$trivial" 'BEGIN { printf "  preview / trivial throughput:       %.0f%%\n", 100 * p / t }'
echo "  peak resident memory under load:   $(( peak_rss / 1024 )) MB (VmHWM $(( $(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024 )) MB)"
