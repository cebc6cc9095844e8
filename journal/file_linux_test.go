package journal_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/internal/fsx/fsxtest"
	"github.com/backcoach/backcoach/journal"
)

// A journal that is a link to /dev/ptmx was opened (to append, O_RDWR)
// before it was refused, and each open made a terminal. It is refused
// without being opened, by every way in.
func TestAJournalLinkedToPtmxMakesNoTerminal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	if err := os.Symlink(fsxtest.Ptmx, path); err != nil {
		t.Fatal(err)
	}
	check := func(fn string, err error) {
		t.Helper()
		if !errors.Is(err, fsx.ErrNotRegular) {
			t.Errorf("%s of a link to %s: %v, want it refused", fn, fsxtest.Ptmx, err)
		}
	}
	fsxtest.NoTerminalMade(t, "the journal's opens", func() {
		check("Append", journal.Append(path, full()))
		check("Writable", journal.Writable(path))
		_, _, err := journal.Read(path)
		check("Read", err)
		_, err = journal.Scan(path, time.Now())
		check("Scan", err)
	})
}
