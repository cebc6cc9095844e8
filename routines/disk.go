package routines

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/backcoach/backcoach/internal/fsx"
)

// LoadDir reads the routine files at the top of a folder on disk, like
// LoadFS(os.DirFS(dir), dir), but opens only regular files and never
// waits on one: a FIFO, a socket or a link to a device (/dev/tty,
// /dev/zero) named *.yaml is skipped with an error naming it, and the
// other files load. Like LoadFS, it reads at most MaxFolderFiles files
// and MaxFolderSize bytes.
func LoadDir(dir string) ([]Routine, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, Errors{{File: dir, Msg: "cannot read the folder: " + unwrapPath(err)}}
	}
	return loadEntries(entries, dir, func(name, display string, limit int64) ([]byte, error) {
		return readDisk(filepath.Join(dir, name), display, "skipped", limit)
	})
}

// readDisk reads one file from disk, of at most limit bytes: a larger
// one is refused by its size before it is read, with errOverBudget when
// it is no larger than MaxFileSize. A file that is not a regular file is
// refused; the message ends with what was done about it (then).
func readDisk(path, display, then string, limit int64) ([]byte, error) {
	data, err := fsx.ReadFile(path, limit)
	var (
		nr  *fsx.NotRegularError
		big *fsx.TooLargeError
		pe  *fs.PathError
	)
	switch {
	case errors.As(err, &nr) && nr.Mode.IsDir():
		return nil, Errors{{File: display, Msg: "is a folder, want a routine file"}}
	case errors.As(err, &nr):
		return nil, Errors{{File: display, Msg: nr.What() + "; " + then}}
	case errors.As(err, &big) && big.Size <= MaxFileSize:
		return nil, errOverBudget
	case errors.As(err, &big):
		return nil, Errors{{File: display, Msg: sizeMessage(big.Size)}}
	case errors.As(err, &pe) && pe.Op == "read":
		return nil, Errors{{File: display, Msg: "cannot read: " + unwrapPath(err)}}
	case err != nil:
		return nil, Errors{{File: display, Msg: "cannot open: " + unwrapPath(err)}}
	}
	return data, nil
}
