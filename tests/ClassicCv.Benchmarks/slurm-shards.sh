#!/usr/bin/env bash
# Sharded extraction on a one-node Slurm against one in-process extract (docs/scale-out.md).
#   tests/ClassicCv.Benchmarks/slurm-shards.sh DATASET FEATURES SHARDS WORKDIR [CPUS_PER_TASK]
# Starts munged, slurmctld and slurmd from a minimal slurm.conf in WORKDIR/slurm (as root, Debian's slurmctld, slurmd,
# slurm-client and munge installed), times `classiccv extract` in-process and `sbatch --wait --array=0-(SHARDS-1)`,
# (CLASSICCV_DLL and BENCHMARKS_DLL override the built programs) runs `classiccv shards verify`, compares the parts with the single file bit for bit (the benchmarks' parts-equal),
# and stops every daemon it started by its process id. Run heavy datasets under flock /tmp/classiccv-bench.lock.
set -euo pipefail
dataset=$1 features=$2 shards=$3 work=$(mkdir -p "$4" && cd "$4" && pwd) cpus=${5:-1}
repo=$(cd "$(dirname "$0")/../.." && pwd)
cli=${CLASSICCV_DLL:-$repo/src/ClassicCv.Cli/bin/Release/net10.0/classiccv.dll}
bench=${BENCHMARKS_DLL:-$repo/tests/ClassicCv.Benchmarks/bin/Release/net10.0/ClassicCv.Benchmarks.dll}
slurm="$work/slurm"
rm -rf "$slurm" "$work/parts" "$work/single.parquet" && mkdir -p "$slurm/state" "$slurm/spool"
pids=()
stop() { for ((i=${#pids[@]}-1; i>=0; i--)); do kill -TERM "${pids[$i]}" 2>/dev/null || true; wait "${pids[$i]}" 2>/dev/null || true; done; }
trap stop EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
head -c 1024 /dev/urandom > "$slurm/munge.key" && chmod 600 "$slurm/munge.key"
cat > "$slurm/slurm.conf" <<CONF
ClusterName=classiccv-bench
SlurmctldHost=localhost(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$(port)
SlurmdPort=$(port)
AuthType=auth/munge
AuthInfo=socket=$slurm/munge.socket
CryptoType=crypto/munge
StateSaveLocation=$slurm/state
SlurmdSpoolDir=$slurm/spool
SlurmctldPidFile=$slurm/slurmctld.pid
SlurmdPidFile=$slurm/slurmd.pid
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/builtin
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
MailProg=/bin/true
NodeName=localhost NodeAddr=127.0.0.1 CPUs=2 RealMemory=1000 State=UNKNOWN
PartitionName=bench Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$slurm/slurm.conf"
/usr/sbin/munged -F --force -S "$slurm/munge.socket" --key-file="$slurm/munge.key" --log-file="$slurm/munged.log" --pid-file="$slurm/munged.pid" --seed-file="$slurm/munged.seed" >"$slurm/munged.out" 2>&1 & pids+=($!)
until [ -S "$slurm/munge.socket" ]; do sleep 0.1; done
/usr/sbin/slurmctld -D -i -f "$SLURM_CONF" >"$slurm/slurmctld.out" 2>&1 & pids+=($!)
/usr/sbin/slurmd -D -N localhost -f "$SLURM_CONF" >"$slurm/slurmd.out" 2>&1 & pids+=($!)
until [ "$(sinfo -h -o %T 2>/dev/null)" = idle ]; do sleep 0.2; done

echo "== in-process extract: $features"
/usr/bin/time -v dotnet "$cli" extract --dataset "$dataset" --features "$features" --no-cache --out "$work/single.parquet" 2>"$work/single.time" | tail -3
grep -E "Elapsed|Maximum resident|User time|System time" "$work/single.time"
echo "== sbatch --array=0-$((shards-1)) --cpus-per-task=$cpus"
start=$(date +%s.%N)
sbatch --wait --array=0-$((shards-1)) --cpus-per-task="$cpus" --output="$work/task-%a.log" --chdir="$work" \
  --wrap "dotnet $cli extract --dataset $dataset --features '$features' --no-cache --out $work/parts/" >/dev/null
end=$(date +%s.%N)
echo "array wall: $(python3 -c "print(round($end-$start,2))") s"
grep -h "overhead\|images/s" "$work"/task-*.log
dotnet "$cli" shards verify "$work/parts/"
dotnet "$bench" parts-equal "$work/single.parquet" "$work/parts"
