package fsx

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// write puts body in a new file named name in a temp dir.
func write(t *testing.T, name, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// hook sets beforeOpen for the test.
func hook(t *testing.T, f func(path string)) {
	t.Helper()
	beforeOpen = f
	t.Cleanup(func() { beforeOpen = nil })
}

// A file of up to the cap is read whole; one byte more is refused with an
// error naming it, before anything is read.
func TestReadFileHoldsTheCap(t *testing.T) {
	for _, c := range []struct {
		size, limit int64
		err         string
	}{
		{0, 0, ""},
		{1024, 1024, ""},
		{1025, 1024, "larger than the 1 KiB it may be"},
		{5 << 20, 64 << 10, "larger than the 64 KiB it may be"},
	} {
		path := write(t, "state.json", strings.Repeat("x", int(c.size)))
		data, err := ReadFile(path, c.limit)
		if c.err == "" {
			if err != nil || int64(len(data)) != c.size {
				t.Errorf("%d bytes, cap %d: read %d, %v; want it whole", c.size, c.limit, len(data), err)
			}
			continue
		}
		var big *TooLargeError
		if !errors.As(err, &big) || big.Size != c.size || err.Error() != path+": "+c.err {
			t.Errorf("%d bytes, cap %d: %d bytes, %v; want %s: %s", c.size, c.limit, len(data), err, path, c.err)
		}
	}
}

// A folder is refused, named as one, as every path that is no regular
// file is: with the path, and ErrNotRegular to errors.Is.
func TestAFolderIsRefused(t *testing.T) {
	dir := t.TempDir()
	_, err := ReadFile(dir, 1<<20)
	if !errors.Is(err, ErrNotRegular) || err.Error() != dir+": not a regular file (a folder)" {
		t.Errorf("ReadFile(folder) = %v, want %s: not a regular file (a folder)", err, dir)
	}
	if _, _, err := OpenFile(dir, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o600); !errors.Is(err, ErrNotRegular) {
		t.Errorf("OpenFile(folder) to append = %v, want ErrNotRegular", err)
	}
}

// A file renamed over between the look and the open (as a state file is
// written) is looked at again: what is read is the new file, whole.
func TestAFileRenamedOverIsReadAnew(t *testing.T) {
	path := write(t, "remind.json", "old")
	next := filepath.Join(filepath.Dir(path), "remind.json.42")
	if err := os.WriteFile(next, []byte("the new state"), 0o600); err != nil {
		t.Fatal(err)
	}
	looks := 0
	hook(t, func(string) {
		if looks++; looks == 1 {
			if err := os.Rename(next, path); err != nil {
				t.Fatal(err)
			}
		}
	})
	data, err := ReadFile(path, 1024)
	if err != nil || string(data) != "the new state" || looks != 2 {
		t.Errorf("ReadFile = %q, %v after %d looks; want the new state after 2", data, err, looks)
	}
}

// The journal's open makes a missing file, appends to one that is there,
// and makes a file removed in between anew.
func TestOpenFileToAppend(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	appendLine := func(line string) {
		t.Helper()
		f, _, err := OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o600)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if _, err := f.WriteString(line); err != nil {
			t.Fatal(err)
		}
	}
	appendLine("a\n")
	appendLine("b\n")
	if b, err := os.ReadFile(path); err != nil || string(b) != "a\nb\n" {
		t.Errorf("journal %q, %v; want a and b", b, err)
	}
	hook(t, func(p string) { os.Remove(p) })
	appendLine("c\n")
	if b, err := os.ReadFile(path); err != nil || string(b) != "c\n" {
		t.Errorf("journal %q, %v; want only c, in a file made anew", b, err)
	}
}
