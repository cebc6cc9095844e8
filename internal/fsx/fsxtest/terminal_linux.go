package fsxtest

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"unsafe"
)

// NoTerminalMade runs f, and fails t if a terminal was made while it ran
// (an open of Ptmx); it skips t where that cannot be told. It is told by
// inotify, which hears a terminal's entry made in /dev/pts (an open of
// /dev/ptmx itself it does not hear), between two opens of a file of the
// test's own; a terminal made by another program in between (a test of a
// terminal) makes it run f again, up to five times in all.
func NoTerminalMade(t testing.TB, what string, f func()) {
	t.Helper()
	if _, err := os.Stat(Ptmx); err != nil {
		t.Skipf("no %s here: %v", Ptmx, err)
	}
	marker := filepath.Join(t.TempDir(), "marker")
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
		m, err := os.Open(marker)
		if err != nil {
			t.Fatal(err)
		}
		m.Close()
	}
	for try := 1; ; try++ {
		touch()
		f()
		touch()
		made := eventsBetween(t, fd, watchMarker, watchPts)
		if made == 0 {
			return
		}
		if try == 5 {
			t.Fatalf("%s: %d terminals were made in %s, in each of %d tries", what, made, pts, try)
		}
	}
}

// eventsBetween reads the inotify events queued on fd, and counts those
// of watch between the two touches of marker (an open and a close each).
func eventsBetween(t testing.TB, fd, marker, watch int) int {
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
