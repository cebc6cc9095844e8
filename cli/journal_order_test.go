package cli

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A session's snapshots reach the journal in order, the record written
// after the program ends last: a reader that keeps a session's last line
// never sees it running after it ended. The keys go through the real run
// path (run --plain, the program's commands on their own goroutines, the
// final record after it); s and h bounce across an exercise boundary, a
// snapshot each (issue 13, item 4). Run with -race -count=20: the
// snapshots were once written as the commands happened to run.
func TestASessionsSnapshotsAreJournaledInOrder(t *testing.T) {
	state := t.TempDir()
	env := map[string]string{"XDG_STATE_HOME": state, "XDG_CONFIG_HOME": t.TempDir()}
	in, keys, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	defer keys.Close()
	var out, errb lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- Main([]string{"run", "upper-back", "--plain", "--quiet"}, Env{
			Stdin: in, Stdout: &out, Stderr: &errb,
			Getenv:   func(k string) string { return env[k] },
			Terminal: func() (bool, bool) { return true, false },
		})
	}()
	waitFor := func(text string) {
		t.Helper()
		for end := time.Now().Add(5 * time.Second); !strings.Contains(out.String(), text); time.Sleep(5 * time.Millisecond) {
			if time.Now().After(end) {
				t.Fatalf("no %q in the plain lines:\n%s\nstderr: %s", text, out.String(), errb.String())
			}
		}
	}
	waitFor("How does your back feel")
	// One key at a time, each once the one before was heard: keys read
	// together arrive as one message.
	press := func(k string) {
		t.Helper()
		n := strings.Count(out.String(), "\n")
		if _, err := keys.WriteString(k); err != nil {
			t.Fatal(err)
		}
		for end := time.Now().Add(5 * time.Second); strings.Count(out.String(), "\n") == n; time.Sleep(time.Millisecond) {
			if time.Now().After(end) {
				t.Fatalf("nothing said after %q:\n%s", k, out.String())
			}
		}
	}
	press("\r")
	for range 100 {
		press("s")
		press("h")
	}
	press("q")
	press("y") // to the check-in after
	press("\r")
	if _, err := keys.WriteString("q"); err != nil { // the summary's
		t.Fatal(err)
	}
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d, stderr %s", code, errb.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("the run did not end:\n%s", out.String())
	}

	f, err := os.Open(filepath.Join(state, "backcoach", "journal.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type line struct {
		Session string `json:"session"`
		Seq     int    `json:"seq"`
		Outcome string `json:"outcome"`
	}
	var lines []line
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, l)
	}
	if len(lines) < 100 {
		t.Fatalf("%d snapshots, want one at least for each of the 200 jumps across an exercise:\n%s", len(lines), out.String())
	}
	for i := 1; i < len(lines); i++ {
		if lines[i].Session != lines[0].Session || lines[i].Seq <= lines[i-1].Seq {
			t.Fatalf("line %d: session %s seq %d after seq %d: out of order", i+1, lines[i].Session, lines[i].Seq, lines[i-1].Seq)
		}
	}
	if o := lines[len(lines)-1].Outcome; o != "quit" {
		t.Errorf("the last line says %q, want quit (the record written after the program ended)", o)
	}
}
