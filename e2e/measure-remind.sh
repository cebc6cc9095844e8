#!/usr/bin/env bash
# Measures what `backcoach remind` costs while it waits for a break, from
# outside, against bare Go loops in the same run: one that prints once a
# minute (remind's own cadence) and one that prints once a second.
# steady_cpu_exact_pct is schedstat over all threads, with ../shared/tools/ptymeter.
#   e2e/measure-remind.sh [SECONDS]     (default 130: two minute changes)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-130}
meter=${PTYMETER:-../shared/tools/ptymeter}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/backcoach" .
mkdir -p "$tmp/loop"
cat > "$tmp/loop/main.go" <<'GO'
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	every, _ := time.ParseDuration(os.Args[1])
	for i := 0; ; i++ {
		fmt.Printf("\r%d", i)
		time.Sleep(every)
	}
}
GO
(cd "$tmp/loop" && printf 'module loop\ngo 1.26\n' > go.mod && go build -o "$tmp/bareloop" .)
line() { python3 -c "import json,sys; d=json.loads(sys.stdin.read().splitlines()[-1]); print('%-34s cpu %.4f%%  %6.2f bytes/s  %.3f redraws/s  %.1f MB' % (sys.argv[1], d['steady_cpu_exact_pct'], d['steady_bytes_per_s'], d['steady_bursts_per_s'], d['maxrss_kb']/1024))" "$1"; }
meter() { "$meter" --size 80x24 --timeout "$secs" --settle 3 -- "$@" 2>/dev/null; }
# The three run side by side, so they share the machine's state.
HOME=$tmp meter "$tmp/backcoach" remind --every 50m --no-journal > "$tmp/remind.json" &
meter "$tmp/bareloop" 1m > "$tmp/minute.json" &
meter "$tmp/bareloop" 1s > "$tmp/second.json" &
wait
line "backcoach remind (waiting, 80x24)" < "$tmp/remind.json"
line "bare Go loop, once a minute" < "$tmp/minute.json"
line "bare Go loop, once a second" < "$tmp/second.json"
