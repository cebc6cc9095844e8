// Package journal keeps backcoach's record of sessions: an append-only
// file of JSON lines, one snapshot of a session per line, written at every
// exercise boundary and at the end. Reading keeps the newest snapshot of
// each session, so a crash loses at most the exercise under way, and two
// processes may append at once. It knows nothing of the terminal.
package journal

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/backcoach/backcoach/internal/fsx"
)

// Version is the schema version written in every line ("v").
const Version = 1

// How a session or an exercise ended.
const (
	Running  = "running"  // the session had not ended when the line was written
	Finished = "finished" // done to the end
	Skipped  = "skipped"  // the user skipped the exercise
	Pain     = "pain"     // stopped because it hurt
	Quit     = "quit"     // the user quit, or the program was stopped
	// A session is Skipped when every hold was skipped.
	// NotReached marks an exercise the session ended before.
	NotReached = "not-reached"
	// Deleted is a tombstone's outcome: the session was recorded by
	// mistake, and every reader leaves it out.
	Deleted = "deleted"
)

// Routine names the routine a session followed.
type Routine struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Source string `json:"source"`
}

// Exercise is what became of one exercise of a session.
type Exercise struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	Planned int     `json:"planned"` // holds planned
	Done    int     `json:"done"`
	Skipped int     `json:"skipped"`
	Seconds float64 `json:"seconds"`        // time spent on it
	Move    bool    `json:"move,omitempty"` // kept moving (shoulder rolls): its holds are moves
	End     string  `json:"end"`            // Finished, Skipped, Pain or Quit
}

// Session is one snapshot of a session. Seq grows with every snapshot of
// a session; the reader keeps the highest.
type Session struct {
	V          int        `json:"v"`
	ID         string     `json:"session"`
	Seq        int        `json:"seq"`
	Started    time.Time  `json:"started"`
	Ended      *time.Time `json:"ended,omitempty"`
	Routine    Routine    `json:"routine"`
	Level      string     `json:"level"`
	PainBefore *int       `json:"pain_before,omitempty"`
	PainAfter  *int       `json:"pain_after,omitempty"`
	Outcome    string     `json:"outcome"` // Running, Finished, Pain or Quit
	Exercises  []Exercise `json:"exercises"`
	// PainStops are the exercises stopped because they hurt.
	PainStops []PainStop `json:"pain_stops,omitempty"`
}

// PainStop is an exercise stopped because it hurt, and where in it.
type PainStop struct {
	Exercise string `json:"exercise"` // its id
	Name     string `json:"name"`
	Rep      int    `json:"rep"`
	Reps     int    `json:"reps,omitempty"` // of the exercise; 0 in older journals
	Side     string `json:"side,omitempty"`
}

// String says where: "Bird dog, left leg, rep 3".
func (p PainStop) String() string {
	s := p.Name
	if p.Side != "" {
		s += ", " + strings.ToLower(p.Side)
	}
	if p.Reps == 1 {
		return s // one rep: "rep 1" says nothing
	}
	return fmt.Sprintf("%s, rep %d", s, p.Rep)
}

// Seconds is the time spent on the session's exercises.
func (s Session) Seconds() float64 {
	var t float64
	for _, e := range s.Exercises {
		t += e.Seconds
	}
	return t
}

// HoldsDone counts the holds done and planned over every exercise, the
// moves (exercises kept moving) among them too.
func (s Session) HoldsDone() (done, planned int) {
	for _, e := range s.Exercises {
		done += e.Done
		planned += e.Planned
	}
	return done, planned
}

// Tally is what was done of a session, holds and moves apart, as the
// summary counts them.
type Tally struct{ HoldsDone, Holds, MovesDone, Moves int }

// Tally counts the session's holds and moves, done and planned.
func (s Session) Tally() Tally {
	var t Tally
	for _, e := range s.Exercises {
		if e.Move {
			t.MovesDone += e.Done
			t.Moves += e.Planned
		} else {
			t.HoldsDone += e.Done
			t.Holds += e.Planned
		}
	}
	return t
}

// Patience is how long a write waits for another program to let go of
// the journal's lock. Appends take milliseconds: a lock held longer is a
// stuck program's, and backcoach must not wait on it for ever.
const Patience = 5 * time.Second

// Append writes one snapshot as one line at the end of the file, under an
// exclusive lock, and syncs it to disk. The file is only ever appended to.
// It waits at most Patience for the lock (an error wrapping
// fsx.ErrLocked then).
func Append(path string, s Session) error { return appendWithin(path, Patience, nil, s) }

// appendWithin appends the snapshots ss, each a line, waiting at most
// patience for the lock and no longer once stop is closed.
func appendWithin(path string, patience time.Duration, stop <-chan struct{}, ss ...Session) error {
	lines, err := encode(ss)
	if err != nil {
		return err
	}
	f, err := openAppend(path)
	if err != nil {
		return err
	}
	defer f.Close()
	// O_APPEND makes each write land at the end; the lock keeps a line
	// whole even where a write could be split, and orders the syncs.
	if err := fsx.LockWithin(f, patience, stop); errors.Is(err, fsx.ErrLocked) {
		return fmt.Errorf("%s: another program holds its lock: %w", path, err)
	} else if err != nil {
		return err
	}
	defer fsx.Unlock(f)
	return appendLocked(f, lines)
}

// encode is ss as the journal's lines, each ended by a newline.
func encode(ss []Session) ([]byte, error) {
	var lines []byte
	for _, s := range ss {
		s.V = Version
		line, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		lines = append(append(lines, line...), '\n')
	}
	return lines, nil
}

// appendLocked writes lines at the end of f, whose lock is held, and
// syncs them.
func appendLocked(f *os.File, lines []byte) error {
	// A crash may have left the last line without its newline: end it,
	// so these lines are not glued onto the torn one and lost with it.
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		var last [1]byte
		if _, err := f.ReadAt(last[:], fi.Size()-1); err == nil && last[0] != '\n' {
			lines = append([]byte{'\n'}, lines...)
		}
	}
	if _, err := f.Write(lines); err != nil {
		return err
	}
	return f.Sync()
}

// Writable reports whether Append could write to the journal at path:
// its folder can be made and the file opened as Append opens it. It
// writes no record; where there was no journal it leaves an empty one.
// Checked before a session starts, so that a journal that cannot be
// written is said before anything goes unrecorded.
func Writable(path string) error {
	f, err := openAppend(path)
	if err != nil {
		return err
	}
	return f.Close()
}

// openAppend opens the journal to append to, making its folder.
func openAppend(path string) (*os.File, error) {
	if err := fsx.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	f, _, err := fsx.OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o600)
	return f, err
}

// Warning is a damaged line that was skipped, or (Line 0) something said
// of the whole file.
type Warning struct {
	Path string
	Line int
	Msg  string
}

func (w Warning) Error() string {
	if w.Line == 0 {
		return w.Path + ": " + w.Msg
	}
	return fmt.Sprintf("%s:%d: %s", w.Path, w.Line, w.Msg)
}
