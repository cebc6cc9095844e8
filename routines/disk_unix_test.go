//go:build unix

package routines_test

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"

	"github.com/backcoach/backcoach/internal/nohang"
	"github.com/backcoach/backcoach/routines"
)

// specialFolder is a routines folder with one good file and one of each
// kind of file that is not a regular file, named *.yaml.
func specialFolder(t *testing.T) (dir string, specials map[string]string) {
	t.Helper()
	dir = t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.yaml", "name: Good\nexercises:\n"+birdDog)
	fifo := filepath.Join(dir, "fifo.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	// Whatever happens, a reader blocked on the FIFO is let go: opening
	// the other end wakes it, and it reads nothing.
	t.Cleanup(func() {
		if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	})
	for name, target := range map[string]string{"zero.yaml": "/dev/zero", "tty.yml": "/dev/tty"} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	l, err := net.Listen("unix", filepath.Join(dir, "sock.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return dir, map[string]string{
		"fifo.yaml": "a named pipe",
		"sock.yaml": "a socket",
		"tty.yml":   "a character device",
		"zero.yaml": "a character device",
	}
}

// TestLoadDirSkipsWhatIsNotARegularFile: a FIFO named *.yaml hung every
// command that loads routines, and a link to /dev/tty made list read the
// terminal. Only regular files are read; the others are named and
// skipped, and the good file loads.
func TestLoadDirSkipsWhatIsNotARegularFile(t *testing.T) {
	dir, specials := specialFolder(t)
	var rs []routines.Routine
	var err error
	nohang.Within(t, "LoadDir", func() { rs, err = routines.LoadDir(dir) })
	if got := ids(rs); !reflect.DeepEqual(got, []string{"good"}) || rs[0].Source != filepath.Join(dir, "good.yaml") {
		t.Errorf("loaded %q, want only good from %s", got, filepath.Join(dir, "good.yaml"))
	}
	var want []string
	for _, name := range []string{"fifo.yaml", "sock.yaml", "tty.yml", "zero.yaml"} {
		want = append(want, filepath.Join(dir, name)+": not a regular file ("+specials[name]+"); skipped")
	}
	if err == nil || err.Error() != strings.Join(want, "\n") {
		t.Errorf("error:\n got %v\nwant %s", err, strings.Join(want, "\n"))
	}
	var es routines.Errors
	if !errors.As(err, &es) {
		t.Errorf("error is %T, want routines.Errors", err)
	}
}

func TestLoadFileRefusesWhatIsNotARegularFile(t *testing.T) {
	dir, specials := specialFolder(t)
	for name, kind := range specials {
		file := filepath.Join(dir, name)
		var err error
		nohang.Within(t, "LoadFile("+name+")", func() { _, err = routines.LoadFile(file) })
		if want := file + ": not a regular file (" + kind + "); want a routine file"; err == nil || err.Error() != want {
			t.Errorf("LoadFile(%s):\n got %v\nwant %s", name, err, want)
		}
	}
}
