package routines

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/internal/yamlstrict"
)

// Bounds of one folder of routines. A folder is read at every start, at
// every TAB of shell completion and at every break remind gives, and its
// files may come from a stranger: what a folder can cost is bounded like
// what one file can. A real routine is 3-5 kB, so 100 of them hold about
// 0.5 MiB; the largest valid routine (every limit at once) is 117 kB.
const (
	// MaxFolderFiles is the most routine files read from one folder,
	// the first by name; the others are named in an error.
	MaxFolderFiles = 100
	// MaxFolderSize is the most bytes read from one folder's routine
	// files in all: four times what 100 real routines hold, 17 of the
	// largest valid routines, or two of the largest files (MaxFileSize),
	// which yaml.v3 takes about 0.2 s each to parse at worst (a broken
	// file of 26,000 exercises). Files are read in name order while they
	// fit: one that would take the folder past it is not read, and the
	// smaller files after it still are.
	MaxFolderSize = 2 << 20
)

// errOverBudget says a file would take its folder past MaxFolderSize.
var errOverBudget = errors.New("over the folder's size")

// loadEntries reads and parses the routine files among a folder's
// entries, as LoadFS says, within the folder's bounds. read reads one
// file of at most limit bytes, refusing it (errOverBudget) before
// reading it when it is larger but no larger than MaxFileSize.
func loadEntries(entries []fs.DirEntry, source string, read func(name, display string, limit int64) ([]byte, error)) ([]Routine, error) {
	var files []string
	for _, ent := range entries {
		if !ent.IsDir() && IsRoutineFile(ent.Name()) {
			files = append(files, ent.Name())
		}
	}
	var (
		out   []Routine
		errs  Errors
		by    = map[string]string{} // id -> file
		left  = int64(MaxFolderSize)
		unfit []string // not read: past what was left of MaxFolderSize
	)
	for _, file := range files[:min(len(files), MaxFolderFiles)] {
		name := displayPath(source, file)
		data, err := read(file, name, min(MaxFileSize, left))
		if errors.Is(err, errOverBudget) {
			unfit = append(unfit, file)
			continue
		}
		if err != nil {
			errs = append(errs, asErrors(err, name)...)
			continue
		}
		left -= int64(len(data))
		r, err := Parse(name, data)
		if err != nil {
			errs = append(errs, asErrors(err, name)...)
			continue
		}
		if other, dup := by[r.ID]; dup {
			errs = append(errs, &Error{File: name, Field: "id", Msg: fmt.Sprintf("%q is already the id of %s; give each routine its own id", r.ID, other)})
			continue
		}
		by[r.ID] = name
		r.Source = source
		if source != BuiltIn {
			r.Source = name
		}
		out = append(out, r)
	}
	if len(unfit) > 0 {
		errs = append(errs, &Error{File: source, Msg: fmt.Sprintf("the routine files hold more than %s in all; not read: %s",
			words.Size(MaxFolderSize), firstOf(unfit))})
	}
	if len(files) > MaxFolderFiles {
		errs = append(errs, &Error{File: source, Msg: fmt.Sprintf("%s routine files, more than %d; the first %d by name are read, %s",
			yamlstrict.Thousands(len(files)), MaxFolderFiles, MaxFolderFiles, notRead(files[MaxFolderFiles:]))})
	}
	return out, errs.orNil()
}

// firstOf names the first two files, and how many more there are.
func firstOf(files []string) string {
	if len(files) <= 3 {
		return words.And(files)
	}
	return words.And(append(files[:2:2], yamlstrict.Thousands(len(files)-2)+" more"))
}

// notRead names the files left unread: "not neck.yaml", "not the 3 from
// neck.yaml on".
func notRead(files []string) string {
	if len(files) == 1 {
		return "not " + files[0]
	}
	return fmt.Sprintf("not the %s from %s on", yamlstrict.Thousands(len(files)), files[0])
}
