package routines_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/backcoach/backcoach/routines"
)

// folderOf writes files named by names into a new folder, each the good
// routine named after its file, padded with a comment to size bytes when
// size is larger.
func folderOf(t testing.TB, size int, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range names {
		body := "name: " + strings.TrimSuffix(name, ".yaml") + "\nexercises:\n" + birdDog
		if pad := size - len(body) - 2; pad > 0 {
			body += "#" + strings.Repeat("x", pad) + "\n"
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func numbered(n int, format string) []string {
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf(format, i)
	}
	return names
}

// A folder of 30 broken 1 MiB files made list and every TAB take 4 s,
// and remind read them again at every break: a folder is read only up to
// MaxFolderFiles routine files, the first by name, and the rest named.
func TestAFolderReadsAtMostMaxFolderFiles(t *testing.T) {
	dir := folderOf(t, 0, numbered(routines.MaxFolderFiles+2, "r%03d.yaml")...)
	// Past the bound, a broken file is not read: its errors never show.
	if err := os.WriteFile(filepath.Join(dir, "z-broken.yaml"), []byte("name: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), nil, 0o644); err != nil {
		t.Fatal(err) // not a routine file: not counted
	}
	rs, err := routines.LoadDir(dir)
	if len(rs) != routines.MaxFolderFiles || rs[0].ID != "r000" || rs[len(rs)-1].ID != fmt.Sprintf("r%03d", routines.MaxFolderFiles-1) {
		t.Errorf("loaded %d routines (%v...), want the first %d by name", len(rs), ids(rs[:min(3, len(rs))]), routines.MaxFolderFiles)
	}
	want := fmt.Sprintf("%s: 103 routine files, more than %d; the first %d by name are read, not the 3 from r%03d.yaml on",
		dir, routines.MaxFolderFiles, routines.MaxFolderFiles, routines.MaxFolderFiles)
	if err == nil || err.Error() != want {
		t.Errorf("error:\n got %v\nwant %s", err, want)
	}
	if files := routines.ErrorFiles(err); len(files) != 1 || files[0] != dir {
		t.Errorf("the error names %q, want the folder alone", files)
	}
}

// A folder is read up to MaxFolderSize bytes in all: a file that would
// take it past is not read, and the error names it; the smaller files
// after it are read. A file over MaxFileSize is refused by its size,
// unread, and takes nothing from what is left.
func TestAFolderReadsAtMostMaxFolderSize(t *testing.T) {
	each := routines.MaxFolderSize / 4 * 9 / 10 // four fit, not five
	dir := folderOf(t, each, numbered(6, "r%d.yaml")...)
	small := folderOf(t, 0, "s0.yaml", "s1.yaml")
	for _, name := range []string{"s0.yaml", "s1.yaml"} {
		if err := os.Rename(filepath.Join(small, name), filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	huge := filepath.Join(dir, "a-huge.yaml") // first by name
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(8 << 30); err != nil { // sparse: 8 GiB that take no room
		t.Skipf("no sparse files here: %v", err)
	}
	f.Close()
	rs, err := routines.LoadDir(dir)
	if got := ids(rs); strings.Join(got, " ") != "r0 r1 r2 r3 s0 s1" {
		t.Errorf("loaded %q, want r0 to r3, s0 and s1", got)
	}
	want := huge + fmt.Sprintf(": file is %d bytes, over the 1 MiB (1048576-byte) limit for a routine\n", int64(8<<30)) +
		dir + ": the routine files hold more than 2 MiB in all; not read: r4.yaml and r5.yaml"
	if err == nil || err.Error() != want {
		t.Errorf("error:\n got %v\nwant %s", err, want)
	}
	// Many files too many: the first named, and how many more.
	dir = folderOf(t, each, numbered(9, "r%d.yaml")...)
	_, err = routines.LoadDir(dir)
	if want := dir + ": the routine files hold more than 2 MiB in all; not read: r4.yaml, r5.yaml and 3 more"; err == nil || err.Error() != want {
		t.Errorf("error:\n got %v\nwant %s", err, want)
	}
}
