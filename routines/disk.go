package routines

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
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
	f, st, err := openRegular(path)
	if err != nil {
		if nr, ok := err.(notRegular); ok {
			if nr.mode.IsDir() {
				return Routine{}, Errors{{File: display, Msg: "is a folder, want a routine file"}}
			}
			return Routine{}, Errors{{File: display, Msg: fmt.Sprintf("%v; %s", nr, then)}}
		}
		return Routine{}, Errors{{File: display, Msg: "cannot open: " + unwrapPath(err)}}
	}
	defer f.Close()
	if st.Size() > MaxFileSize {
		return Routine{}, Errors{{File: display, Msg: sizeMessage(st.Size())}}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return Routine{}, Errors{{File: display, Msg: "cannot read: " + unwrapPath(err)}}
	}
	return Parse(display, data)
}

// openRegular opens a regular file for reading. What the path names is
// checked before it is opened, so that no device is ever opened (opening
// some has effects), and again after, on the open file, in case it was
// swapped in between.
func openRegular(path string) (*os.File, fs.FileInfo, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, nil, notRegular{st.Mode()}
	}
	return openChecked(path)
}

// openChecked opens path without blocking (a FIFO would wait for a
// writer) and keeps it only if the open file is a regular file.
func openChecked(path string) (*os.File, fs.FileInfo, error) {
	f, err := openNoBlock(path)
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, nil, notRegular{st.Mode()}
	}
	return f, st, nil
}

// notRegular is the error for a path that is not a regular file.
type notRegular struct{ mode fs.FileMode }

func (e notRegular) Error() string {
	return "not a regular file (" + kindOf(e.mode) + ")"
}

// kindOf names what a file that is not a regular file is.
func kindOf(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	}
	return "a special file"
}
