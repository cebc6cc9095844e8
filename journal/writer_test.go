package journal_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/backcoach/backcoach/journal"
)

// Snapshots of two sessions written at once, from goroutines, as the
// coach's commands write them: each session's lines come out with its
// Seq growing, the newest last (issue 13, item 4).
func TestWriterKeepsEachSessionInOrder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	w := journal.NewWriter(path)
	const n = 50
	var wg sync.WaitGroup
	for seq := 1; seq <= n; seq++ {
		for _, id := range []string{"a", "b"} {
			wg.Go(func() {
				s := full()
				s.ID, s.Seq = id, seq
				if err := w.Append(s); err != nil {
					t.Error(err)
				}
			})
		}
	}
	wg.Wait()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	last := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, journal.MaxLine)
	for line := 1; sc.Scan(); line++ {
		var s journal.Session
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		if s.Seq <= last[s.ID] {
			t.Errorf("line %d: session %s seq %d after seq %d", line, s.ID, s.Seq, last[s.ID])
		}
		last[s.ID] = s.Seq
	}
	if fmt.Sprint(last) != fmt.Sprintf("map[a:%d b:%d]", n, n) {
		t.Errorf("the last snapshots written %v, want seq %d of both", last, n)
	}
}
