#!/usr/bin/env bash
# Calibration figures of docs/explanations.md on Fashion-MNIST (HOG cell 4, 2×2-cell blocks, stride 1; standardized).
# 1. Every method on the same held-out scores (the benchmark's `calibration` command cross-fits the learner once and
#    fits temperature, multinomial, Platt and isotonic on those scores): linear-svm on the full training split with 3
#    folds, rbf-svm on 500 images per class with 2 and 5 folds.
# 2. The run's defaults end to end: classiccv run, linear-svm, full training split, 20 occlusion maps per gallery.
# Usage: tests/ClassicCv.Benchmarks/calibration.sh FASHION_MNIST_DIR OUT_DIR  (after a Release build of the solution)
set -euo pipefail
data=${1:?Fashion-MNIST folder}; out=${2:?output folder}
bench=tests/ClassicCv.Benchmarks/bin/Release/net10.0/ClassicCv.Benchmarks.dll
dll=src/ClassicCv.Cli/bin/Release/net10.0/classiccv.dll
mkdir -p "$out"
lock() { flock /tmp/classiccv-bench.lock /usr/bin/time -v "$@"; }
lock dotnet "$bench" calibration "$data" --learner linear-svm --folds 3 > "$out/methods-linear-svm.log" 2>&1
for k in 2 5; do
  lock dotnet "$bench" calibration "$data" --learner rbf-svm --per-class 500 --folds $k > "$out/methods-rbf-svm-$k.log" 2>&1
done
lock dotnet "$dll" run --dataset "$data" --features 'hog[cell=4,block=2,stride=1]' --classifiers linear-svm --deep none \
  --no-cache --gallery-maps 20 --verbose --out "$out/run" > "$out/run.log" 2>&1
grep -h '^|\|accuracy=' "$out"/methods-*.log
cat "$out"/run/*/calibration.csv
