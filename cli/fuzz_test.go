package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/journal"
)

// fuzzSeeds are journals to start from: a good one over days up to now,
// and the damage the issue found.
func fuzzSeeds(now time.Time) []string {
	var good strings.Builder
	for d := 2; d >= 0; d-- { // small: the fuzzer minimizes what it finds
		s := session(fmt.Sprint(d), now.AddDate(0, 0, -d).Add(-time.Hour), journal.Finished, 3, 2)
		s.V, s.Exercises = journal.Version, s.Exercises[:1]
		b, _ := json.Marshal(s)
		good.Write(append(b, '\n'))
	}
	g := good.String()
	first := g[:strings.IndexByte(g, '\n')]
	return []string{
		g,
		g[:len(g)-40], // torn
		strings.Replace(g, `"seconds":200`, `"seconds":-60`, 1),
		strings.ReplaceAll(g, `"seconds":200`, `"seconds":1.7e308`),
		strings.Replace(g, `"started":"`+now.Format("2006"), `"started":"9999`, 1),
		strings.Replace(g, `"name":"Low back"`, `"name":"=HYPERLINK(\"x\")\u001b]52;c;cm0gLXJmIH4=\u0007\u001b[2J"`, 1),
		strings.Replace(first, `"v":1,"session":"2"`, `"session":"2","v":1`, 1) + "\n", // not in Append's shape
		"}{\n\n\x00\xff",
		"",
	}
}

// FuzzJournal runs history, its exports and status over any journal: no
// panic, no hang, exit 0 or 1, and nothing printed that could act on a
// terminal.
//
//	go test ./cli -run '^$' -fuzz FuzzJournal -fuzztime 10m
func FuzzJournal(f *testing.F) {
	for _, s := range fuzzSeeds(testNow) {
		f.Add([]byte(s))
	}
	state := f.TempDir() // one a process: each input replaces the journal
	path := filepath.Join(state, "backcoach", "journal.jsonl")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		f.Fatal(err)
	}
	getenv := func(k string) string {
		return map[string]string{"XDG_STATE_HOME": state, "NO_COLOR": "1"}[k]
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"history"}, {"history", "--export", "csv"}, {"history", "--export", "json"}, {"status"}} {
			var out, errb bytes.Buffer
			done := make(chan int, 1)
			go func() {
				done <- Main(args, Env{Stdout: &out, Stderr: &errb, Getenv: getenv, Terminal: func() (bool, bool) { return false, false },
					Now: func() time.Time { return testNow }})
			}()
			var code int
			select {
			case code = <-done:
			case <-time.After(10 * time.Second):
				t.Fatalf("%v hung on %q", args, data)
			}
			if code != 0 && code != 1 {
				t.Errorf("%v: exit %d, stderr %q", args, code, errb.String())
			}
			if c := unsafeIn(out.String()); c != "" {
				t.Errorf("%v printed %q to stdout:\n%q", args, c, out.String())
			}
			if c := unsafeIn(errb.String()); c != "" {
				t.Errorf("%v printed %q to stderr:\n%q", args, c, errb.String())
			}
		}
	})
}
