#!/usr/bin/env bash
# Measures a TAB: the wall time of `backcoach __complete run lo` (what a
# completion script runs), for each binary given, with an empty routines
# folder and with one of 30 broken 1 MiB files (26,000 exercises each, the
# slowest to refuse), alternating in the same run so the machine's state
# is shared.
#   e2e/measure-completion.sh BINARY [OTHER_BINARY...]    RUNS=50 by default
set -euo pipefail
runs=${RUNS:-50}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/empty/backcoach/routines" "$tmp/broken/backcoach/routines"
python3 - "$tmp/broken/backcoach/routines" <<'PY'
import sys
ex = "  - name: E\n    steps: [s]\n    hold: 5s\n"
body = "name: Big\nexercises:\n"
body += ex * (((1 << 20) - len(body)) // len(ex))
for i in range(30):
    open("%s/big%02d.yaml" % (sys.argv[1], i), "w").write(body)
PY
python3 - "$tmp" "$runs" "$@" <<'PY'
import os, statistics, subprocess, sys, time
tmp, runs, bins = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
cases = [(b, f) for b in bins for f in ("empty", "broken")]
t = {c: [] for c in cases}
for i in range(runs):
    for b, f in (cases if i % 2 == 0 else cases[::-1]):
        env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=os.path.join(tmp, f), XDG_STATE_HOME=os.path.join(tmp, "state"))
        s = time.perf_counter()
        out = subprocess.run([b, "__complete", "run", "lo"], env=env, capture_output=True, check=True).stdout
        t[(b, f)].append((time.perf_counter() - s) * 1000)
        assert out.startswith(b"low-back\t"), out
for b, f in cases:
    v = sorted(t[(b, f)])
    print("%s, %s folder: median %.1f ms, p90 %.1f, max %.1f (%d runs)" % (b, f, statistics.median(v), v[len(v)*9//10], v[-1], len(v)))
PY
