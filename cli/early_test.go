package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/backcoach/backcoach/journal"
)

// lockedBuffer is a buffer written by the run and read by the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// callKeys runs Main as from a terminal (stdin a pipe, stdout not a
// terminal, so the run is plain) that types ctrl+c once stdout shows
// when, failing the test if the run has not ended in a few seconds.
func callKeys(t *testing.T, env map[string]string, when string, args ...string) run {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	var out, errb lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- Main(args, Env{
			Stdin: r, Stdout: &out, Stderr: &errb,
			Getenv:   func(k string) string { return env[k] },
			Terminal: func() (bool, bool) { return true, false },
			LookPath: func(string) (string, error) { return "", errors.New("none") },
		})
	}()
	deadline := time.After(10 * time.Second)
	for typed := false; ; {
		select {
		case code := <-done:
			return run{code, out.String(), errb.String()}
		case <-deadline:
			t.Fatalf("backcoach %s blocked; stdout %q", strings.Join(args, " "), out.String())
		case <-time.After(10 * time.Millisecond):
			if !typed && strings.Contains(out.String(), when) {
				_, _ = w.WriteString("\x03")
				typed = true
			}
		}
	}
}

// A journal that cannot be written (a file where its folder should be,
// or a folder where the file should be) stops the run before it starts,
// in one line with the way on, and exit 1: nothing would be recorded.
// --no-journal runs.
func TestAJournalThatCannotBeWrittenIsSaidBeforeTheRoutine(t *testing.T) {
	fileAsFolder := filepath.Join(t.TempDir(), "state")
	if err := os.WriteFile(fileAsFolder, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	folderAsFile := t.TempDir()
	if err := os.MkdirAll(filepath.Join(folderAsFile, "backcoach", "journal.jsonl"), 0o700); err != nil {
		t.Fatal(err)
	}
	for _, state := range []string{fileAsFolder, folderAsFile} {
		env := map[string]string{"XDG_CONFIG_HOME": t.TempDir(), "XDG_STATE_HOME": state}
		r := callKeys(t, env, "How does your back feel", "run", "upper-back")
		if r.code != 1 || !strings.HasPrefix(r.stderr, "backcoach: cannot write the journal, so nothing would be recorded: ") ||
			!strings.Contains(r.stderr, "Run with --no-journal") || strings.Count(r.stderr, "\n") != 2 {
			t.Errorf("state %s: exit %d, stderr %q; want 1 and the journal's error", state, r.code, r.stderr)
		}
		if r.stdout != "" {
			t.Errorf("state %s: the routine started: %q", state, r.stdout)
		}
		r = callKeys(t, env, "Get ready: Thoracic extension", "run", "upper-back", "--no-journal")
		if r.code != 0 || !strings.Contains(r.stdout, "Get ready: Thoracic extension") || r.stderr != "" {
			t.Errorf("state %s, --no-journal: exit %d, stdout %q, stderr %q; want the routine", state, r.code, r.stdout, r.stderr)
		}
	}
}

// The check writes no record: a run quit at the check-in leaves an empty
// journal.
func TestTheJournalCheckWritesNothing(t *testing.T) {
	env := map[string]string{"XDG_CONFIG_HOME": t.TempDir(), "XDG_STATE_HOME": t.TempDir()}
	r := callKeys(t, env, "How does your back feel", "run", "upper-back")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	b, err := os.ReadFile(filepath.Join(env["XDG_STATE_HOME"], "backcoach", "journal.jsonl"))
	if err != nil || len(b) != 0 {
		t.Errorf("journal %q, %v; want it empty", b, err)
	}
}

// The last record that cannot be written (the journal went away during
// the run) is said, and the run exits 1.
func TestALastRecordNotWrittenExits1(t *testing.T) {
	var errb bytes.Buffer
	path := filepath.Join(t.TempDir(), "gone", "journal.jsonl")
	if err := os.WriteFile(filepath.Dir(path), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	err := writeLast(Env{Stderr: &errb}, path, journal.NewWriter(path).Append, journal.Session{ID: "s1"})
	if code := exitWith(&errb, err); code != 1 || !strings.Contains(errb.String(), "this session's end was not recorded") {
		t.Errorf("exit %d, stderr %q; want 1 and the session not recorded", code, errb.String())
	}
}

// --speak without a speech program is said before the screen opens, and
// as the screen would cover the line at once, it waits for enter: here
// the terminal cannot be used after it (stdin is no terminal), and the
// line is there all the same, first. q does not start.
func TestNoSpeechProgramIsSaidBeforeTheScreen(t *testing.T) {
	for _, tc := range []struct {
		answer string
		code   int
		last   string
	}{
		{"\n", 1, "cannot use the terminal"},
		{"q\n", 0, "Press enter to start anyway, or q and enter to stop."},
		{"", 0, "Press enter to start anyway, or q and enter to stop."},
	} {
		out, err := os.Create(filepath.Join(t.TempDir(), "out"))
		if err != nil {
			t.Fatal(err)
		}
		defer out.Close()
		in, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		_, _ = w.WriteString(tc.answer)
		w.Close()
		var errb bytes.Buffer
		env := map[string]string{"XDG_CONFIG_HOME": t.TempDir(), "TERM": "xterm"}
		code := Main([]string{"run", "upper-back", "--speak", "--no-journal", "--sound", "bell"}, Env{
			Stdin: in, Stdout: out, Stderr: &errb,
			Getenv:   func(k string) string { return env[k] },
			Terminal: func() (bool, bool) { return true, true },
			LookPath: func(string) (string, error) { return "", errors.New("none") },
		})
		in.Close()
		lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
		if code != tc.code || !strings.HasPrefix(lines[0], "backcoach: --speak: no speech program found") ||
			!strings.Contains(lines[len(lines)-1], tc.last) {
			t.Errorf("answer %q: exit %d, stderr %q; want %d, the speech line, then %q", tc.answer, code, errb.String(), tc.code, tc.last)
		}
	}
}

// Without a warning nothing waits: the screen opens at once (here it
// cannot: stdin is no terminal).
func TestNothingWaitsWithoutAWarning(t *testing.T) {
	out, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	var errb bytes.Buffer
	env := map[string]string{"XDG_CONFIG_HOME": t.TempDir(), "TERM": "xterm"}
	code := Main([]string{"run", "upper-back", "--no-journal", "--sound", "bell"}, Env{
		Stdin: out, Stdout: out, Stderr: &errb,
		Getenv:   func(k string) string { return env[k] },
		Terminal: func() (bool, bool) { return true, true },
		LookPath: func(string) (string, error) { return "", errors.New("none") },
	})
	if code != 1 || !strings.HasPrefix(errb.String(), "backcoach: cannot use the terminal") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}
