#!/usr/bin/env bash
# Measures start-up, two binaries side by side in the same run (alternating,
# so the machine's state is shared): `backcoach status` (wall time of the
# whole process, N runs) and the coach's first frame in a pseudo-terminal
# (ptymeter's first_byte_s, N runs).
#   e2e/measure-startup.sh OLD_BINARY NEW_BINARY [RUNS]
# To compare with an older commit: git worktree add /tmp/old COMMIT &&
# (cd /tmp/old && go build -o /tmp/bc-old .); go build -o /tmp/bc-new .
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 runs=${3:-200}
meter=${PTYMETER:-../shared/tools/ptymeter}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp XDG_STATE_HOME=$tmp/state XDG_CONFIG_HOME=$tmp/config
python3 - "$old" "$new" "$runs" <<'PY'
import statistics, subprocess, sys, time
old, new, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
t = {old: [], new: []}
for i in range(runs):
    for b in ((old, new) if i % 2 == 0 else (new, old)):
        s = time.perf_counter()
        subprocess.run([b, "status"], stdout=subprocess.DEVNULL, check=True)
        t[b].append((time.perf_counter() - s) * 1000)
for name, b in (("old", old), ("new", new)):
    v = sorted(t[b])
    print("status %s: median %.2f ms, p10 %.2f, p90 %.2f (%d runs)" % (name, statistics.median(v), v[len(v)//10], v[len(v)*9//10], len(v)))
PY
frames() {
  "$meter" --runs "$n" --timeout 3 --ready 'Low back' --done 'Low back' -- "$1" --no-journal --quiet |
    python3 -c "import json,sys; d=json.loads(sys.stdin.read().splitlines()[-1]); d=d.get('median', d); print('first frame %s: median %.2f ms' % (sys.argv[1], d['first_byte_s']*1000))" "$2"
}
n=$((runs / 10))
for i in 1 2; do frames "$old" old; frames "$new" new; done
