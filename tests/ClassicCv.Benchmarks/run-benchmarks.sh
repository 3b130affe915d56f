#!/usr/bin/env bash
# Feature-extraction benchmark: ClassicCv next to the Python peers, in the same run, with /usr/bin/time -v.
#
# usage: tests/ClassicCv.Benchmarks/run-benchmarks.sh [--fashion-mnist DIR] [--peers DIR] [--cifar10 DIR] [--rounds N]
#   --fashion-mnist DIR  IDX folder of Fashion-MNIST (default /usr/share/datasets/fashion-mnist; apt-get install dataset-fashion-mnist)
#   --peers DIR          folder holding hog_throughput.py (opencv-python and scikit-image peers); without it only ClassicCv runs
#   --cifar10 DIR        an image folder with class subfolders (e.g. CIFAR-10 train/ extracted to /tmp): SIFT-BoVW and colour histograms
#   --rounds N           alternate ClassicCv and the peers N times (default 3); the machine is shared, so ratios come from the same round
# HOG geometry: cell 4 px, 2x2-cell blocks, block stride 4 px (1 cell), 9 bins -> 1296 values per 28x28 image.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
fmnist=/usr/share/datasets/fashion-mnist
peers=""
cifar=""
rounds=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --fashion-mnist) fmnist="$2"; shift 2 ;;
    --peers) peers="$2"; shift 2 ;;
    --cifar10) cifar="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

dotnet build "$here/ClassicCv.Benchmarks.csproj" -c Release -nologo -v quiet >/dev/null
bench=(dotnet "$here/bin/Release/net10.0/ClassicCv.Benchmarks.dll")
log="$(mktemp -d)"
trap 'rm -rf "$log"' EXIT

field() { grep -o "$1=[^ ]*" "$2" | head -1 | cut -d= -f2; }
peak_mb() { awk -F: '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
  /usr/bin/time -v "${bench[@]}" "$fmnist" 'hog[cell=4,block=2,stride=1]' >"$log/ours.out" 2>"$log/ours.time"
  ours=$(field img_per_s "$log/ours.out"); matrix=$(field matrix_mb "$log/ours.out"); peak=$(peak_mb "$log/ours.time")
  limit=$(awk -v m="$matrix" 'BEGIN {printf "%.0f", 1.5 * m + 300}')
  line="round $round: classiccv hog ${ours} img/s, peak ${peak} MB (limit 1.5 x ${matrix} MB + 300 = ${limit} MB)"
  if [[ -n "$peers" ]]; then
    /usr/bin/python3 "$peers/hog_throughput.py" --cell 4 --block 2 --bins 9 --skimage-limit 5000 >"$log/peer.out"
    cv=$(grep 'peer=opencv-python' "$log/peer.out" | grep -o 'img_per_s=[^ ]*' | cut -d= -f2)
    sk=$(grep 'peer=scikit-image' "$log/peer.out" | grep -o 'img_per_s=[^ ]*' | cut -d= -f2)
    line="$line; opencv-python ${cv} img/s (ratio $(awk -v a="$ours" -v b="$cv" 'BEGIN {printf "%.2f", a / b}')x); scikit-image ${sk} img/s (ratio $(awk -v a="$ours" -v b="$sk" 'BEGIN {printf "%.1f", a / b}')x)"
  fi
  echo "$line"
done

if [[ -n "$cifar" ]]; then
  for feature in 'color-hist' 'lbp' 'sift-bovw'; do
    /usr/bin/time -v "${bench[@]}" "$cifar" "$feature" >"$log/cifar.out" 2>"$log/cifar.time"
    echo "cifar10 $feature: dim $(field dim "$log/cifar.out"), $(field images "$log/cifar.out") images, fit $(field fit_seconds "$log/cifar.out") s, extract $(field img_per_s "$log/cifar.out") img/s, matrix $(field matrix_mb "$log/cifar.out") MB, peak $(peak_mb "$log/cifar.time") MB"
  done
fi
