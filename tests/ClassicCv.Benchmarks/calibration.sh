#!/usr/bin/env bash
# Calibration and explanation figures of docs/explanations.md: Fashion-MNIST linear-svm (full training split) and
# rbf-svm (1,000 images per class), each calibrated with Platt scaling on 3 cross-fitted folds of the training split,
# with 20 occlusion maps per pipeline gallery (their cost is printed with --verbose). Usage:
#   tests/ClassicCv.Benchmarks/calibration.sh FASHION_MNIST_DIR OUT_DIR [CLASSICCV_DLL]
set -euo pipefail
data=${1:?Fashion-MNIST folder}; out=${2:?output folder}
dll=${3:-src/ClassicCv.Cli/bin/Release/net10.0/classiccv.dll}
mkdir -p "$out"
for run in "linear-svm|" "rbf-svm|--max-train-per-class 1000"; do
  classifier=${run%%|*}; extra=${run#*|}
  # shellcheck disable=SC2086
  flock /tmp/classiccv-bench.lock /usr/bin/time -v dotnet "$dll" run --dataset "$data" --features 'hog[cell=4,block=2,stride=1]' \
    --classifiers "$classifier" --deep none --no-cache --gallery-maps 20 --verbose --out "$out/$classifier" $extra \
    > "$out/$classifier.log" 2>&1
  cat "$out/$classifier"/*/calibration.csv
done
