package fsx

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// names sets tempName for the test: the first names come from fixed, then
// the usual random ones.
func names(t *testing.T, fixed ...string) {
	t.Helper()
	random := tempName
	tempName = func(base string) string {
		if len(fixed) == 0 {
			return random(base)
		}
		name := fixed[0]
		fixed = fixed[1:]
		return name
	}
	t.Cleanup(func() { tempName = random })
}

// only checks that dir holds just the files named, whatever it held.
func only(t *testing.T, dir string, want ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, e := range entries {
		have = append(have, e.Name())
	}
	if strings.Join(have, " ") != strings.Join(want, " ") {
		t.Errorf("%s holds %v, want %v: a temporary file left behind?", dir, have, want)
	}
}

// WriteFile replaces a file whole, with the mode asked for whatever the
// umask, makes a missing one, and leaves no temporary file behind.
func TestWriteFileReplacesAFile(t *testing.T) {
	path := write(t, "level", "an old, longer content\n")
	if err := WriteFile(path, []byte("full\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	st, _ := os.Stat(path)
	if err != nil || string(b) != "full\n" || (runtime.GOOS != "windows" && st.Mode().Perm() != 0o644) {
		t.Errorf("after WriteFile: %q, %v, mode %v; want full, 0644", b, err, st.Mode())
	}
	dir := filepath.Dir(path)
	fresh := filepath.Join(dir, "remind.json")
	if err := WriteFile(fresh, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(fresh); err != nil || (runtime.GOOS != "windows" && st.Mode().Perm() != 0o600) {
		t.Errorf("a new file: %v, %v; want it made 0600", st, err)
	}
	only(t, dir, "level", "remind.json")
}

// A link at the file's own path is replaced by the file, not written
// through: its target is left as it is.
func TestWriteFileReplacesALinkNotItsTarget(t *testing.T) {
	dir := t.TempDir()
	victim, path := filepath.Join(dir, "victim.txt"), filepath.Join(dir, "go.wav")
	if err := os.WriteFile(victim, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(victim, path); err != nil {
		t.Skipf("no links here: %v", err)
	}
	if err := WriteFile(path, []byte("RIFF"), 0o600); err != nil {
		t.Fatal(err)
	}
	untouched(t, victim)
	if st, err := os.Lstat(path); err != nil || !st.Mode().IsRegular() {
		t.Errorf("%s: %v, %v; want a regular file in the link's place", path, st, err)
	}
}

// A link put at the temporary file's name, whatever the name (here the
// first two tried), is never written through: another name is taken.
func TestWriteFileNeverWritesThroughALinkAtItsTemporaryName(t *testing.T) {
	dir := t.TempDir()
	victim, path := filepath.Join(dir, "victim.txt"), filepath.Join(dir, "remind.json")
	if err := os.WriteFile(victim, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"planted.1", "planted.2"} {
		if err := os.Symlink(victim, filepath.Join(dir, name)); err != nil {
			t.Skipf("no links here: %v", err)
		}
	}
	names(t, "planted.1", "planted.2")
	if err := WriteFile(path, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	untouched(t, victim)
	if b, err := os.ReadFile(path); err != nil || string(b) != "{}" {
		t.Errorf("%s: %q, %v; want {}", path, b, err)
	}
	only(t, dir, "planted.1", "planted.2", "remind.json", "victim.txt")
}

// Where every name tried is taken, WriteFile gives up with an error that
// names the file, not the temporary one, and touches nothing.
func TestWriteFileGivesUpWhenEveryNameIsTaken(t *testing.T) {
	dir := t.TempDir()
	victim, path := filepath.Join(dir, "victim.txt"), filepath.Join(dir, "remind.json")
	if err := os.WriteFile(victim, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(victim, filepath.Join(dir, "planted")); err != nil {
		t.Skipf("no links here: %v", err)
	}
	fixed := make([]string, tempTries)
	for i := range fixed {
		fixed[i] = "planted"
	}
	names(t, fixed...)
	err := WriteFile(path, []byte("{}"), 0o600)
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Path != path || !errors.Is(err, fs.ErrExist) {
		t.Errorf("WriteFile = %v; want an error naming %s", err, path)
	}
	untouched(t, victim)
	only(t, dir, "planted", "victim.txt")
}

// A folder that cannot be written in is said with the file's path.
func TestWriteFileNamesTheFileOnAnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "remind.json")
	err := WriteFile(path, []byte("{}"), 0o600)
	if err == nil || !strings.HasPrefix(err.Error(), "write "+path+": ") || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("WriteFile in a missing folder = %v; want write %s: ...", err, path)
	}
}

// untouched checks that the victim file still holds what it held.
func untouched(t *testing.T, victim string) {
	t.Helper()
	if b, err := os.ReadFile(victim); err != nil || string(b) != "mine" {
		t.Errorf("%s now holds %q (%v): written through a link", victim, b, err)
	}
}
