#!/usr/bin/env bash
# Installs what is missing, builds in Release and runs the whole xunit suite; ends with 'N passed, N failed'.
set -euo pipefail
cd "$(dirname "$0")"
. .ci/prerequisites.sh
classiccv_prerequisites chromium fonts-wqy-microhei
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test ClassicCv.sln -c Release -nologo 2>&1 | tee "$log" || status=$?
# One closing line over every test assembly, e.g. "Passed!  - Failed: 0, Passed: 42, Skipped: 0, Total: 42".
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit $status
