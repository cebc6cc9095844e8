package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"time"
)

// Read returns every session in the journal, the newest snapshot of each,
// ordered by start. A missing file is an empty journal. Damaged lines (a
// half-written last line, garbage, an unknown version) are skipped and
// reported as warnings; everything else still counts.
func Read(path string) ([]Session, []Warning, error) {
	j, err := scanFile(path, MaxRead)
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
	line int // 1-based
	text []byte
}

// parse reads every session of a journal's bytes: a quick scan finds each
// session's snapshots, then only the newest of each is decoded, on every
// core. Years of history have many snapshots a session.
func parse(data []byte, path string, now time.Time) ([]Session, []Warning, error) {
	j := scan(data, path, 1, now)
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

// ReadTail reads only the last n bytes of the journal (whole lines): the
// recent sessions, fast whatever the file's size. A session whose older
// snapshots lie before the tail still counts by its newest.
func ReadTail(path string, n int64) ([]Session, []Warning, error) {
	f, st, err := OpenRegular(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
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
	return parse(data, path, time.Now())
}
