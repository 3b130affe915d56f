#!/usr/bin/env bash
# Fine-tuning and thread-count measurements for docs/deep.md. Run under the shared lock:
#   flock /tmp/classiccv-bench.lock tests/ClassicCv.Benchmarks/finetune.sh BIN_DIR CIFAR_1000 CIFAR_6000 FASHION_DIR OUT_DIR
# CIFAR_1000 / CIFAR_6000: class folders with the first 100 / 600 CIFAR-10 training images of each class.
set -u
bin=$1; c1000=$2; c6000=$3; fashion=$4; out=$5
mkdir -p "$out"
run() { # name, then classiccv arguments
  local name=$1; shift
  echo "=== $name $(date -u +%H:%M:%S)"
  /usr/bin/time -v dotnet "$bin/classiccv.dll" run --no-cache --gallery-maps 0 --seed 42 --out "$out/$name" "$@" 2>&1 \
    | grep -E "epoch|accuracy|Elapsed|Maximum resident|Percent of CPU|resnet18-finetune|cnn|error" | grep -v "explaining"
}
for size in 32 64; do
  for t in 1 2; do
    run "finetune$size-threads$t" --dataset "$c1000" --features "" --deep "resnet18-finetune[size=$size,epochs=1,validation=0,threads=$t]"
  done
done
for t in 1 2; do
  run "cnn-fashion-threads$t" --dataset "$fashion" --features "" --deep "cnn[epochs=1,validation=0,threads=$t]"
done
run "finetune32-5000" --dataset "$c6000" --test-fraction 0.1666667 --features "" --deep "resnet18-finetune[size=32,epochs=3,tta=true,threads=1]"
run "finetune64-5000" --dataset "$c6000" --test-fraction 0.1666667 --features "" --deep "resnet18-finetune[size=64,epochs=1,threads=1]"
echo "=== done $(date -u +%H:%M:%S)"
