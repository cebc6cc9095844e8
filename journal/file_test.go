package journal_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/internal/nohang"
	"github.com/backcoach/backcoach/journal"
)

// A journal larger than any backcoach writes (a sparse file of 5 GiB
// here) is refused at once: nothing reads or counts through it.
func TestAHugeJournalIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(5 << 30); err != nil {
		t.Skipf("cannot make a sparse file: %v", err)
	}
	f.Close()
	check := func(fn string, err error) {
		t.Helper()
		if err == nil || !strings.Contains(err.Error(), path+": 5 GiB, more than the 4 GiB") {
			t.Errorf("%s: %v, want the journal refused as too large", fn, err)
		}
	}
	nohang.Within(t, "Scan", func() { _, err := journal.Scan(path, time.Now()); check("Scan", err) })
	nohang.Within(t, "ReadStatus", func() { _, _, err := journal.ReadStatus(path, time.Now()); check("ReadStatus", err) })
}
