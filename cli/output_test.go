package cli

import (
	"bytes"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/backcoach/backcoach/journal"
)

// callTo is call with stdout going to out.
func callTo(t *testing.T, out io.Writer, env map[string]string, args ...string) run {
	t.Helper()
	var errb bytes.Buffer
	code := Main(args, Env{
		Stdin: os.Stdin, Stdout: out, Stderr: &errb,
		Getenv:   func(k string) string { return env[k] },
		Terminal: func() (bool, bool) { return false, false },
		Now:      func() time.Time { return testNow },
	})
	return run{code: code, stderr: errb.String()}
}

// failAfter takes n bytes, then fails every write with err.
type failAfter struct {
	n   int
	err error
	got bytes.Buffer
}

func (w *failAfter) Write(p []byte) (int, error) {
	if len(p) <= w.n {
		w.n -= len(p)
		return w.got.Write(p)
	}
	k := w.n
	w.n = 0
	w.got.Write(p[:k])
	return k, w.err
}

// outputCommands are the commands that print to stdout, in an
// environment where each has something to print.
func outputCommands(t *testing.T) (map[string]string, [][]string) {
	now := testNow
	env := stateWith(t, session("a", now.AddDate(0, 0, -1), journal.Finished, 4, 2), session("b", now.Add(-time.Hour), journal.Finished, 3, 1))
	dir := t.TempDir()
	write(t, dir, "neck.yaml", goodRoutine)
	return env, [][]string{
		{"list"}, {"history"}, {"history", "--export", "csv"}, {"history", "--export", "json"},
		{"validate", dir}, {"status"},
	}
}

// Output that cannot be written (a full disk) is an error: one line on
// stderr, exit 1; never a cut file and exit 0.
func TestAFailedWriteOfOutputSaysSo(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	defer full.Close()
	env, cmds := outputCommands(t)
	for _, args := range cmds {
		for _, out := range []struct {
			name string
			w    io.Writer
		}{{"/dev/full", full}, {"a disk full after 20 bytes", &failAfter{n: 20, err: syscall.ENOSPC}}, {"a disk full after 300 bytes", &failAfter{n: 300, err: syscall.ENOSPC}}} {
			r := callTo(t, out.w, env, args...)
			if f, ok := out.w.(*failAfter); ok && f.n > 0 {
				continue // all of it fitted
			}
			lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
			if r.code != 1 || len(lines) != 1 || !strings.HasPrefix(lines[0], "backcoach: cannot write the output: ") || !strings.Contains(lines[0], "no space left on device") {
				t.Errorf("%v to %s: exit %d, stderr %q; want exit 1 and one line that says so", args, out.name, r.code, r.stderr)
			}
		}
	}
}

// A closed pipe (backcoach list | head -1) ends quietly, as before.
func TestAClosedPipeEndsQuietly(t *testing.T) {
	env, cmds := outputCommands(t)
	for _, args := range cmds {
		r := callTo(t, &failAfter{n: 10, err: syscall.EPIPE}, env, args...)
		if r.code != 0 || r.stderr != "" {
			t.Errorf("%v into a closed pipe: exit %d, stderr %q; want exit 0 and nothing said", args, r.code, r.stderr)
		}
	}
}
