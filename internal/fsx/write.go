package fsx

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// tempName is the name of a temporary file for the file named base: the
// pid says whose it is, the random part keeps it from being guessed, so
// that nothing can be put there beforehand. Tests replace it.
var tempName = func(base string) string {
	return fmt.Sprintf("%s.%d.%016x.tmp", base, os.Getpid(), rand.Uint64())
}

// TempOf says whether name is one of WriteFile's temporary files for the
// file named base, and the pid of the process that made it: a writer
// killed between writing and renaming leaves one, which its file's owner
// may remove once that process is gone.
func TempOf(base, name string) (pid int, ok bool) {
	rest, ok := strings.CutPrefix(name, base+".")
	if !ok {
		return 0, false
	}
	rest, ok = strings.CutSuffix(rest, ".tmp")
	digits, random, found := strings.Cut(rest, ".")
	if !ok || !found || len(random) != 16 || strings.Trim(random, "0123456789abcdef") != "" {
		return 0, false
	}
	pid, err := strconv.Atoi(digits)
	if err != nil || pid <= 0 || strconv.Itoa(pid) != digits {
		return 0, false
	}
	return pid, true
}

// tempTries is how many names a temporary file is tried under before
// WriteFile gives up: a name taken (by a link put there, or a file left
// by a writer killed) is passed over for another.
const tempTries = 100

// WriteFile replaces the file at path with data, whole: readers see the
// old file or the new one, never half of it. data goes to a temporary
// file beside path that only this call has opened: made anew under a
// random name (O_CREATE|O_EXCL|O_NOFOLLOW, 0600, so a link or a named
// pipe put at any name is never followed or opened), written, given perm,
// synced, then renamed over path, and the folder synced. A link at path
// is replaced, never followed: its target is left as it is. On an error
// the temporary file is removed and path is as it was; the error names
// path, not the temporary file.
func WriteFile(path string, data []byte, perm fs.FileMode) error {
	dir := filepath.Dir(path)
	f, err := createTemp(dir, filepath.Base(path))
	if err != nil {
		return &fs.PathError{Op: "write", Path: path, Err: unwrapPath(err)}
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil && perm != 0o600 {
		err = f.Chmod(perm)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return &fs.PathError{Op: "write", Path: path, Err: unwrapPath(err)}
	}
	syncDir(dir)
	return nil
}

// createTemp makes a new temporary file for base in dir.
func createTemp(dir, base string) (*os.File, error) {
	for try := 1; ; try++ {
		f, err := os.OpenFile(filepath.Join(dir, tempName(base)), os.O_WRONLY|os.O_CREATE|os.O_EXCL|createFlags, 0o600)
		if err == nil || try == tempTries || !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
}

// unwrapPath is err without the path and operation os put around it.
func unwrapPath(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}

// syncDir makes a rename in dir last through a crash, where the system
// can: a folder cannot be synced on Windows, and some file systems refuse
// to. The file is in place either way, so a failure is not an error.
func syncDir(dir string) {
	if runtime.GOOS == "windows" {
		return
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}
