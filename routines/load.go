package routines

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/backcoach/backcoach/internal/fsx"
)

// IsRoutineFile reports whether a file name is a routine file: *.yaml or
// *.yml, in any case (Neck.YAML too, as some editors and systems write it).
func IsRoutineFile(name string) bool {
	return routineExt(name) != ""
}

// routineExt is the routine file extension name ends with (".YAML"), or "".
func routineExt(name string) string {
	if e := path.Ext(name); strings.EqualFold(e, ".yaml") || strings.EqualFold(e, ".yml") {
		return e
	}
	return ""
}

// LoadFS reads every routine file at the top of fsys, in name order. source
// is BuiltIn or the folder's path: it names the files in errors and is kept
// in each Routine's Source. A broken file does not stop the others; its
// problems come back in the error (Errors). Two files with one id are an
// error too, and only the first is kept. At most MaxFolderFiles files are
// read, and MaxFolderSize bytes; the files past either are not read, and
// the error says which.
//
// For a folder on disk use LoadDir: os.DirFS opens a FIFO named *.yaml
// and waits on it for ever.
func LoadFS(fsys fs.FS, source string) ([]Routine, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, Errors{{File: source, Msg: "cannot read the folder: " + unwrapPath(err)}}
	}
	return loadEntries(entries, source, func(name, display string, limit int64) ([]byte, error) {
		return readFS(fsys, name, display, limit)
	})
}

// LoadFile reads one routine file from disk; like LoadDir, only a regular
// file, and without waiting on it.
func LoadFile(file string) (Routine, error) {
	data, err := readDisk(file, file, "want a routine file", MaxFileSize)
	if err != nil {
		return Routine{}, err
	}
	r, err := Parse(file, data)
	if err != nil {
		return Routine{}, err
	}
	r.Source = file
	return r, nil
}

// readFS reads one file of an fs.FS, as readDisk does: refusing files
// that are not regular files, and files over limit before reading them.
func readFS(fsys fs.FS, name, display string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, Errors{{File: display, Msg: "cannot open: " + unwrapPath(err)}}
	}
	defer f.Close()
	size := int64(-1)
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, Errors{{File: display, Msg: "is a folder, want a routine file"}}
	} else if err == nil && !st.Mode().IsRegular() {
		return nil, Errors{{File: display, Msg: (&fsx.NotRegularError{Mode: st.Mode()}).What() + "; skipped"}}
	} else if err == nil {
		size = st.Size()
	}
	if size <= limit {
		var data []byte
		if data, err = io.ReadAll(io.LimitReader(f, limit+1)); err != nil {
			return nil, Errors{{File: display, Msg: "cannot read: " + unwrapPath(err)}}
		}
		if size = int64(len(data)); size <= limit {
			return data, nil
		}
	}
	if size > MaxFileSize {
		return nil, Errors{{File: display, Msg: sizeMessage(size)}}
	}
	return nil, errOverBudget
}

// Merge lays routine sets over each other: a routine in a later set
// replaces the one with its id in an earlier set, in place; new ids are
// added in their set's order.
func Merge(sets ...[]Routine) []Routine {
	var out []Routine
	at := map[string]int{}
	for _, set := range sets {
		for _, r := range set {
			if i, ok := at[r.ID]; ok {
				out[i] = r
				continue
			}
			at[r.ID] = len(out)
			out = append(out, r)
		}
	}
	return out
}

// Find returns the routine with an id.
func Find(rs []Routine, id string) (Routine, bool) {
	for _, r := range rs {
		if r.ID == id {
			return r, true
		}
	}
	return Routine{}, false
}

// IDs lists the routines' ids, sorted, for messages.
func IDs(rs []Routine) []string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	sort.Strings(ids)
	return ids
}

// ErrorFiles returns the files named in an error from LoadFS, in order,
// each once.
func ErrorFiles(err error) []string {
	var es Errors
	if !errors.As(err, &es) {
		return nil
	}
	var files []string
	seen := map[string]bool{}
	for _, e := range es {
		if !seen[e.File] {
			seen[e.File] = true
			files = append(files, e.File)
		}
	}
	return files
}

func asErrors(err error, file string) Errors {
	var es Errors
	if errors.As(err, &es) {
		return es
	}
	return Errors{{File: file, Msg: err.Error()}}
}

func displayPath(source, name string) string {
	if source == BuiltIn {
		return name
	}
	return filepath.Join(source, filepath.FromSlash(path.Clean(name)))
}

// unwrapPath drops the path an fs error repeats, since the message already
// names the file.
func unwrapPath(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// LoadBuiltIns reads the built-in routines (routines/*.yaml) and the
// prevention tips (tips.yaml) from fsys, the embedded data.FS.
func LoadBuiltIns(fsys fs.FS) ([]Routine, []Tip, error) {
	sub, err := fs.Sub(fsys, "routines")
	if err != nil {
		return nil, nil, err
	}
	rs, err := LoadFS(sub, BuiltIn)
	if err != nil {
		return nil, nil, fmt.Errorf("built-in routines: %w", err)
	}
	data, err := fs.ReadFile(fsys, "tips.yaml")
	if err != nil {
		return nil, nil, err
	}
	tips, err := ParseTips("tips.yaml", data)
	return rs, tips, err
}
