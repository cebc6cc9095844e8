//go:build unix

package fsx

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// notPrivateWith checks that err refuses path as not private, saying why.
func notPrivateWith(t *testing.T, err error, path, why string) {
	t.Helper()
	if !errors.Is(err, ErrNotPrivate) || err.Error() != "use "+path+": "+why {
		t.Errorf("PrivateDir = %v; want use %s: %s", err, path, why)
	}
}

// A missing folder is made for this user alone (0700, whatever the
// umask), and one of this user's that no one else may write in is used.
func TestPrivateDirMakesAndTakesAFolderOfOurs(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "backcoach-sounds-1000")
	if err := PrivateDir(path); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(path); err != nil || !st.IsDir() || st.Mode().Perm() != 0o700 {
		t.Errorf("made %v, %v; want a folder, 0700", st.Mode(), err)
	}
	if err := os.Chmod(path, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := PrivateDir(path); err != nil {
		t.Errorf("a folder of ours, 0755: %v; want it used", err)
	}
}

// A folder others may write in, a link to a folder, or a file is not
// used: each could be another user's trap.
func TestPrivateDirRefusesWhatOthersCouldHaveMade(t *testing.T) {
	dir := t.TempDir()
	open := filepath.Join(dir, "open")
	if err := os.Mkdir(open, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(open, 0o777); err != nil {
		t.Fatal(err)
	}
	notPrivateWith(t, PrivateDir(open), open, "others may write in it (drwxrwxrwx)")
	if err := os.Chmod(open, 0o770); err != nil {
		t.Fatal(err)
	}
	notPrivateWith(t, PrivateDir(open), open, "others may write in it (drwxrwx---)")

	ours := filepath.Join(dir, "ours")
	if err := os.Mkdir(ours, 0o700); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(ours, link); err != nil {
		t.Fatal(err)
	}
	notPrivateWith(t, PrivateDir(link), link, "a link, not a folder")

	file := write(t, "file", "")
	notPrivateWith(t, PrivateDir(file), file, "not a folder")
}

// A folder another user made is not used, however private it is. Only
// root can give a folder away, so the test runs only as root.
func TestPrivateDirRefusesAnotherUsersFolder(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("only root can make a folder another user's (chown); run as root to test it")
	}
	path := filepath.Join(t.TempDir(), "theirs")
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(path, 65534, 65534); err != nil {
		t.Skipf("cannot give the folder to uid 65534: %v", err)
	}
	notPrivateWith(t, PrivateDir(path), path, "owned by uid 65534, not by you (uid 0)")
}
