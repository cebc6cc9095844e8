//go:build unix

package journal_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/internal/nohang"
	"github.com/backcoach/backcoach/journal"
)

// notRegular makes, in a temp dir, a named pipe and a symlink to
// /dev/zero in the journal's place.
func notRegular(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.jsonl")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	zero := filepath.Join(dir, "zero.jsonl")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	return map[string]string{"a named pipe": fifo, "/dev/zero": zero, "a folder": dir}
}

// A journal that is not a regular file is refused at once, with an error
// naming it: never a hang on a named pipe, never an endless read of
// /dev/zero.
func TestOnlyARegularJournalIsRead(t *testing.T) {
	for what, path := range notRegular(t) {
		check := func(fn string, err error) {
			t.Helper()
			if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("%s of %s: %v, want an error naming %s as not a regular file", fn, what, err, path)
			}
			if !errors.Is(err, fsx.ErrNotRegular) {
				t.Errorf("%s of %s: %v is not ErrNotRegular", fn, what, err)
			}
		}
		nohang.Within(t, "Read of "+what, func() { _, _, err := journal.Read(path); check("Read", err) })
		nohang.Within(t, "Scan of "+what, func() { _, err := journal.Scan(path, time.Now()); check("Scan", err) })
		nohang.Within(t, "ForStats of "+what, func() { _, err := journal.ForStats(path, time.Now(), time.Now()); check("ForStats", err) })
		nohang.Within(t, "Append to "+what, func() { check("Append", journal.Append(path, full())) })
	}
}
