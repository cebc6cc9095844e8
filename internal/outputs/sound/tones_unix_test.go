//go:build unix

package sound

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"

	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/internal/nohang"
)

// writeTones runs WriteTones on dir, failing the test if it blocks, and
// checks that the go tone is then in place, a regular file.
func writeTones(t *testing.T, dir string) {
	t.Helper()
	var files [cues]string
	var err error
	nohang.Within(t, "WriteTones", func() { files, err = WriteTones(dir) })
	path := filepath.Join(dir, Go.String()+".wav")
	st, lerr := os.Lstat(path)
	b, rerr := os.ReadFile(path)
	if err != nil || files[Go] != path || lerr != nil || !st.Mode().IsRegular() || rerr != nil || !bytes.Equal(b, WAV(Go)) {
		t.Errorf("WriteTones: %v; %s is %v (%v) and holds %d bytes (%v), want the go tone", err, path, st.Mode(), lerr, len(b), rerr)
	}
}

// A named pipe where a tone goes hung every run with sound, reading it to
// see whether it holds the tone: it is not read, and the tone replaces it.
func TestWriteTonesDoesNotWaitOnANamedPipe(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, Go.String()+".wav")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	t.Cleanup(func() { // let a reader blocked on it go
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
	})
	writeTones(t, dir)
}

// A link to /dev/zero where a tone goes ran out of memory: it is not
// read, and the tone replaces the link.
func TestWriteTonesReplacesALinkToDevZero(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink("/dev/zero", filepath.Join(dir, Go.String()+".wav")); err != nil {
		t.Fatal(err)
	}
	writeTones(t, dir)
}

// A huge file where a tone goes (1 GiB, sparse) is not read: it is
// replaced, at once and in little memory.
func TestWriteTonesReplacesAHugeFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, Go.String()+".wav")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Skipf("cannot make a sparse file: %v", err)
	}
	f.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	writeTones(t, dir)
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 16<<20 {
		t.Errorf("WriteTones allocated %d MiB with a 1 GiB file in the way: it was read", got>>20)
	}
}

// A link at the tone's old temporary name (go.wav.tmp) made the tone be
// written through it, into the link's target; so did a link in the
// tone's place. Neither target is touched now.
func TestWriteTonesNeverWritesThroughALink(t *testing.T) {
	dir, elsewhere := t.TempDir(), t.TempDir()
	victims := map[string]string{Go.String() + ".wav.tmp": "victim.txt", Rest.String() + ".wav": "other.txt"}
	for name, victim := range victims {
		if err := os.WriteFile(filepath.Join(elsewhere, victim), []byte("mine"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(filepath.Join(elsewhere, victim), filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	writeTones(t, dir)
	for _, victim := range victims {
		if b, err := os.ReadFile(filepath.Join(elsewhere, victim)); err != nil || string(b) != "mine" {
			t.Errorf("%s now holds %d bytes (%v): a tone was written through a link", victim, len(b), err)
		}
	}
}

// With no cache folder, the tones go to a folder of the temp folder that
// backcoach makes for this user alone; one another user could have made
// or written in is not used, and the error says why.
func TestFolderInTheTempFolderIsPrivate(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	if dir, err := Folder("/home/u/.cache/backcoach/sounds"); err != nil || dir != "/home/u/.cache/backcoach/sounds" {
		t.Errorf("Folder of a cache folder = %s, %v; want it as it is", dir, err)
	}
	want := filepath.Join(tmp, "backcoach-sounds-"+strconv.Itoa(os.Getuid()))
	dir, err := Folder("")
	if st, serr := os.Lstat(dir); err != nil || dir != want || serr != nil || st.Mode().Perm() != 0o700 {
		t.Fatalf("Folder(\"\") = %s, %v; want %s made 0700", dir, err, want)
	}
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	if _, err := Folder(""); !errors.Is(err, fsx.ErrNotPrivate) {
		t.Errorf("Folder with a folder anyone may write in: %v, want it refused", err)
	}
	if err := os.Remove(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(t.TempDir(), dir); err != nil {
		t.Fatal(err)
	}
	if got, err := Folder(""); !errors.Is(err, fsx.ErrNotPrivate) || got != want {
		t.Errorf("Folder with a link in its place = %s, %v; want it refused, named", got, err)
	}
	if os.Getuid() != 0 {
		t.Skip("a folder of another user's: only root can make one (chown); run as root to test it")
	}
	if err := os.Remove(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(dir, 65534, 65534); err != nil {
		t.Skipf("cannot give the folder to uid 65534: %v", err)
	}
	if _, err := Folder(""); !errors.Is(err, fsx.ErrNotPrivate) {
		t.Errorf("Folder with another user's folder in its place: %v, want it refused", err)
	}
}
