#!/usr/bin/env bash
# The figures of docs/defaults.md. Usage: tests/ClassicCv.Benchmarks/defaults.sh CIFAR10_TRAIN_DIR [OUT]
# CIFAR10_TRAIN_DIR holds <class>/<image>.jpg (e.g. /tmp/cifar10/train from deep.sh). Needs a Release build.
# Heavy: run it alone (e.g. under flock /tmp/classiccv-bench.lock) and with a cache folder of your own.
set -euo pipefail
cd "$(dirname "$0")/../.."
cifar=${1:?path to the CIFAR-10 training folder}
out=${2:-/tmp/classiccv-defaults-bench}
cli="dotnet src/ClassicCv.Cli/bin/Release/net10.0/classiccv.dll"
cache="$out/cache"
mkdir -p "$out"
t() { /usr/bin/time -v "$@" 2>&1 | grep -E "│|Elapsed|User time|Maximum resident|chose"; }
lr="logistic-regression[C=0.01],logistic-regression[C=0.1],logistic-regression[C=1]"
# The default digits run (the target: no slower than 53 s wall after the build).
t $cli run --no-cache -o "$out/digits-default"
# Logistic regression's C on hand-engineered features.
t $cli run --dataset digits --features hog,raw --classifiers "$lr,logistic-regression[C=10],linear-svm[C=0.001],linear-svm[C=0.01],linear-svm[C=0.1]" --deep none --cache "$cache" -o "$out/digits-c"
t $cli run --dataset /usr/share/datasets/fashion-mnist --features hog --classifiers "$lr" --max-train-per-class 2000 --deep none --cache "$cache" -o "$out/fmnist-c"
t $cli run --dataset "$cifar" --test-fraction 0.2 --features hog --classifiers "logistic-regression[C=0.001],$lr" --max-train-per-class 1000 --deep none --cache "$cache" -o "$out/cifar-hog-c"
# ResNet-18 layers and mirror view on digits.
t $cli run --dataset digits --features "resnet18[size=64,layers=final,flip=false],resnet18[size=64,flip=false],resnet18[size=64]" --classifiers "$lr,linear-svm[C=0.01]" --max-train-per-class 100 --deep none --cache "$cache" -o "$out/digits-resnet"
# The target: CIFAR-10 with no options (expected 0.845, ≈ 390 s of extraction on a quiet 2-core machine).
t $cli run --dataset "$cifar" --test-fraction 0.2 --seed 42 --features resnet18 --classifiers logistic-regression --deep none --no-cache -o "$out/cifar-resnet-default"
