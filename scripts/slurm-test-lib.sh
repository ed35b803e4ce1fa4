# slurm-test-lib.sh — shared steps of the real-cluster tests (scripts/test-slurm-sweep.sh,
# scripts/test-slurm-worlds.sh). Source it from the repository root after setting `label` (the
# prefix of every message, e.g. test-slurm-sweep); not a program of its own.
#
# Provides:
#   die MESSAGE…, step MESSAGE…   messages on stderr, prefixed with $label (die exits 1)
#   slurm_test_setup              builds the release binary unless WIJKSIM is set (exports it),
#                                 makes the scratch folder $work (removed on success, kept on
#                                 failure), starts scripts/slurm-local.sh unless a cluster is
#                                 already running (and stops it on exit only if it started it),
#                                 and exports SLURM_CONF; sets $wijksim
#   job_states JOB                one JobState per line (one per task for an array)
#   run_array_and_merge TIMEOUT SBATCH-ARGUMENTS…
#                                 submits an array script (slurm-sweep.sh, slurm-worlds.sh) that
#                                 writes the merge job's id to Results/slurm-ARRAY.merge, waits
#                                 for the array and the merge, and requires JobState=COMPLETED
#                                 for every task and for the merge (the local cluster has no
#                                 accounting database for sacct); cancels them after TIMEOUT s
#   same_bytes LABEL SHARDED SINGLE FILE…
#                                 cmp of each FILE in the two folders; shows the first differing
#                                 lines and fails on a difference or a missing file
# Environment: WIJKSIM (default: build .build/release/wijksim).

die() {
    echo "$label: FAIL: $*" >&2
    exit 1
}

step() {
    echo "$label: $*" >&2
}

slurm_test_setup() {
    if [[ -z ${WIJKSIM:-} ]]; then
        step "building release"
        swift build -c release --product wijksim
        export WIJKSIM=.build/release/wijksim
    fi
    wijksim=$WIJKSIM
    [[ -x $wijksim ]] || die "no executable $wijksim"
    work=$(mktemp -d "${TMPDIR:-/tmp}/wijksim-$label.XXXXXX")
    started_cluster=false
    trap slurm_test_cleanup EXIT
    [[ $(scripts/slurm-local.sh status) == *"slurmctld: running"* ]] || started_cluster=true
    scripts/slurm-local.sh start
    eval "$(scripts/slurm-local.sh env)"
}

slurm_test_cleanup() {
    local status=$?
    if [[ $started_cluster == true ]]; then scripts/slurm-local.sh stop || true; fi
    if ((status == 0)); then rm -rf "$work"; else echo "$label: kept $work for inspection" >&2; fi
}

job_states() {
    scontrol show job -o "$1" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2
}

# Waits until none of the jobs $3… is pending or running; cancels them after deadline $1
# (in $SECONDS), naming the timeout $2 in the message.
wait_for_jobs() {
    local deadline=$1 timeout=$2
    shift 2
    while [[ -n $(squeue -h -j "$(IFS=,; echo "$*")" 2>/dev/null) ]]; do
        if ((SECONDS >= deadline)); then
            scancel "$@" || true
            die "Slurm jobs $* not finished after ${timeout} s; cancelled"
        fi
        sleep 2
    done
}

run_array_and_merge() {
    local timeout=$1 array marker merge deadline ended
    shift
    mkdir -p Results
    array=$(sbatch --parsable "$@")
    array=${array%%;*}
    deadline=$((SECONDS + timeout))
    marker=Results/slurm-$array.merge
    until [[ -s $marker ]]; do
        if [[ -z $(squeue -h -j "$array" 2>/dev/null) ]]; then
            sleep 1
            [[ -s $marker ]] && break
            die "array $array ended but its first task submitted no merge job; see Results/slurm-${array}_*.out"
        fi
        if ((SECONDS >= deadline)); then
            scancel "$array" || true
            die "no merge job submitted after ${timeout} s; cancelled array $array"
        fi
        sleep 1
    done
    merge=$(<"$marker")
    step "array $array, merge job $merge"
    wait_for_jobs "$deadline" "$timeout" "$array" "$merge"
    if job_states "$array" | grep -qvx COMPLETED; then
        ended=$(job_states "$array" | sort | uniq -c | awk '{ printf "%s%d %s", sep, $1, $2; sep = ", " }')
        die "array $array: tasks ended $ended, not all COMPLETED (merge job $merge: $(job_states "$merge")); see Results/slurm-${array}_*.out"
    fi
    [[ $(job_states "$merge") == COMPLETED ]] ||
        die "merge job $merge ended $(job_states "$merge" || echo unknown); see Results/slurm-$merge-merge.out"
}

same_bytes() {
    local label_=$1 sharded=$2 single=$3 file
    shift 3
    for file in "$@"; do
        [[ -f $sharded/$file ]] || die "$label_: $sharded/$file is missing"
        [[ -f $single/$file ]] || die "$label_: $single/$file is missing"
        if ! cmp "$sharded/$file" "$single/$file"; then
            diff "$sharded/$file" "$single/$file" | head -n 20 >&2 || true
            die "$label_: $file differs between $sharded and $single"
        fi
    done
}
