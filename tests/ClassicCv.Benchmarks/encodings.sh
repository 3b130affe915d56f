#!/usr/bin/env bash
# The figures of docs/encodings.md. Usage: tests/ClassicCv.Benchmarks/encodings.sh CIFAR10_TRAIN_DIR [FASHION_MNIST_DIR] [OUT]
# CIFAR10_TRAIN_DIR holds <class>/<image> folders (CIFAR-10's 50,000 training JPEGs). Needs a Release build
# (dotnet build ClassicCv.sln -c Release). Subsets are folders of links under /tmp, never inside the data or the repo.
# Every run takes the bench lock, so only one heavy benchmark runs at a time on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
cifar=${1:?path to the CIFAR-10 training folder (<class>/<image>)}
fmnist=${2:-/usr/share/datasets/fashion-mnist}
out=${3:-/tmp/classiccv-encodings-bench}
cli="dotnet $PWD/src/ClassicCv.Cli/bin/Release/net10.0/classiccv.dll"
cache=$out/cache
mkdir -p "$out"
subset() { # subset N: links to the first N files of each class
  local n=$1 dst=/tmp/classiccv-cifar10-sub$1
  [ -d "$dst" ] && return
  for c in "$cifar"/*/; do
    mkdir -p "$dst/$(basename "$c")"
    ls "$c" | sort | head -n "$n" | while read -r f; do ln -s "$c$f" "$dst/$(basename "$c")/$f"; done
  done
}
t() { flock /tmp/classiccv-bench.lock /usr/bin/time -v "$@" 2>&1 | grep -E "│|accuracy|Elapsed|User time|Maximum resident"; }
common=(--test-fraction 0.2 --seed 42 --deep none --cache "$cache" -o "$out/reports")

# Probes on 300 images per class (2,400 train / 600 test).
subset 300
t $cli run --dataset /tmp/classiccv-cifar10-sub300 "${common[@]}" --features 'kmeans-patches[k=400]' --classifiers linear-svm,logistic-regression
t $cli run --dataset /tmp/classiccv-cifar10-sub300 "${common[@]}" --features 'fisher,vlad' --classifiers linear-svm

# Full CIFAR-10 (40,000 train / 10,000 held out), default options.
t $cli run --dataset "$cifar" "${common[@]}" --features kmeans-patches --classifiers linear-svm,logistic-regression
t $cli run --dataset "$cifar" "${common[@]}" --features fisher --classifiers linear-svm

# Fashion-MNIST, official split.
t $cli run --dataset "$fmnist" --seed 42 --deep none --cache "$cache" -o "$out/reports" --features 'kmeans-patches,hog[cell=4,block=2,stride=1]+kmeans-patches[k=800]' --classifiers linear-svm,logistic-regression
