package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/backcoach/backcoach/internal/fsx"
)

// Snapshots that could not go into the journal (its lock held by a stuck
// program past Patience, or a signal ending the wait) are kept aside, in
// a file of the writer's own next to it, journal.jsonl.pending-PID, and
// go into the journal at the next write that can take the lock: the same
// writer's, or MergeKept's at the next start. Nothing the user did is
// lost to a lock.

// keptMark is what the name of a file kept aside adds to the journal's.
const keptMark = ".pending-"

// maxKept is the largest file kept aside that is read back: a handful of
// snapshots, a few kilobytes each.
const maxKept = MaxLine

// KeptError says that snapshots could not be written to the journal and
// were kept aside in Path instead, to be added to it later.
type KeptError struct {
	Path string // the file they are kept in
	Err  error  // why the journal could not be written
}

func (e *KeptError) Error() string { return e.Err.Error() + "; kept in " + e.Path }

// Unwrap is why the journal could not be written.
func (e *KeptError) Unwrap() error { return e.Err }

// keptPath is the file the process pid keeps its snapshots aside in.
func keptPath(journal string, pid int) string {
	return journal + keptMark + strconv.Itoa(pid)
}

// keepAside writes ss, a line each, to the file at path, replacing it
// whole (fsx.WriteFile): a reader sees all of it or the one before.
func keepAside(path string, ss []Session) error {
	lines, err := encode(ss)
	if err != nil {
		return err
	}
	return fsx.WriteFile(path, lines, 0o600)
}

// MergeKept adds to the journal at path the snapshots that any run kept
// aside, and removes their files; it is called as a run starts. It waits
// for no lock: while another holds it, the files stay for the next time.
// A file is first renamed to one of this process's, so that a writer
// still running (which rewrites its file whole, by a rename) never loses
// a newer version to the removal. Lines that are not snapshots are left
// out: the folder is the user's, but what goes into the journal is only
// ever what Append writes.
func MergeKept(path string) error {
	kept, err := keptFiles(path)
	if err != nil || len(kept) == 0 {
		return err
	}
	f, err := openAppend(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := fsx.TryLock(f); errors.Is(err, fsx.ErrLocked) {
		return nil
	} else if err != nil {
		return err
	}
	defer fsx.Unlock(f)
	claim := mergeMark + strconv.Itoa(os.Getpid())
	for _, name := range kept {
		if !strings.Contains(filepath.Base(name), mergeMark) {
			if os.Rename(name, name+claim) != nil {
				continue // gone: its writer wrote the journal itself
			}
			name += claim
		}
		data, err := fsx.ReadFile(name, maxKept)
		if err != nil {
			continue // not a regular file, or not one a writer made: left alone
		}
		if lines := snapshots(data); len(lines) > 0 {
			if err := appendLocked(f, lines); err != nil {
				return err
			}
		}
		_ = os.Remove(name)
	}
	return nil
}

// keptFiles are the files kept aside next to the journal at path: those
// a writer makes (journal.jsonl.pending-PID), and those MergeKept claimed
// (PID.merge-PID) and was stopped before it removed; never a temporary
// file of fsx.WriteFile's, which may be half written.
func keptFiles(path string) ([]string, error) {
	entries, err := os.ReadDir(filepath.Dir(path))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	prefix := filepath.Base(path) + keptMark
	var kept []string
	for _, e := range entries {
		if rest, ok := strings.CutPrefix(e.Name(), prefix); ok && keptName(rest) {
			kept = append(kept, filepath.Join(filepath.Dir(path), e.Name()))
		}
	}
	return kept, nil
}

// keptName reports whether rest, a kept file's name after the mark, is
// a pid, or a pid claimed by another: "123" or "123.merge-456".
func keptName(rest string) bool {
	pid, claimer, claimed := strings.Cut(rest, mergeMark)
	return digits(pid) && (!claimed || digits(claimer))
}

// mergeMark is what MergeKept adds to the name of a file it claims.
const mergeMark = ".merge-"

// digits reports whether s is a number: digits only, at least one.
func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// snapshots are the lines of data that are snapshots Append would write,
// each ended by a newline.
func snapshots(data []byte) []byte {
	var out []byte
	for line := range bytes.Lines(data) {
		line = bytes.TrimSuffix(line, []byte("\n"))
		if _, _, ok := peek(line); ok && json.Valid(line) {
			out = append(append(out, line...), '\n')
		}
	}
	return out
}
