package fsx

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/backcoach/backcoach/internal/fsx/fsxtest"
	"github.com/backcoach/backcoach/internal/nohang"
)

// link puts a link named name to target in a temp dir, or skips the test
// where target is missing.
func link(t *testing.T, target, name string) string {
	t.Helper()
	if _, err := os.Stat(target); err != nil {
		t.Skipf("no %s here: %v", target, err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.Symlink(target, path); err != nil {
		t.Fatal(err)
	}
	return path
}

// A file of /proc says it holds 0 bytes and holds more: the cap holds on
// the read, which stops there with an error naming the file.
func TestAProcFileIsReadOnlyUpToTheCap(t *testing.T) {
	const path = "/proc/self/maps"
	if st, err := os.Stat(path); err != nil || st.Size() != 0 {
		t.Skipf("no %s that says 0 bytes here: %v", path, err)
	}
	data, err := ReadFile(path, 16)
	var big *TooLargeError
	if !errors.As(err, &big) || big.Size != 17 || err.Error() != path+": larger than the 16 bytes it may be" || data != nil {
		t.Errorf("ReadFile(%s, 16) = %d bytes, %v; want it refused at 16 bytes", path, len(data), err)
	}
}

// A link to /dev/ptmx is refused without being opened, to read or to
// append to: opening it makes a terminal (and reading it then waits).
func TestALinkToPtmxIsNeverOpened(t *testing.T) {
	path := link(t, fsxtest.Ptmx, "journal.jsonl")
	fsxtest.NoTerminalMade(t, "ReadFile of a link to "+fsxtest.Ptmx, func() {
		nohang.Within(t, "ReadFile of a link to "+fsxtest.Ptmx, func() {
			_, err := ReadFile(path, 1024)
			refused(t, "ReadFile", err, path, "a character device")
		})
	})
	fsxtest.NoTerminalMade(t, "OpenFile to append to a link to "+fsxtest.Ptmx, func() {
		_, _, err := OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o600)
		refused(t, "OpenFile", err, path, "a character device")
	})
}
