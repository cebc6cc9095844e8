package journal_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/journal"
)

const (
	helperPathEnv   = "JOURNAL_HELPER_PATH"
	helperPrefixEnv = "JOURNAL_HELPER_PREFIX"
	helperRecords   = 1000
)

// TestHelperAppend is not a test: TestConcurrentAppend runs the test binary
// as child processes that run only this function. Each waits for its
// standard input to close, so that both start appending together, then
// appends helperRecords distinct sessions.
func TestHelperAppend(t *testing.T) {
	path := os.Getenv(helperPathEnv)
	if path == "" {
		t.Skip("helper process for TestConcurrentAppend")
	}
	prefix := os.Getenv(helperPrefixEnv)
	if _, err := io.Copy(io.Discard, os.Stdin); err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 1, 1, 6, 0, 0, 0, time.UTC)
	for i := range helperRecords {
		s := full()
		s.ID = fmt.Sprintf("%s-%04d", prefix, i)
		s.Seq = 1
		s.Started = start.Add(time.Duration(i) * time.Minute)
		s.Routine.Name = strings.Repeat(prefix, 200) // long lines make torn writes likelier
		if err := journal.Append(path, s); err != nil {
			t.Fatalf("Append %s: %v", s.ID, err)
		}
	}
}

func TestConcurrentAppend(t *testing.T) {
	if testing.Short() {
		t.Skip("appends and syncs 2,000 records")
	}
	path := filepath.Join(t.TempDir(), "shared", "journal.jsonl")

	type child struct {
		cmd   *exec.Cmd
		stdin io.WriteCloser
		out   bytes.Buffer
	}
	var children []*child
	for _, prefix := range []string{"A", "B"} {
		c := &child{cmd: exec.Command(os.Args[0], "-test.run=^TestHelperAppend$", "-test.count=1")}
		c.cmd.Env = append(os.Environ(), helperPathEnv+"="+path, helperPrefixEnv+"="+prefix)
		c.cmd.Stdout, c.cmd.Stderr = &c.out, &c.out
		var err error
		if c.stdin, err = c.cmd.StdinPipe(); err != nil {
			t.Fatal(err)
		}
		if err := c.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		children = append(children, c)
	}
	// Both are running: let them go.
	for _, c := range children {
		c.stdin.Close()
	}
	for _, c := range children {
		if err := c.cmd.Wait(); err != nil {
			t.Fatalf("helper %v: %v\n%s", c.cmd.Env[len(c.cmd.Env)-1], err, c.out.String())
		}
		if !strings.Contains(c.out.String(), "PASS") {
			t.Fatalf("helper did not run TestHelperAppend:\n%s", c.out.String())
		}
	}

	ss, ws, err := journal.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(ws) != 0 {
		t.Errorf("%d warnings, first: %v", len(ws), ws[0])
	}
	if len(ss) != 2*helperRecords {
		t.Errorf("read %d sessions, want %d", len(ss), 2*helperRecords)
	}
	seen := map[string]bool{}
	for _, s := range ss {
		seen[s.ID] = true
	}
	for _, prefix := range []string{"A", "B"} {
		for i := range helperRecords {
			if id := fmt.Sprintf("%s-%04d", prefix, i); !seen[id] {
				t.Fatalf("session %s missing", id)
			}
		}
	}

	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(b, []byte("\n")); n != 2*helperRecords || !bytes.HasSuffix(b, []byte("\n")) {
		t.Errorf("file has %d newlines (ends in newline: %v), want exactly %d whole lines", n, bytes.HasSuffix(b, []byte("\n")), 2*helperRecords)
	}
	// How much the two writers overlapped, for the curious.
	switches, last := 0, byte(0)
	for _, l := range bytes.Split(bytes.TrimSuffix(b, []byte("\n")), []byte("\n")) {
		if i := bytes.Index(l, []byte(`"session":"`)); i >= 0 {
			if p := l[i+len(`"session":"`)]; p != last {
				switches, last = switches+1, p
			}
		}
	}
	t.Logf("writers alternated %d times in the file", switches)
}
