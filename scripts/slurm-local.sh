#!/usr/bin/env bash
# slurm-local.sh — a one-node Slurm cluster on this host, for trying the sweep scripts.
#
# Usage:
#   scripts/slurm-local.sh start    install (if needed) and start munged, slurmctld, slurmd
#   scripts/slurm-local.sh stop     stop exactly the daemons that `start` started (pid files)
#   scripts/slurm-local.sh status   print the daemons, sinfo and squeue
#   scripts/slurm-local.sh env      print `export SLURM_CONF=…` for `eval "$(… env)"`
#
# Everything lives in $WIJKSIM_SLURM_DIR (default /tmp/wijksim-slurm): slurm.conf, the
# MUNGE key and socket, state, spool, logs and pid files. Nothing under /etc is changed
# and no system service is used, so it works as root in a container without systemd.
# Client commands find the cluster through SLURM_CONF, which `start` prints:
#
#   scripts/slurm-local.sh start
#   export SLURM_CONF=/tmp/wijksim-slurm/slurm.conf
#   sbatch --array=0-3 --wrap 'hostname'
#
# The node has the CPUs of `nproc` and 95 % of MemTotal in /proc/meminfo (RealMemory may
# not exceed what slurmd finds, and slurmd rounds differently; `config_overrides` makes
# slurmd trust these numbers rather than drain the node when a container's cgroup limit
# differs from the hardware it sees). Memory is not a consumable resource (CR_CPU), so jobs
# need no --mem. Finished jobs stay visible in `scontrol show job` for an hour (MinJobAge);
# there is no accounting database, so `sacct` does not work here — read JobState from
# `scontrol show job` or the job-completion log $WIJKSIM_SLURM_DIR/log/jobcomp.txt.
#
# Idempotent: `start` on a running cluster only waits for the node to be idle; `stop` on a
# stopped one does nothing. Requires root (apt-get, daemons running as root).
#
# Environment: WIJKSIM_SLURM_DIR, WIJKSIM_SLURM_TIMEOUT (seconds to wait for an idle node,
# default 60), WIJKSIM_SLURMCTLD_PORT (6817), WIJKSIM_SLURMD_PORT (6818).
set -euo pipefail

readonly base=${WIJKSIM_SLURM_DIR:-/tmp/wijksim-slurm}
readonly timeout=${WIJKSIM_SLURM_TIMEOUT:-60}
readonly ctld_port=${WIJKSIM_SLURMCTLD_PORT:-6817}
readonly slurmd_port=${WIJKSIM_SLURMD_PORT:-6818}
readonly conf=$base/slurm.conf
readonly munge_dir=$base/munge
readonly munge_socket=$munge_dir/munge.socket
readonly run_dir=$base/run
readonly log_dir=$base/log
node=$(hostname -s)
readonly node

export SLURM_CONF=$conf

die() {
    echo "slurm-local: $*" >&2
    exit 1
}

note() {
    echo "slurm-local: $*" >&2
}

# The pid in pid file $1 if that process is alive, else nothing (and status 1).
live_pid() {
    local file=$1 pid
    [[ -s $file ]] || return 1
    pid=$(<"$file")
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    echo "$pid"
}

install_packages() {
    local missing=()
    command -v slurmctld >/dev/null || missing+=(slurm-wlm)
    command -v munged >/dev/null || missing+=(munge)
    ((${#missing[@]} == 0)) && return 0
    [[ $(id -u) == 0 ]] || die "need root to install ${missing[*]} (apt-get install -y slurm-wlm munge)"
    note "installing slurm-wlm and munge"
    export DEBIAN_FRONTEND=noninteractive
    # Update the package lists once: only when none have been downloaded yet, or when the
    # install fails with the lists we have.
    if ! compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null; then
        apt-get update -q
    fi
    if ! apt-get install -y -q slurm-wlm munge; then
        apt-get update -q
        apt-get install -y -q slurm-wlm munge
    fi
}

memory_mib() {
    local kib
    kib=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
    [[ $kib =~ ^[0-9]+$ ]] || die "cannot read MemTotal from /proc/meminfo"
    echo $((kib * 95 / 100 / 1024))
}

write_config() {
    local cpus memory
    cpus=$(nproc)
    memory=$(memory_mib)
    mkdir -p "$base/state" "$base/spool" "$run_dir" "$log_dir"
    # Written afresh on every start so a changed nproc or memory is picked up; same bytes
    # when nothing changed.
    cat >"$conf.new" <<EOF
# Written by scripts/slurm-local.sh; rewritten on every start.
ClusterName=wijksim
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$munge_socket
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
MailProg=/bin/true
SwitchType=switch/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$log_dir/jobcomp.txt
SlurmdParameters=config_overrides
ReturnToService=2
MinJobAge=3600
StateSaveLocation=$base/state
SlurmdSpoolDir=$base/spool
SlurmctldPidFile=$run_dir/slurmctld.pid
SlurmdPidFile=$run_dir/slurmd.pid
SlurmctldLogFile=$log_dir/slurmctld.log
SlurmdLogFile=$log_dir/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=local Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
    mv "$conf.new" "$conf"
}

start_munge() {
    if live_pid "$run_dir/munged.pid" >/dev/null; then return 0; fi
    mkdir -p "$munge_dir"
    # Clients connect to the socket in this folder, so it must be searchable by all; the
    # key inside stays readable by root only.
    chmod 0755 "$munge_dir"
    if [[ ! -s $munge_dir/munge.key ]]; then
        note "creating MUNGE key $munge_dir/munge.key"
        (umask 077 && dd if=/dev/urandom of="$munge_dir/munge.key" bs=1024 count=1 status=none)
    fi
    chmod 0400 "$munge_dir/munge.key"
    munged --force \
        --key-file="$munge_dir/munge.key" \
        --socket="$munge_socket" \
        --pid-file="$run_dir/munged.pid" \
        --log-file="$log_dir/munged.log" \
        --seed-file="$munge_dir/munged.seed"
    local waited=0
    until live_pid "$run_dir/munged.pid" >/dev/null && [[ -S $munge_socket ]]; do
        ((waited++ < 50)) || die "munged did not start; see $log_dir/munged.log"
        sleep 0.1
    done
}

start_daemon() {
    local name=$1
    if live_pid "$run_dir/$name.pid" >/dev/null; then return 0; fi
    rm -f "$run_dir/$name.pid"
    "$name" -f "$conf" || die "$name failed to start; see $log_dir/$name.log"
    local waited=0
    until live_pid "$run_dir/$name.pid" >/dev/null; do
        ((waited++ < 100)) || die "$name wrote no pid file; see $log_dir/$name.log"
        sleep 0.1
    done
}

node_state() {
    sinfo -h -N -n "$node" -o '%T' 2>/dev/null | head -n 1
}

wait_until_idle() {
    local deadline=$((SECONDS + timeout)) state=""
    while ((SECONDS < deadline)); do
        state=$(node_state || true)
        case $state in
            idle | mixed | allocated) return 0 ;;
        esac
        sleep 1
    done
    die "node $node not idle after ${timeout} s (state: '${state:-no answer from slurmctld}'); see $log_dir/slurmctld.log and $log_dir/slurmd.log"
}

start() {
    install_packages
    write_config
    start_munge
    start_daemon slurmctld
    start_daemon slurmd
    wait_until_idle
    note "node $node is $(node_state); export SLURM_CONF=$conf"
}

stop_pid_file() {
    local name=$1 file=$run_dir/$1.pid pid waited=0
    if ! pid=$(live_pid "$file"); then
        rm -f "$file"
        return 0
    fi
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do
        if ((waited++ == 100)); then
            note "$name (pid $pid) did not stop after 10 s; sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        sleep 0.1
    done
    rm -f "$file"
    note "stopped $name (pid $pid)"
}

stop() {
    stop_pid_file slurmd
    stop_pid_file slurmctld
    stop_pid_file munged
}

status() {
    local name pid
    for name in munged slurmctld slurmd; do
        if pid=$(live_pid "$run_dir/$name.pid"); then
            echo "$name: running (pid $pid)"
        else
            echo "$name: stopped"
        fi
    done
    echo "SLURM_CONF=$conf"
    if live_pid "$run_dir/slurmctld.pid" >/dev/null; then
        sinfo -N -l || true
        squeue || true
    fi
}

case ${1:-} in
    start) start ;;
    stop) stop ;;
    status) status ;;
    env) echo "export SLURM_CONF=$conf" ;;
    *)
        echo "usage: $0 start|stop|status|env" >&2
        exit 64
        ;;
esac
