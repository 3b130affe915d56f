#!/usr/bin/env bash
# Classifier benchmark: ClassicCv's learners vs scikit-learn on Fashion-MNIST HOG (cell 4, 2x2 blocks, 9 bins, 1296-d),
# run one after the other in the same session so the timings are comparable.
# Usage: tests/ClassicCv.Benchmarks/classifiers.sh <fashion-mnist-folder> [path/to/fmnist_classifiers.py] [learners]
# e.g.   tests/ClassicCv.Benchmarks/classifiers.sh /usr/share/datasets/fashion-mnist PEERS/fmnist_classifiers.py
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:?fashion-mnist folder (train-*/t10k-* IDX files)}"
PEER="${2:-}"
ONLY="${3:-linear-svm,random-forest,logistic-regression,rbf-svm}"
dotnet build tests/ClassicCv.Benchmarks -c Release -v q -nologo | grep -E "error|warn" || true
/usr/bin/time -v dotnet tests/ClassicCv.Benchmarks/bin/Release/net10.0/ClassicCv.Benchmarks.dll classifiers "$DATA" --only "$ONLY" 2> >(grep -E "Maximum resident|Elapsed|rbf-svm" >&2)
if [[ -n "$PEER" ]]; then
  /usr/bin/time -v /usr/bin/python3 "$PEER" --only "$ONLY" 2> >(grep -E "Maximum resident|Elapsed" >&2)
fi
