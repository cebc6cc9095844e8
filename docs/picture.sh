#!/usr/bin/env bash
# Makes docs/hold.svg, the README's picture: a real run of
# `backcoach run low-back` in tmux at 80x24, captured with its colours a few
# seconds into the first hold, and drawn as a terminal window by
# docs/ansi2svg. Needs go and tmux. Takes about half a minute: the get-ready
# step runs its full time, as it would for you.
#
#   docs/picture.sh            # writes docs/hold.svg
#   docs/picture.sh OUT.svg
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/hold.svg}

tmp=$(mktemp -d)
sock="backcoach-picture-$$" # a tmux server of our own, not the user's
cleanup() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

go build -o "$tmp/backcoach" .
mkdir -p "$tmp/state" "$tmp/config" "$tmp/home"

# A clean environment: no journal, settings or routines of yours, no sound,
# and a dark background said outright (COLORFGBG) rather than assumed.
tmux -L "$sock" -f /dev/null -u new-session -d -s picture -x 80 -y 24 \
  "env -i HOME=$tmp/home PATH=/usr/bin:/bin LANG=C.UTF-8 \
     XDG_STATE_HOME=$tmp/state XDG_CONFIG_HOME=$tmp/config \
     TERM=xterm-256color COLORTERM=truecolor COLORFGBG='15;0' \
     $tmp/backcoach --no-journal --quiet run low-back; sleep 5"

screen() { tmux -L "$sock" capture-pane -p -t picture; }

# wait_for TEXT SECONDS: poll the screen until it shows TEXT.
wait_for() {
  for _ in $(seq $(($2 * 10))); do
    if screen | grep -q "$1"; then return 0; fi
    sleep 0.1
  done
  echo "picture.sh: no \"$1\" on the screen after $2s; it shows:" >&2
  screen >&2
  exit 1
}

wait_for "GET READY" 10
wait_for "HOLD" 60
# A few seconds into the hold, so its bar has started to fill.
sleep 3.5
screen | grep -q "HOLD" || { echo "picture.sh: the hold ended before the capture" >&2; exit 1; }
# -e: with colours; -N: keep trailing spaces, which carry the band's colour.
tmux -L "$sock" capture-pane -p -e -N -t picture >"$tmp/capture.txt"

go run ./docs/ansi2svg -cols 80 -rows 24 -title "backcoach run low-back" <"$tmp/capture.txt" >"$tmp/hold.svg"
mv "$tmp/hold.svg" "$out"
echo "picture.sh: wrote $out"
