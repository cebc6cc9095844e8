package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

// Read returns every session in the journal, the newest snapshot of each,
// ordered by start. A missing file is an empty journal. Damaged lines (a
// half-written last line, garbage, an unknown version, numbers or dates
// no session has) are skipped and reported as warnings; everything else
// still counts. Only a regular file is read: of one over MaxRead bytes
// its newest MaxRead, and one over MaxFile not at all.
func Read(path string) ([]Session, []Warning, error) {
	j, err := scanFile(path, MaxRead, time.Now())
	if err != nil {
		return nil, nil, err
	}
	sessions, warns := j.Decode(j.Briefs)
	warns = append(j.Warnings, warns...)
	sort.SliceStable(warns, func(i, k int) bool { return warns[i].Line < warns[k].Line })
	return sessions, warns, nil
}

// candidate is a line that looks like a snapshot of a session.
type candidate struct {
	seq  int
	line int // 1-based; 0 when only off is known
	text []byte
	off  int64 // where the line starts in the file, when line is 0
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
	b, seq, ok := peekID(line)
	return string(b), seq, ok
}

// peekID is peek with the id as bytes of the line, for a map lookup that
// allocates nothing.
func peekID(line []byte) (id []byte, seq int, ok bool) {
	rest, ok := bytes.CutPrefix(line, []byte(`{"v":1,"session":"`))
	if !ok {
		return nil, 0, false
	}
	end := bytes.IndexByte(rest, '"')
	if end <= 0 || bytes.IndexByte(rest[:end], '\\') >= 0 {
		return nil, 0, false
	}
	id, rest = rest[:end], rest[end+1:]
	rest, ok = bytes.CutPrefix(rest, []byte(`,"seq":`))
	if !ok {
		return nil, 0, false
	}
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		seq = seq*10 + int(rest[i]-'0')
		i++
	}
	return id, seq, i > 0 && i < 10
}

// isBlank reports whether a line holds only white space.
func isBlank(line []byte) bool { return len(bytes.TrimSpace(line)) == 0 }

// decode reads one snapshot, or says why it is damaged: a line that is
// not one, or one with numbers or dates no session has at now.
func decode(line []byte, now time.Time) (Session, error) {
	var s Session
	switch err := json.Unmarshal(line, &s); {
	case err != nil:
		return s, errors.New("skipped a damaged line")
	case s.V != Version:
		return s, fmt.Errorf("skipped a line of schema version %d, want %d", s.V, Version)
	case s.ID == "" || s.Started.IsZero():
		return s, errors.New("skipped a line without a session id or start")
	}
	return s, check(s, now)
}

// lineWarning explains a line that is not a snapshot.
func lineWarning(path string, n int, line []byte, now time.Time) Warning {
	var v struct {
		V int `json:"v"`
	}
	if json.Unmarshal(line, &v) == nil && v.V != Version {
		return Warning{path, n, fmt.Sprintf("skipped a line of schema version %d, want %d", v.V, Version)}
	}
	if _, err := decode(line, now); err != nil {
		return Warning{path, n, err.Error()}
	}
	return Warning{path, n, "skipped a damaged line"}
}
