package journal

import (
	"bytes"
	"fmt"
	"sort"
	"time"

	"github.com/backcoach/backcoach/internal/text/words"
)

// Brief is a quick look at a session's newest snapshot: enough for streaks
// and for choosing which sessions to decode in full.
type Brief struct {
	ID      string
	Started time.Time
	Outcome string
	cands   []candidate // its snapshots, newest first
}

// Journal is a journal scanned quickly: every session in brief, decoded in
// full only on demand. Years of history scan in a fraction of the time a
// full decode takes.
type Journal struct {
	path     string
	now      time.Time // dates after a day from now are damage
	Briefs   []Brief   // ordered by start
	Warnings []Warning
}

// Scan reads the journal at path in brief; a session dated later than a
// day after now is damage. A missing file is an empty journal.
func Scan(path string, now time.Time) (*Journal, error) {
	return scanFile(path, MaxRead, now)
}

// scanFile scans at most the newest limit bytes of the journal.
func scanFile(path string, limit int64, now time.Time) (*Journal, error) {
	data, first, warns, err := readJournal(path, limit)
	if err != nil {
		return nil, err
	}
	j := scan(data, path, first, now)
	j.Warnings = append(warns, j.Warnings...)
	return j, nil
}

// scan groups the lines by session (a quick look at the start of each),
// and reads the start and outcome of each session's newest snapshot.
func scan(data []byte, path string, first int, now time.Time) *Journal {
	j := &Journal{path: path, now: now}
	var order []string
	cands := map[string][]candidate{}
	for n := first; len(data) > 0; n++ {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if isBlank(line) {
			continue
		}
		if len(line) > MaxLine {
			j.Warnings = append(j.Warnings, Warning{path, n, fmt.Sprintf("skipped a line of more than %s", words.Size(MaxLine))})
			continue
		}
		id, seq, ok := peek(line)
		if !ok {
			s, err := decode(line, now) // not in Append's shape: decode it whole
			if err != nil {
				j.Warnings = append(j.Warnings, lineWarning(path, n, line, now))
				continue
			}
			id, seq = s.ID, s.Seq
		}
		if _, seen := cands[id]; !seen {
			order = append(order, id)
		}
		cands[id] = append(cands[id], candidate{seq: seq, line: n, text: line})
	}
	j.Briefs = make([]Brief, 0, len(order))
	for _, id := range order {
		cs := cands[id]
		sort.SliceStable(cs, func(a, b int) bool { return cs[a].seq > cs[b].seq })
		for k, c := range cs {
			started, outcome, ok := peekBrief(c.text)
			if ok {
				if err := checkDate("started", started, now); err != nil {
					j.Warnings = append(j.Warnings, Warning{path, c.line, err.Error()})
					continue
				}
			} else {
				s, err := decode(c.text, now)
				if err != nil {
					j.Warnings = append(j.Warnings, Warning{path, c.line, err.Error()})
					continue
				}
				started, outcome = s.Started, s.Outcome
			}
			if outcome != Deleted { // a tombstone: the session is left out
				j.Briefs = append(j.Briefs, Brief{ID: id, Started: started, Outcome: outcome, cands: cs[k:]})
			}
			break
		}
	}
	sort.SliceStable(j.Briefs, func(a, b int) bool { return j.Briefs[a].Started.Before(j.Briefs[b].Started) })
	sort.SliceStable(j.Warnings, func(a, b int) bool { return j.Warnings[a].Line < j.Warnings[b].Line })
	return j
}

// peekBrief reads the start and the outcome from a line Append wrote.
func peekBrief(line []byte) (time.Time, string, bool) {
	started, ok := peekStarted(line)
	if !ok {
		return time.Time{}, "", false
	}
	outcome, ok := peekOutcome(line)
	return started, outcome, ok
}

// peekStarted reads the start from a line Append wrote. Such a line ends
// with its exercises, `]}` or `null}`: one cut short by a crash does not,
// and is decoded in full to say why it is damaged.
func peekStarted(line []byte) (time.Time, bool) {
	if !bytes.HasSuffix(line, []byte(`]}`)) && !bytes.HasSuffix(line, []byte(`null}`)) {
		return time.Time{}, false
	}
	i := bytes.Index(line, []byte(`,"started":"`))
	if i < 0 {
		return time.Time{}, false
	}
	rest := line[i+len(`,"started":"`):]
	end := bytes.IndexByte(rest, '"')
	if end < 0 {
		return time.Time{}, false
	}
	started, err := time.Parse(time.RFC3339Nano, string(rest[:end]))
	return started, err == nil
}

// peekOutcome reads the outcome from a line Append wrote.
func peekOutcome(line []byte) (string, bool) {
	k := bytes.Index(line, []byte(`"outcome":"`))
	if k < 0 {
		return "", false
	}
	rest := line[k+len(`"outcome":"`):]
	end := bytes.IndexByte(rest, '"')
	if end < 0 {
		return "", false
	}
	return string(rest[:end]), true
}

// Decode reads the chosen sessions in full, on every core: the newest
// snapshot of each that decodes, with a warning for each that does not.
func (j *Journal) Decode(bs []Brief) ([]Session, []Warning) {
	out := make([]Session, len(bs))
	found := make([]bool, len(bs))
	bad := make([][]Warning, len(bs))
	parallel(len(bs), func(i int) {
		for _, c := range bs[i].cands {
			s, err := decode(c.text, j.now)
			if err == nil {
				out[i], found[i] = s, true
				return
			}
			bad[i] = append(bad[i], Warning{j.path, c.line, err.Error()})
		}
	})
	var warns []Warning
	sessions := out[:0]
	for i := range out {
		warns = append(warns, bad[i]...)
		if found[i] {
			sessions = append(sessions, out[i])
		}
	}
	sort.SliceStable(sessions, func(a, b int) bool { return sessions[a].Started.Before(sessions[b].Started) })
	return sessions, warns
}

// Briefly is the sessions of bs as far as a brief knows them: the start
// and the outcome, no exercises. Streaks need no more.
func Briefly(bs []Brief) []Session {
	out := make([]Session, len(bs))
	for i, b := range bs {
		out[i] = Session{V: Version, ID: b.ID, Started: b.Started, Outcome: b.Outcome}
	}
	return out
}

// ForStats reads what a summary's streak and week need, cheaply: every
// session in brief (start and outcome, no exercises), and the ones started
// since `since` in full; now is as for Scan.
func ForStats(path string, since, now time.Time) ([]Session, error) {
	j, err := Scan(path, now)
	if err != nil {
		return nil, err
	}
	i := sort.Search(len(j.Briefs), func(i int) bool { return !j.Briefs[i].Started.Before(since) })
	recent, _ := j.Decode(j.Briefs[i:])
	return append(Briefly(j.Briefs[:i]), recent...), nil
}
