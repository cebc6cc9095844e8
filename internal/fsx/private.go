package fsx

import (
	"errors"
	"io/fs"
	"os"
)

// ErrNotPrivate is wrapped by PrivateDir's error for a folder that others
// could have written in, or that is not the folder it seems.
var ErrNotPrivate = errors.New("not a private folder")

// notPrivate says why a folder is not private: "owned by uid 65534, not
// by you".
type notPrivate string

func (e notPrivate) Error() string      { return string(e) }
func (notPrivate) Is(target error) bool { return target == ErrNotPrivate }

// PrivateDir makes the folder at path for this user alone (0700) if it is
// missing, and checks it either way: a folder in a place others write in
// (the system's temp folder) may have been made by another user first, to
// put links in it that backcoach would then write through. The folder is
// used only if it is a folder, not a link to one, owned by this user, and
// writable by no one else (on Windows, where modes and owners say nothing
// of this, only the first two). Otherwise the error, an *fs.PathError
// wrapping ErrNotPrivate, says why: "a link, not a folder".
func PrivateDir(path string) error {
	if err := os.Mkdir(path, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	st, err := os.Lstat(path)
	if err != nil {
		return err
	}
	why := ""
	switch {
	case st.Mode()&fs.ModeSymlink != 0:
		why = "a link, not a folder"
	case !st.IsDir():
		why = "not a folder"
	default:
		why = notOurs(st)
	}
	if why != "" {
		return &fs.PathError{Op: "use", Path: path, Err: notPrivate(why)}
	}
	return nil
}
