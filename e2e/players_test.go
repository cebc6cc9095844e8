//go:build linux

package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// stuckPlayer puts on a folder of its own a sound player that never ends
// (pw-play, first of those backcoach looks for): a shell that logs each
// start and then waits on a sleep of its own, so that only a kill of the
// whole process group ends both. Both ignore SIGHUP: in a real terminal
// backcoach is not the session's leader, so its end sends none (here,
// in a pty of its own, it would). It returns the folder and the log.
func stuckPlayer(t *testing.T) (dir, log string) {
	t.Helper()
	dir = t.TempDir()
	log = filepath.Join(dir, "started")
	sleep := filepath.Join(dir, "stuck-sleep")
	if err := os.Symlink(mustLookPath(t, "sleep"), sleep); err != nil {
		t.Fatal(err)
	}
	script := "#!/bin/sh\ntrap '' HUP\necho \"$1\" >> " + log + "\n" + sleep + " 1000\n"
	if err := os.WriteFile(filepath.Join(dir, "pw-play"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { killUnder(dir) })
	return dir, log
}

// liveUnder counts the processes whose command line names something in
// dir, zombies left out.
func liveUnder(dir string) int { return len(pidsUnder(dir)) }

// pidsUnder are those processes.
func pidsUnder(dir string) []int {
	var pids []int
	procs, _ := filepath.Glob("/proc/[0-9]*")
	for _, p := range procs {
		cmdline, err := os.ReadFile(p + "/cmdline")
		if err != nil || !bytes.Contains(cmdline, []byte(dir+"/")) {
			continue
		}
		if stat, err := os.ReadFile(p + "/stat"); err == nil {
			if i := bytes.LastIndexByte(stat, ')'); i > 0 && i+2 < len(stat) && stat[i+2] == 'Z' {
				continue
			}
		}
		if pid, err := strconv.Atoi(filepath.Base(p)); err == nil {
			pids = append(pids, pid)
		}
	}
	return pids
}

// killUnder kills what the test left running from dir.
func killUnder(dir string) {
	for _, pid := range pidsUnder(dir) {
		_ = syscall.Kill(pid, syscall.SIGKILL)
	}
}

// A sound player that never ends neither piles up nor outlives
// backcoach: each cue stops the player before it (at most one runs, a
// shell and its child), and none is left once backcoach has ended, by a
// key or by a signal.
func TestStuckPlayersDoNotPileUp(t *testing.T) {
	needBinary(t)
	t.Parallel()
	for _, end := range []string{"ctrl+c", "SIGTERM"} {
		t.Run(end, func(t *testing.T) {
			t.Parallel()
			dir, log := stuckPlayer(t)
			routines := routinesDir(t, "tiny.yaml", tinyRoutine)
			tm := startWithPath(t, dir+":"+os.Getenv("PATH"), "--sound", "tones", "--no-journal", "--routines", routines, "run", "tiny")
			started := 0
			for deadline := time.Now().Add(15 * time.Second); started < 4; time.Sleep(20 * time.Millisecond) {
				b, _ := os.ReadFile(log)
				started = strings.Count(string(b), "\n")
				if time.Now().After(deadline) {
					t.Fatalf("%d cues played in 15 s, want 4", started)
				}
			}
			time.Sleep(100 * time.Millisecond) // the last one's shell starts its child
			if n := liveUnder(dir); n > 2 {
				t.Errorf("after %d cues %d player processes run, want one player (2)", started, n)
			}
			code := 0
			if end == "ctrl+c" {
				tm.send("\x03")
			} else {
				_ = tm.cmd.Process.Signal(syscall.SIGTERM)
				code = 143
			}
			tm.waitExit(code, exitWait)
			n := liveUnder(dir)
			for deadline := time.Now().Add(time.Second); n > 0 && time.Now().Before(deadline); n = liveUnder(dir) {
				time.Sleep(10 * time.Millisecond)
			}
			if n > 0 {
				t.Errorf("%d player processes outlive backcoach", n)
			}
		})
	}
}
