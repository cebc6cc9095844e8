#!/usr/bin/env bash
# Measures what a hold costs, from outside, against a bare Go loop that
# prints once a second, in the same run: steady_cpu_exact_pct (schedstat,
# all threads), bytes and redraws a second, with ../shared/tools/ptymeter.
#   e2e/measure-cpu.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
meter=${PTYMETER:-../shared/tools/ptymeter}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/backcoach" .
mkdir -p "$tmp/loop" "$tmp/routines"
cat > "$tmp/loop/main.go" <<'GO'
package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 0; ; i++ {
		fmt.Printf("\r%d", i)
		time.Sleep(time.Second)
	}
}
GO
(cd "$tmp/loop" && printf 'module loop\ngo 1.26\n' > go.mod && go build -o "$tmp/bareloop" .)
cat > "$tmp/routines/hold.yaml" <<'YAML'
name: Hold
exercises:
  - name: Long hold
    steps: [Hold still.]
    hold: 60s
    prepare: 1s
YAML
median() { python3 -c "import json,sys; d=json.loads(sys.stdin.read().splitlines()[-1]); d=d.get('median', d); print('%-28s cpu %.4f%%  %6.1f bytes/s  %.2f redraws/s  %.1f MB' % (sys.argv[1], d['steady_cpu_exact_pct'], d['steady_bytes_per_s'], d['steady_bursts_per_s'], d['maxrss_kb']/1024))" "$1"; }
for size in 80x24 120x40; do
  HOME=$tmp "$meter" --size "$size" --timeout 14 --settle 3 --runs "$runs" -- \
    "$tmp/backcoach" --no-journal --routines "$tmp/routines" run hold 2>/dev/null | median "backcoach hold $size"
done
"$meter" --size 80x24 --timeout 14 --settle 3 --runs "$runs" -- "$tmp/bareloop" 2>/dev/null | median "bare Go loop"
