#!/usr/bin/env bash
# Load test of `classiccv serve` against the quick Flask + gunicorn service a Python user would write, on loopback,
# one after the other in the same session, with wrk (Debian package) sharing the cores; every run is bounded in time.
# Usage: tests/ClassicCv.Benchmarks/serve.sh PEERS_DIR HOG_MODEL [MORE_MODEL...]
#   PEERS_DIR holds serve_peer.py (Flask + gunicorn + OpenCV HOG + scikit-learn LinearSVC, trained on Fashion-MNIST);
#   HOG_MODEL is a Fashion-MNIST hog[cell=4,block=2,stride=1] + linear-svm folder saved by classiccv run --save-models;
#   MORE_MODEL are further saved folders (models/cnn, a resnet18 pipeline) measured the same way.
# The last model named is also driven open-loop at 4x the rate wrk measured for it (serve-overload), and HOG_MODEL
# with 256 connections; both check that every answer is correct or 429/503, and the server's /metrics shows no 5xx but 503.
# Both services run at once (the idle one costs nothing); each is first warmed up for WARMUP seconds (the .NET JIT
# needs that to reach its optimized code; the peer gets the same), then ROUNDS rounds each load the peer and every
# model of ours in turn, back to back, so both see the same machine; the medians over the rounds are printed last.
# Environment: DURATION seconds per wrk run (default 10), WARMUP (10), ROUNDS (3), PORT (8091), PEER_PORT (8090),
# SERVE_ARGS (extra classiccv serve options, e.g. "--batch-window 1"); CLASSICCV and BENCHMARKS name already built
# classiccv.dll / ClassicCv.Benchmarks.dll (default: build this checkout in Release).
set -euo pipefail
cd "$(dirname "$0")/../.."
PEERS="${1:?folder holding serve_peer.py}"
shift
MODELS=("$@")
[[ ${#MODELS[@]} -ge 1 ]] || { echo "usage: $0 PEERS_DIR HOG_MODEL [MORE_MODEL...]" >&2; exit 2; }
D="${DURATION:-10}"
WARMUP="${WARMUP:-10}"
ROUNDS="${ROUNDS:-3}"
PORT="${PORT:-8091}"
PEER_PORT="${PEER_PORT:-8090}"
OUT=$(mktemp -d /tmp/classiccv-serve-bench-XXXXXX)
LUA=tests/ClassicCv.Benchmarks/post_png.lua
CLASSICCV="${CLASSICCV:-}"
BENCHMARKS="${BENCHMARKS:-}"
if [[ -z "$CLASSICCV" ]]; then
  dotnet build src/ClassicCv.Cli -c Release -v q -nologo | grep -E " error " || true
  CLASSICCV=src/ClassicCv.Cli/bin/Release/net10.0/classiccv.dll
fi
if [[ -z "$BENCHMARKS" ]]; then
  dotnet build tests/ClassicCv.Benchmarks -c Release -v q -nologo | grep -E " error " || true
  BENCHMARKS=tests/ClassicCv.Benchmarks/bin/Release/net10.0/ClassicCv.Benchmarks.dll
fi
/usr/bin/python3 "$PEERS/serve_peer.py" --write-pngs "$OUT/pngs" --count 1 >/dev/null
export PNG=$(ls "$OUT"/pngs/*.png | head -1)

wait_for() { for _ in $(seq 1200); do curl -sf "$1" >/dev/null && return 0; sleep 0.5; done; echo "no answer from $1" >&2; return 1; }
# load LABEL URL [CONNECTIONS]: one bounded wrk run; appends "LABEL req/s p50_ms p99_ms" to $OUT/results.txt
load() {
  echo "== $1 (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  wrk -t2 -c"${3:-16}" -d"${D}s" --latency -s "$LUA" "$2" | tee "$OUT/wrk.txt" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors"
  awk -v l="$1" 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { r = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } END { print l, r, p50, p99 }' "$OUT/wrk.txt" >>"$OUT/results.txt"
}
warm() { echo "== warm-up: $1 for ${WARMUP} s (not counted)"; wrk -t2 -c16 -d"${WARMUP}s" -s "$LUA" "$2" >/dev/null; }

echo "== peer: serve_peer.py, 2 gunicorn workers (first start trains its LinearSVC on 10,000 images and caches it)"
/usr/bin/python3 "$PEERS/serve_peer.py" --port "$PEER_PORT" --workers 2 >"$OUT/peer.log" 2>&1 &
PEER_PID=$!
LIST=$(IFS=,; echo "${MODELS[*]}")
# shellcheck disable=SC2086
dotnet "$CLASSICCV" serve --model "$LIST" --port "$PORT" ${SERVE_ARGS:-} >"$OUT/serve.log" 2>&1 &
SERVE_PID=$!
wait_for "http://127.0.0.1:$PEER_PORT/healthz"
wait_for "http://127.0.0.1:$PORT/readyz"
echo "== classiccv serve (pid $SERVE_PID, options: ${SERVE_ARGS:-defaults}; workers = cores, request logs on, to $OUT/serve.log)"
PEER_URL="http://127.0.0.1:$PEER_PORT/predict"
warm "peer" "$PEER_URL"
for model in "${MODELS[@]}"; do warm "classiccv $(basename "$model")" "http://127.0.0.1:$PORT/v1/models/$(basename "$model")/predict"; done
for round in $(seq "$ROUNDS"); do
  load "peer" "$PEER_URL"
  for model in "${MODELS[@]}"; do
    name=$(basename "$model")
    load "$name" "http://127.0.0.1:$PORT/v1/models/$name/predict"
  done
done
kill -TERM "$PEER_PID"
wait "$PEER_PID" || true
echo "== medians over $ROUNDS rounds (requests/s, p50 ms, p99 ms)"
/usr/bin/python3 - "$OUT/results.txt" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    label, *values = line.split()
    rows.setdefault(label, []).append([float(v) for v in values])
peer = statistics.median(r[0] for r in rows["peer"])
peer_p50 = statistics.median(r[1] for r in rows["peer"])
for label, runs in rows.items():
    rate, p50, p99 = (statistics.median(r[i] for r in runs) for i in range(3))
    verdict = "" if label == "peer" else f"  {rate / peer:.2f}x the peer; p99 {'<=' if p99 <= peer_p50 else '>'} the peer's p50"
    print(f"{label}: {rate:.1f} req/s, p50 {p50:.2f} ms, p99 {p99:.2f} ms (runs: {', '.join(f'{r[0]:.0f}' for r in runs)}){verdict}")
PY
RATE=$(awk -v m="$(basename "${MODELS[-1]}")" '$1 == m { print $2 }' "$OUT/results.txt" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')

last=$(basename "${MODELS[-1]}")
url="http://127.0.0.1:$PORT/v1/models/$last/predict"
expected=$(curl -s -H "Content-Type: image/png" --data-binary @"$PNG" "$url" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["predictions"][0]["class"])')
offered=$(awk -v r="$RATE" 'BEGIN { printf "%d", 4 * r }')
echo "== overload: $last open-loop at 4 x $RATE = $offered req/s for ${D} s (expected class '$expected')"
dotnet "$BENCHMARKS" serve-overload "$url" "$PNG" "$offered" "$D" "$expected" || echo "overload: some answer was neither correct nor 429/503"
first=$(basename "${MODELS[0]}")
load "overload: classiccv $first with 256 connections" "http://127.0.0.1:$PORT/v1/models/$first/predict" 256
echo "== server answers by status over the whole session (from /metrics)"
curl -s "http://127.0.0.1:$PORT/metrics" | grep '^classiccv_http_requests_total' | grep '/predict' | awk '{ split($1, a, "status=\""); split(a[2], s, "\""); n[s[1]] += $2 } END { for (k in n) print "status " k ": " n[k] }' | sort
grep -E "VmHWM|VmRSS" "/proc/$SERVE_PID/status" | sed 's/^/server peak memory: /'
kill -TERM "$SERVE_PID"
wait "$SERVE_PID" || true
echo "logs and wrk output in $OUT"
