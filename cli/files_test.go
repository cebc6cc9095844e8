//go:build unix

package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/outputs/sound"
)

// kinds are what the files specialFile makes are called in messages.
var kinds = map[string]string{"fifo": "a named pipe", "zero": "a character device"}

// specialFile puts a named pipe or a symlink to /dev/zero at path.
func specialFile(t *testing.T, kind, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	switch kind {
	case "fifo":
		if err := syscall.Mkfifo(path, 0o600); err != nil {
			t.Skipf("cannot make a named pipe: %v", err)
		}
	case "zero":
		if err := os.Symlink("/dev/zero", path); err != nil {
			t.Fatal(err)
		}
	}
}

// A journal that is a named pipe or /dev/zero is refused at once, with an
// error naming it, by every command that reads it.
func TestAJournalThatIsNotAFileIsRefused(t *testing.T) {
	for _, kind := range []string{"fifo", "zero"} {
		env := stateWith(t)
		path := filepath.Join(env["XDG_STATE_HOME"], "backcoach", "journal.jsonl")
		specialFile(t, kind, path)
		for _, args := range [][]string{{"history"}, {"history", "--export", "csv"}, {"status"}} {
			r := callWithin(t, env, args...)
			if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, path+": not a regular file ("+kinds[kind]+")\n") {
				t.Errorf("%s journal, %v: exit %d, stdout %q, stderr %q; want exit 1 and an error naming it", kind, args, r.code, r.stdout, r.stderr)
			}
		}
	}
}

// remind's state file as a named pipe or /dev/zero: status says so and
// goes on with the streak, at once and in little memory.
func TestStatusRefusesAStateFileThatIsNotAFile(t *testing.T) {
	for _, kind := range []string{"fifo", "zero"} {
		env := stateWith(t)
		path := filepath.Join(env["XDG_STATE_HOME"], "backcoach", "remind.json")
		specialFile(t, kind, path)
		r := callWithin(t, env, "status")
		if r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, path+": not a regular file ("+kinds[kind]+")\n") {
			t.Errorf("%s state: exit %d, stdout %q, stderr %q; want nothing on stdout (nothing to say) and an error naming it", kind, r.code, r.stdout, r.stderr)
		}
	}
}

// A FIFO named *.yaml in the routines folder hung every command that
// loads routines, even run low-back; a link to a device is read as a
// file. They are skipped and named.
func TestSpecialFilesInTheRoutinesFolderAreSkipped(t *testing.T) {
	cfg := t.TempDir()
	dir := filepath.Join(cfg, "backcoach", "routines")
	write(t, dir, "neck.yaml", goodRoutine)
	fifo := filepath.Join(dir, "fifo.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	t.Cleanup(func() { // let a reader blocked on the FIFO go
		if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	})
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.yaml")); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"XDG_CONFIG_HOME": cfg}
	for _, args := range [][]string{{"list"}, {"validate"}, {"run", "low-back"}, {"run", fifo}} {
		done := make(chan run, 1)
		go func() { done <- call(t, env, args...) }()
		var r run
		select {
		case r = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%v still running after 10 s", args)
		}
		switch args[0] {
		case "list":
			if r.code != 0 || !strings.Contains(r.stdout, "Quick neck") || !strings.Contains(r.stderr, "skipped, with errors: fifo.yaml and zero.yaml; run backcoach validate\n") {
				t.Errorf("list: exit %d\nstdout %s\nstderr %s", r.code, r.stdout, r.stderr)
			}
		case "validate":
			for _, want := range []string{fifo + ": not a regular file (a named pipe); skipped", filepath.Join(dir, "zero.yaml") + ": not a regular file (a character device); skipped", "neck.yaml: ok"} {
				if !strings.Contains(r.stdout, want) {
					t.Errorf("validate lacks %q:\n%s", want, r.stdout)
				}
			}
		case "run":
			if args[1] == fifo && (r.code != 1 || !strings.Contains(r.stderr, fifo+": not a regular file (a named pipe); want a routine file")) {
				t.Errorf("run FIFO: exit %d, stderr %s", r.code, r.stderr)
			}
		}
	}
}

// With neither HOME nor XDG_CACHE_HOME, the tones went to a folder of
// the temp folder whoever had made it: another user's link there got the
// tones written where it pointed. Such a folder is not used: the bell
// rings instead, said once, and nothing is written through the link.
func TestTonesShunAFolderAnotherUserCouldHaveMade(t *testing.T) {
	tmp, theirs := t.TempDir(), t.TempDir()
	t.Setenv("TMPDIR", tmp)
	dir := filepath.Join(tmp, "backcoach-sounds-"+strconv.Itoa(os.Getuid()))
	if err := os.Symlink(theirs, dir); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	env := Env{Stdout: &bytes.Buffer{}, Stderr: &stderr, Getenv: func(string) string { return "" },
		LookPath: func(p string) (string, error) {
			if p == "paplay" {
				return "/usr/bin/paplay", nil
			}
			return "", errors.New("none")
		}}
	o := coachFlags{Settings: config.Settings{Sound: config.SoundAuto}}
	var term bytes.Buffer
	sinks := prepareOutputs(o, env).sinks(env, &term, nil)
	bell := false
	for _, s := range sinks {
		if s, ok := s.(sound.Sink); ok {
			_, bell = s.Player.(*sound.Bells)
		}
	}
	want := "backcoach: cannot write the tones to " + dir + " (a link, not a folder); the terminal bell rings instead\n"
	if !bell || stderr.String() != want {
		t.Errorf("bell %v, stderr %q; want the bell and %q", bell, stderr.String(), want)
	}
	if entries, err := os.ReadDir(theirs); err != nil || len(entries) != 0 {
		t.Errorf("the link's target holds %v (%v): tones written through the link", entries, err)
	}
}
