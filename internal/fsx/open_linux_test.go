package fsx

import (
	"os"
	"path/filepath"
	"syscall"
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

// A file of /proc or /sys says it is a regular file, and is the kernel's:
// /proc/kmsg blocks until the kernel says something, /proc/self/pagemap
// never ends. Through a link, to read or to append to, it is refused,
// named as what it is, and never read (nor written to).
func TestAFileOfTheKernelIsRefused(t *testing.T) {
	for _, c := range []struct{ target, of string }{
		{"/proc/self/status", "/proc"},
		{"/proc/self/pagemap", "/proc"},
		{"/sys/kernel/uevent_seqnum", "/sys"},
	} {
		t.Run(c.target, func(t *testing.T) {
			path := link(t, c.target, "remind.json")
			want := path + ": a file of " + c.of + ", not read"
			nohang.Within(t, "ReadFile of "+c.target, func() {
				if data, err := ReadFile(path, 1<<20); err == nil || err.Error() != want || data != nil {
					t.Errorf("ReadFile = %d bytes, %v; want %s", len(data), err, want)
				}
			})
			if _, _, err := OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o600); err == nil || err.Error() != want {
				t.Errorf("OpenFile to append = %v; want %s", err, want)
			}
		})
	}
}

// /proc/kmsg, readable by root (in many containers), blocked every
// command that read it: it is refused at once, before anything is read
// (what is read from it is gone for its other readers).
func TestProcKmsgIsRefusedAtOnce(t *testing.T) {
	const kmsg = "/proc/kmsg"
	if err := syscall.Access(kmsg, 4); err != nil { // R_OK
		t.Skipf("%s is not readable here: %v", kmsg, err)
	}
	path := link(t, kmsg, "neck.yaml")
	nohang.Within(t, "ReadFile of "+kmsg, func() {
		if _, err := ReadFile(path, 1<<20); err == nil || err.Error() != path+": a file of /proc, not read" {
			t.Errorf("ReadFile = %v; want it refused as a file of /proc", err)
		}
	})
}

// A file swapped for a link into /proc after it was looked at is refused
// too: the open file is looked at again, where it is.
func TestAFileSwappedForAKernelsIsRefused(t *testing.T) {
	path := write(t, "remind.json", "{}")
	hook(t, func(p string) {
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink("/proc/self/status", p); err != nil {
			t.Fatal(err)
		}
	})
	if _, err := ReadFile(path, 1<<20); err == nil || err.Error() != path+": a file of /proc, not read" {
		t.Errorf("ReadFile = %v; want it refused as a file of /proc", err)
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
