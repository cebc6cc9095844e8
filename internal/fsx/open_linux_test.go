package fsx

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"unsafe"

	"github.com/backcoach/backcoach/internal/nohang"
)

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

// A link to /dev/ptmx is refused without being opened: opening it makes a
// terminal (and reading it then waits). Whether it was opened is told by
// inotify, which hears a terminal's entry made in /dev/pts (an open of
// /dev/ptmx itself it does not hear), between two opens of a file of the
// test's own; a terminal made by another program in between (a test of a
// terminal) makes the test look again.
func TestALinkToPtmxIsNeverOpened(t *testing.T) {
	const ptmx, pts = "/dev/ptmx", "/dev/pts"
	if _, err := os.Stat(ptmx); err != nil {
		t.Skipf("no %s here: %v", ptmx, err)
	}
	dir := t.TempDir()
	path, marker := filepath.Join(dir, "journal.jsonl"), filepath.Join(dir, "marker")
	if err := os.Symlink(ptmx, path); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(marker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	fd, err := syscall.InotifyInit1(syscall.IN_NONBLOCK | syscall.IN_CLOEXEC)
	if err != nil {
		t.Skipf("no inotify: %v", err)
	}
	defer syscall.Close(fd)
	watchPts, err := syscall.InotifyAddWatch(fd, pts, syscall.IN_CREATE)
	if err != nil {
		t.Skipf("cannot watch %s: %v", pts, err)
	}
	// The marker's open and close differ, so that inotify, which merges
	// an event into the last one unread if they are alike, keeps both.
	watchMarker, err := syscall.InotifyAddWatch(fd, marker, syscall.IN_OPEN|syscall.IN_CLOSE_NOWRITE)
	if err != nil {
		t.Fatal(err)
	}
	touch := func() {
		f, err := os.Open(marker)
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	for try := 1; ; try++ {
		touch()
		nohang.Within(t, "ReadFile of a link to "+ptmx, func() {
			_, err := ReadFile(path, 1024)
			refused(t, "ReadFile", err, path, "a character device")
		})
		touch()
		made := eventsBetween(t, fd, watchMarker, watchPts)
		if made == 0 {
			return
		}
		if try == 5 {
			t.Fatalf("%d terminals were made in %s while a link to %s was read, in each of %d tries", made, pts, ptmx, try)
		}
	}
}

// eventsBetween reads the inotify events queued on fd, and counts those
// of watch between the two touches of marker (an open and a close each).
func eventsBetween(t *testing.T, fd, marker, watch int) int {
	t.Helper()
	buf := make([]byte, 64<<10)
	n, err := syscall.Read(fd, buf)
	if err != nil {
		t.Fatal(err)
	}
	markers, events := 0, 0
	for off := 0; off+syscall.SizeofInotifyEvent <= n; {
		ev := (*syscall.InotifyEvent)(unsafe.Pointer(&buf[off]))
		switch {
		case int(ev.Wd) == marker:
			markers++
		case int(ev.Wd) == watch && markers == 2:
			events++
		}
		off += syscall.SizeofInotifyEvent + int(ev.Len)
	}
	if markers != 4 {
		t.Fatalf("inotify told %d opens and closes of the marker, want 4", markers)
	}
	return events
}
