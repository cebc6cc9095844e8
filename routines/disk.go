package routines

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/backcoach/backcoach/internal/fsx"
)

// LoadDir reads every routine file at the top of a folder on disk, like
// LoadFS(os.DirFS(dir), dir), but opens only regular files and never
// waits on one: a FIFO, a socket or a link to a device (/dev/tty,
// /dev/zero) named *.yaml is skipped with an error naming it, and the
// other files load.
func LoadDir(dir string) ([]Routine, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, Errors{{File: dir, Msg: "cannot read the folder: " + unwrapPath(err)}}
	}
	return loadEntries(entries, dir, func(name, display string) (Routine, error) {
		return readDisk(filepath.Join(dir, name), display, "skipped")
	})
}

// readDisk reads and parses one file from disk. A file that is not a
// regular file is refused; the message ends with what was done about it.
func readDisk(path, display, then string) (Routine, error) {
	data, err := fsx.ReadFile(path, MaxFileSize)
	var (
		nr  *fsx.NotRegularError
		big *fsx.TooLargeError
		pe  *fs.PathError
	)
	switch {
	case errors.As(err, &nr) && nr.Mode.IsDir():
		return Routine{}, Errors{{File: display, Msg: "is a folder, want a routine file"}}
	case errors.As(err, &nr):
		return Routine{}, Errors{{File: display, Msg: nr.What() + "; " + then}}
	case errors.As(err, &big):
		return Routine{}, Errors{{File: display, Msg: sizeMessage(big.Size)}}
	case errors.As(err, &pe) && pe.Op == "read":
		return Routine{}, Errors{{File: display, Msg: "cannot read: " + unwrapPath(err)}}
	case err != nil:
		return Routine{}, Errors{{File: display, Msg: "cannot open: " + unwrapPath(err)}}
	}
	return Parse(display, data)
}
