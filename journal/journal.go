// Package journal keeps backcoach's record of sessions: an append-only
// file of JSON lines, one snapshot of a session per line, written at every
// exercise boundary and at the end. Reading keeps the newest snapshot of
// each session, so a crash loses at most the exercise under way, and two
// processes may append at once. It knows nothing of the terminal.
package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"syscall"
	"time"
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
	Seconds float64 `json:"seconds"` // time spent on it
	End     string  `json:"end"`     // Finished, Skipped, Pain or Quit
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
}

// Seconds is the time spent on the session's exercises.
func (s Session) Seconds() float64 {
	var t float64
	for _, e := range s.Exercises {
		t += e.Seconds
	}
	return t
}

// HoldsDone and HoldsPlanned count the holds over every exercise.
func (s Session) HoldsDone() (done, planned int) {
	for _, e := range s.Exercises {
		done += e.Done
		planned += e.Planned
	}
	return done, planned
}

// Append writes one snapshot as one line at the end of the file, under an
// exclusive lock, and syncs it to disk. The file is only ever appended to.
func Append(path string, s Session) error {
	s.V = Version
	line, err := json.Marshal(s)
	if err != nil {
		return err
	}
	line = append(line, '\n')
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	// O_APPEND makes each write land at the end; the lock keeps a line
	// whole even where a write could be split, and orders the syncs.
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		return err
	}
	defer syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	// A crash may have left the last line without its newline: end it,
	// so this line is not glued onto the torn one and lost with it.
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		var last [1]byte
		if _, err := f.ReadAt(last[:], fi.Size()-1); err == nil && last[0] != '\n' {
			line = append([]byte{'\n'}, line...)
		}
	}
	if _, err := f.Write(line); err != nil {
		return err
	}
	return f.Sync()
}

// Warning is a damaged line that was skipped.
type Warning struct {
	Path string
	Line int
	Msg  string
}

func (w Warning) Error() string { return fmt.Sprintf("%s:%d: %s", w.Path, w.Line, w.Msg) }

// Read returns every session in the journal, the newest snapshot of each,
// ordered by start. A missing file is an empty journal. Damaged lines (a
// half-written last line, garbage, an unknown version) are skipped and
// reported as warnings; everything else still counts.
func Read(path string) ([]Session, []Warning, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	return parse(data, path)
}

// candidate is a line that looks like a snapshot of a session.
type candidate struct {
	seq  int
	line int // 1-based
	text []byte
}

// parse reads every session of a journal's bytes: a quick scan finds each
// session's snapshots, then only the newest of each is decoded, on every
// core. Years of history have many snapshots a session.
func parse(data []byte, path string) ([]Session, []Warning, error) {
	j := scan(data, path)
	sessions, warns := j.Decode(j.Briefs)
	warns = append(j.Warnings, warns...)
	sort.SliceStable(warns, func(i, k int) bool { return warns[i].Line < warns[k].Line })
	return sessions, warns, nil
}

// parallel runs f(0..n-1) on every core.
func parallel(n int, f func(i int)) {
	workers := max(1, min(runtime.GOMAXPROCS(0), n/1000))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				f(i)
			}
		}()
	}
	wg.Wait()
}

// peek reads the session id and seq from the start of a line Append
// wrote: {"v":1,"session":"ID","seq":N,...}.
func peek(line []byte) (id string, seq int, ok bool) {
	rest, ok := bytes.CutPrefix(line, []byte(`{"v":1,"session":"`))
	if !ok {
		return "", 0, false
	}
	end := bytes.IndexByte(rest, '"')
	if end <= 0 || bytes.IndexByte(rest[:end], '\\') >= 0 {
		return "", 0, false
	}
	id, rest = string(rest[:end]), rest[end+1:]
	rest, ok = bytes.CutPrefix(rest, []byte(`,"seq":`))
	if !ok {
		return "", 0, false
	}
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		seq = seq*10 + int(rest[i]-'0')
		i++
	}
	return id, seq, i > 0 && i < 10
}

// decode reads one snapshot, or says why it is damaged.
func decode(line []byte) (Session, error) {
	var s Session
	switch err := json.Unmarshal(line, &s); {
	case err != nil:
		return s, errors.New("skipped a damaged line")
	case s.V != Version:
		return s, fmt.Errorf("skipped a line of schema version %d, want %d", s.V, Version)
	case s.ID == "" || s.Started.IsZero():
		return s, errors.New("skipped a line without a session id or start")
	}
	return s, nil
}

// lineWarning explains a line that is not a snapshot.
func lineWarning(path string, n int, line []byte) Warning {
	var v struct {
		V int `json:"v"`
	}
	if json.Unmarshal(line, &v) == nil && v.V != Version {
		return Warning{path, n, fmt.Sprintf("skipped a line of schema version %d, want %d", v.V, Version)}
	}
	if _, err := decode(line); err != nil {
		return Warning{path, n, err.Error()}
	}
	return Warning{path, n, "skipped a damaged line"}
}

// ReadTail reads only the last n bytes of the journal (whole lines): the
// recent sessions, fast whatever the file's size. A session whose older
// snapshots lie before the tail still counts by its newest.
func ReadTail(path string, n int64) ([]Session, []Warning, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	off := max(0, st.Size()-n)
	data := make([]byte, st.Size()-off)
	if _, err := f.ReadAt(data, off); err != nil {
		return nil, nil, err
	}
	if off > 0 {
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			data = data[i+1:] // a line cut by the offset is no damage
		}
	}
	return parse(data, path)
}
