//go:build unix

package child

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// stuck is a program that never ends, and a child of its own that does
// not either; it writes the child's pid to pidFile.
func stuck(t *testing.T, pidFile string) *exec.Cmd {
	t.Helper()
	return exec.Command("/bin/sh", "-c", "sleep 1000 & echo $! > "+pidFile+"; wait")
}

// alive reports whether pid runs (a zombie does not).
func alive(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return syscall.Kill(pid, 0) == nil // not Linux: ask
	}
	i := strings.LastIndexByte(string(b), ')')
	return i > 0 && i+2 < len(b) && b[i+2] != 'Z'
}

// gone waits a moment for pid to end, and says whether it did.
func gone(pid int) bool {
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if !alive(pid) {
			return true
		}
	}
	return false
}

func childPid(t *testing.T, pidFile string) int {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if b, err := os.ReadFile(pidFile); err == nil && strings.HasSuffix(string(b), "\n") {
			pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
			return pid
		}
	}
	t.Fatal("the program did not start its child")
	return 0
}

// Starting a program ends the one before, what it started too; Stop ends
// the last, and no program starts after it.
func TestOneRunsOneAtATime(t *testing.T) {
	dir := t.TempDir()
	var one One
	first := stuck(t, filepath.Join(dir, "1"))
	if err := one.Start(first); err != nil {
		t.Fatal(err)
	}
	sleep1 := childPid(t, filepath.Join(dir, "1"))
	second := stuck(t, filepath.Join(dir, "2"))
	if err := one.Start(second); err != nil {
		t.Fatal(err)
	}
	if !gone(first.Process.Pid) || !gone(sleep1) {
		t.Error("the program before and its child still run after the next started")
	}
	sleep2 := childPid(t, filepath.Join(dir, "2"))
	if !alive(second.Process.Pid) {
		t.Error("the program started last does not run")
	}
	start := time.Now()
	one.Stop(100 * time.Millisecond)
	if took := time.Since(start); took < 100*time.Millisecond || took > 2*time.Second {
		t.Errorf("Stop of a program that does not end took %v, want its grace of 100ms", took)
	}
	if !gone(second.Process.Pid) || !gone(sleep2) {
		t.Error("the last program or its child still runs after Stop")
	}
	if err := one.Start(exec.Command("/bin/true")); err != ErrStopped {
		t.Errorf("Start after Stop: %v, want ErrStopped", err)
	}
}

// A program that ends within the grace is heard to its end: Stop returns
// as soon as it has.
func TestStopLetsTheLastEnd(t *testing.T) {
	var one One
	done := filepath.Join(t.TempDir(), "done")
	if err := one.Start(exec.Command("/bin/sh", "-c", "sleep 0.1; : > "+done)); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	one.Stop(5 * time.Second)
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("Stop took %v, want the program's 0.1s", took)
	}
	if _, err := os.Stat(done); err != nil {
		t.Errorf("the program was cut short: %v", err)
	}
}
