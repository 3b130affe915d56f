#!/usr/bin/env bash
# Study targets of docs/studies.md (issue 13), each under the shared benchmark lock and /usr/bin/time -v:
#   robustness  CIFAR-10 (the 50,000 training JPEGs, 20 % held out): all ten corruptions at severities 1, 3, 5 for
#               hog+color-hist+lbp + logistic regression, resnet18[size=64] + logistic regression and the cnn, on a
#               stratified cap of 2,000 test images;
#   curve       Fashion-MNIST: learning curve 10, 50, 200, 1000, all per class for HOG + linear SVM and the cnn.
# Usage:
#   tests/ClassicCv.Benchmarks/studies.sh robustness CIFAR10_TRAIN_DIR OUT_DIR [CLASSICCV_DLL]
#   tests/ClassicCv.Benchmarks/studies.sh curve FASHION_MNIST_DIR OUT_DIR [CLASSICCV_DLL]
# Extra arguments after the DLL are passed to classiccv run (e.g. --max-train-per-class 1000 for a stated subset);
# FEATURES overrides the robustness run's feature list (e.g. FEATURES=hog+color-hist+lbp to leave out resnet18).
set -euo pipefail
study=${1:?robustness or curve}; data=${2:?dataset folder}; out=${3:?output folder}
dll=${4:-src/ClassicCv.Cli/bin/Release/net10.0/classiccv.dll}
shift $(( $# < 4 ? $# : 4 ))
mkdir -p "$out"
case "$study" in
  robustness)
    flock /tmp/classiccv-bench.lock /usr/bin/time -v dotnet "$dll" run --dataset "$data" --test-fraction 0.2 \
      --features "${FEATURES:-hog+color-hist+lbp,resnet18[size=64,flip=false]}" --classifiers logistic-regression --deep cnn \
      --corruptions 'all[severity=1|3|5]' --robustness-test-cap 2000 --gallery-maps 0 --no-cache --out "$out/robustness" "$@" \
      > "$out/robustness.log" 2>&1
    cat "$out"/robustness/*/robustness_summary.csv ;;
  curve)
    flock /tmp/classiccv-bench.lock /usr/bin/time -v dotnet "$dll" run --dataset "$data" \
      --features hog --classifiers linear-svm --deep cnn --learning-curve 10,50,200,1000,all --gallery-maps 0 --no-cache \
      --out "$out/curve" "$@" > "$out/curve.log" 2>&1
    cat "$out"/curve/*/learning_curve.csv ;;
  *) echo "studies.sh: unknown study '$study'; expected robustness or curve" >&2; exit 2 ;;
esac
grep -E "Elapsed|Maximum resident|User time|System time" "$out/$study.log"
