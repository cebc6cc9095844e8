package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/backcoach/backcoach/internal/fsx/fsxtest"
)

// A routine file linked into /proc passed every regular-files-only
// check, and /proc/kmsg (readable by root) then blocked list, the
// picker, TAB completion and remind's breaks, which all load the
// routines one way. Such a file is skipped at once, named.
func TestFilesOfProcInTheRoutinesFolderAreSkipped(t *testing.T) {
	cfg := t.TempDir()
	dir := filepath.Join(cfg, "backcoach", "routines")
	write(t, dir, "neck.yaml", goodRoutine)
	links := []string{"status.yaml"}
	targets := map[string]string{"status.yaml": "/proc/self/status"}
	if syscall.Access("/proc/kmsg", 4) == nil { // R_OK: root, in many containers
		links = append(links, "kmsg.yaml")
		targets["kmsg.yaml"] = "/proc/kmsg"
	}
	for name, target := range targets {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	env := map[string]string{"XDG_CONFIG_HOME": cfg}
	r := callWithin(t, env, "list")
	if r.code != 0 || !strings.Contains(r.stdout, "Quick neck") || !strings.Contains(r.stderr, "skipped, with errors: ") {
		t.Errorf("list: exit %d\nstdout %s\nstderr %s", r.code, r.stdout, r.stderr)
	}
	r = callWithin(t, env, "validate")
	for _, name := range links {
		if want := filepath.Join(dir, name) + ": a file of /proc, not read; skipped"; !strings.Contains(r.stdout, want) {
			t.Errorf("validate lacks %q:\n%s", want, r.stdout)
		}
	}
	if r := callWithin(t, env, "__complete", "run", "neck"); r.code != 0 || !strings.HasPrefix(r.stdout, "neck\t") {
		t.Errorf("TAB after run neck: exit %d, %q", r.code, r.stdout)
	}
	if r := callWithin(t, env, "run", filepath.Join(dir, "status.yaml")); r.code != 1 || !strings.Contains(r.stderr, "status.yaml: a file of /proc, not read; want a routine file") {
		t.Errorf("run a file of /proc: exit %d, stderr %s", r.code, r.stderr)
	}
}

// remind.json linked into /proc (to /proc/kmsg, it hung status in a tmux
// status bar) is refused at once, named, and status goes on.
func TestStatusRefusesAStateFileOfProc(t *testing.T) {
	env := stateWith(t)
	path := filepath.Join(env["XDG_STATE_HOME"], "backcoach", "remind.json")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/proc/self/status", path); err != nil {
		t.Fatal(err)
	}
	r := callWithin(t, env, "status")
	if r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, path+": a file of /proc, not read\n") {
		t.Errorf("status: exit %d, stdout %q, stderr %q; want an error naming the file", r.code, r.stdout, r.stderr)
	}
}

// state/level linked to /dev/ptmx made a terminal at each start: it is
// refused without being opened, and the settings stand.
func TestALevelLinkedToPtmxMakesNoTerminal(t *testing.T) {
	state := t.TempDir()
	path := filepath.Join(state, "backcoach", "level")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(fsxtest.Ptmx, path); err != nil {
		t.Fatal(err)
	}
	getenv := func(k string) string {
		if k == "XDG_STATE_HOME" {
			return state
		}
		return ""
	}
	fsxtest.NoTerminalMade(t, "rememberedLevel", func() {
		if _, ok := rememberedLevel(getenv); ok {
			t.Error("a level read from a device")
		}
	})
}
