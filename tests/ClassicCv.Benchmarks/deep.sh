#!/usr/bin/env bash
# The deep-baseline figures of the README. Usage: tests/ClassicCv.Benchmarks/deep.sh CIFAR10_TAR_GZ [OUT]
# Options are written out in full (the pre-December defaults), so the figures stay reproducible as defaults change.
# Needs a Release build (dotnet build ClassicCv.sln -c Release). Extracts CIFAR-10 to /tmp, never into the repo.
set -euo pipefail
cd "$(dirname "$0")/../.."
tarball=${1:?path to cifar10-train.tar.gz}
out=${2:-/tmp/classiccv-deep-bench}
cli="dotnet src/ClassicCv.Cli/bin/Release/net10.0/classiccv.dll"
mkdir -p /tmp/cifar10 "$out"
[ -d /tmp/cifar10/train ] || tar xzf "$tarball" -C /tmp/cifar10
subset() { # subset N: the first N/10 files of each class
  local n=$1 dst=/tmp/cifar10-sub$1/train
  [ -d "$dst" ] && return
  for c in /tmp/cifar10/train/*/; do
    mkdir -p "$dst/$(basename "$c")"
    ls "$c" | sort | head -n $((n / 10)) | while read -r f; do cp "$c$f" "$dst/$(basename "$c")/"; done
  done
}
subset 2000
t() { /usr/bin/time -v "$@" 2>&1 | grep -E "│|Elapsed|User time|Maximum resident"; }
t $cli run --dataset /usr/share/datasets/fashion-mnist --features "" --deep "cnn[padding=1,epochs=15,schedule=constant]" -o "$out/fmnist"
t $cli run --dataset /usr/share/datasets/fashion-mnist --features "" --deep cnn -o "$out/fmnist-default"
t $cli run --dataset /tmp/cifar10/train --features "" --deep "cnn[padding=1,epochs=15,schedule=constant,augment=true]" -o "$out/cifar-cnn"
t $cli run --dataset /tmp/cifar10-sub2000/train --features "resnet18[size=224,layers=final,flip=false,engine=opencv]" --classifiers "logistic-regression[C=1],logistic-regression[C=0.1],logistic-regression[C=0.01]" --deep none -o "$out/cifar-resnet"
t $cli run --dataset /tmp/cifar10/train --features "resnet18[size=128,layers=final,flip=false,engine=opencv]" --classifiers "logistic-regression[C=0.01]" --deep none -o "$out/cifar-resnet128"
t $cli run --dataset /tmp/cifar10/train --features "resnet18[size=128,layers=stage3+stage4b+final,flip=true,engine=opencv]" --classifiers "logistic-regression[C=0.01],logistic-regression[C=0.003]" --deep none -o "$out/cifar-resnet128-layers"
t $cli run --dataset /tmp/cifar10/train --features "resnet18[size=128,layers=stage3+stage4b+final,flip=true,engine=onnxruntime]" --classifiers "logistic-regression[C=0.01]" --deep none --no-cache -o "$out/cifar-resnet128-layers-ort"
t $cli run --features "hog,raw,resnet18[size=64,flip=false]" --deep cnn -o "$out/digits"
/usr/bin/python3 tests/ClassicCv.Benchmarks/resnet18_crosscheck.py /tmp/cifar10-sub2000/train
