package journal

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"time"

	"github.com/backcoach/backcoach/internal/text/words"
)

// Status is what a status line shows of the journal at a moment.
type Status struct {
	Streak        int       // the current streak in days, as Streaks counts it, up to StatusStreakMax
	StreakAtLeast bool      // the streak is StatusStreakMax days or more: it was not counted further
	Today         []Session // the sessions started today, in full, by start
}

// StatusStreakMax is as far as a status line counts a streak: past it the
// line says "1000+ days" and the reading stops, so a streak of decades
// costs what one of three years does. history counts it whole.
const StatusStreakMax = 1000

// ReadStatus reads what a status line needs backwards from the journal's
// end, only as far as the streak needs: back to a day before the first
// day without a finished routine. A status bar runs it every few seconds,
// so years of history cost nothing. Today's sessions are decoded and
// checked as Read does; the older ones are known by their start and
// outcome, as Scan knows them. Warnings name the lines of the whole file.
func ReadStatus(path string, now time.Time) (Status, []Warning, error) {
	f, fi, err := openJournal(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Status{}, nil, nil
	}
	if err != nil {
		return Status{}, nil, err
	}
	defer f.Close()
	size := fi.Size()
	r := statusReader{path: path, now: now, loc: now.Location(), sessions: map[string]*briefEntry{}, finished: map[day]int{}}
	r.today = dayOf(now, r.loc)
	r.setGap(r.today.add(-1)) // nothing read yet: yesterday has no finished routine
	lines := newBackLines(f, size, max(0, size-MaxRead), MaxLine)
	for {
		line, off, long, err := lines.prev()
		if errors.Is(err, io.EOF) {
			if size > MaxRead {
				r.warn(-1, fmt.Sprintf("the journal is %s: read only its newest %s; the sessions before it are left out", words.Size(size), words.Size(MaxRead)))
			}
			break
		}
		if err != nil {
			return Status{}, nil, err
		}
		if r.add(line, off, long) || r.counted() {
			break
		}
	}
	st := r.result()
	warns, err := r.warnings(f)
	return st, warns, err
}

// briefEntry is what statusReader knows of a session: its newest
// snapshot in brief, and for today's sessions every snapshot, to decode.
type briefEntry struct {
	seq     int
	started time.Time
	outcome string
	day     day
	cands   []candidate // today's only, known by their offsets
}

// statusReader follows the streak while the lines go by, newest first.
type statusReader struct {
	path     string
	now      time.Time
	loc      *time.Location
	today    day
	sessions map[string]*briefEntry
	todays   []*briefEntry // the sessions started today
	finished map[day]int   // sessions whose newest snapshot finished, a day
	// gap is the newest day before today without a finished routine:
	// where the current streak stops. Reading stops among sessions started
	// before stop, a day before the gap: two sessions may have run at once
	// around midnight, and their lines interleave.
	gap   day
	stop  time.Time
	older int // lines in a row of sessions started before stop
	warns []offsetWarning
	// The session of the last line read: its older snapshots come next.
	lastID      []byte
	lastSeq     int
	lastEntry   *briefEntry // nil when it was counted, not kept
	lastStarted time.Time
}

// before reports whether d is a day before e.
func (d day) before(e day) bool {
	if d.y != e.y {
		return d.y < e.y
	}
	if d.m != e.m {
		return d.m < e.m
	}
	return d.d < e.d
}

// offsetWarning is a warning whose line is known by its offset until the
// lines are counted.
type offsetWarning struct {
	off int64
	msg string
}

func (r *statusReader) warn(off int64, msg string) {
	r.warns = append(r.warns, offsetWarning{off, msg})
}

// settle is how many lines in a row of sessions started before the
// streak's gap (and a day more) end the reading. Lines are appended in
// the order they are written, not by the start of their session: a
// session paused for days, or two at once, can leave a line or two out
// of order, never many.
const settle = 64

// add takes the line before those read, and says whether reading can
// stop: settle lines in a row belong to sessions started a day before the
// streak's gap.
func (r *statusReader) add(line []byte, off int64, long bool) (stop bool) {
	if long || len(line) > MaxLine {
		r.warn(off, fmt.Sprintf("skipped a line of more than %s", words.Size(MaxLine)))
		return false
	}
	if len(line) == 0 || line[0] != '{' && isBlank(line) {
		return false
	}
	idb, seq, ok := peekID(line)
	if ok && seq <= r.lastSeq && bytes.Equal(idb, r.lastID) {
		// An older snapshot of the session just read: the usual line, as
		// a session's snapshots are written one after another.
		if e := r.lastEntry; e != nil && e.day == r.today {
			e.cands = append(e.cands, candidate{seq: seq, text: append([]byte(nil), line...), off: off})
		}
		return r.settled(r.lastStarted)
	}
	var decoded *Session
	if !ok {
		s, err := decode(line, r.now) // not in Append's shape: decode it whole
		if err != nil {
			r.warn(off, lineWarning(r.path, 0, line, r.now).Msg)
			return false
		}
		idb, seq, decoded = []byte(s.ID), s.Seq, &s
	}
	e := r.sessions[string(idb)] // no allocation for the lookup
	if e == nil || seq > e.seq {
		started, err := r.started(line, &decoded)
		if err != nil {
			r.warn(off, err.Error())
			return false
		}
		d := dayOf(started, r.loc)
		if e == nil && d != r.today && r.finished[d] > 0 {
			// A day already counted: whatever this session's outcome, the
			// streak needs nothing more of it, and it is not kept. Its
			// older snapshots follow at once, known by the last id.
			r.remember(idb, seq, nil, started)
			return r.settled(started)
		}
		outcome, err := r.outcome(line, &decoded)
		if err != nil {
			r.warn(off, err.Error())
			return false
		}
		if e == nil {
			e = &briefEntry{}
			r.sessions[string(idb)] = e
			if d == r.today {
				r.todays = append(r.todays, e)
			}
		} else if Counts(e.outcome) {
			r.unfinish(e.day)
		}
		e.seq, e.started, e.outcome, e.day = seq, started, outcome, d
		if Counts(e.outcome) {
			r.finish(e.day)
		}
	}
	if e.day == r.today {
		e.cands = append(e.cands, candidate{seq: seq, text: append([]byte(nil), line...), off: off})
	}
	r.remember(idb, seq, e, e.started)
	return r.settled(e.started)
}

// started is the start of a snapshot, checked: read from the line where
// Append's shape allows, else from the line decoded whole (kept in
// *decoded for outcome).
func (r *statusReader) started(line []byte, decoded **Session) (time.Time, error) {
	if *decoded == nil {
		if started, ok := peekStarted(line); ok {
			return started, checkDate("started", started, r.now)
		}
		s, err := decode(line, r.now)
		if err != nil {
			return time.Time{}, err
		}
		*decoded = &s
	}
	return (*decoded).Started, nil
}

// outcome is the outcome of a snapshot whose start was read.
func (r *statusReader) outcome(line []byte, decoded **Session) (string, error) {
	if *decoded == nil {
		if outcome, ok := peekOutcome(line); ok {
			return outcome, nil
		}
		s, err := decode(line, r.now)
		if err != nil {
			return "", err
		}
		*decoded = &s
	}
	return (*decoded).Outcome, nil
}

// remember notes the session of the line just read, so that its older
// snapshots, which come next, cost no lookup.
func (r *statusReader) remember(id []byte, seq int, e *briefEntry, started time.Time) {
	r.lastID, r.lastSeq, r.lastEntry, r.lastStarted = append(r.lastID[:0], id...), seq, e, started
}

// counted says whether the streak before today is StatusStreakMax days
// already: nothing older changes what the status line says.
func (r *statusReader) counted() bool {
	return !r.today.add(-(StatusStreakMax + 1)).before(r.gap)
}

// settled says whether reading can stop after a line of a session started
// at started.
func (r *statusReader) settled(started time.Time) bool {
	if !started.Before(r.stop) {
		r.older = 0
		return false
	}
	r.older++
	return r.older >= settle
}

// finish counts a finished session on d, and moves the gap back past it.
func (r *statusReader) finish(d day) {
	r.finished[d]++
	gap := r.gap
	for r.finished[gap] > 0 {
		gap = gap.add(-1)
	}
	r.setGap(gap)
}

func (r *statusReader) setGap(d day) {
	r.gap, r.stop = d, d.time(r.loc).Add(-24*time.Hour)
}

// unfinish takes back a finished session on d (a newer snapshot says
// otherwise): a day of the streak left empty is the new gap.
func (r *statusReader) unfinish(d day) {
	r.finished[d]--
	if r.finished[d] == 0 && d.before(r.today) && r.gap.before(d) {
		r.setGap(d)
	}
}

// result is the streak and today's sessions, decoded from their newest
// snapshot that is whole and plausible.
func (r *statusReader) result() Status {
	var st Status
	for _, e := range r.todays {
		if e.day != r.today {
			continue // a newer snapshot moved its start: it is counted by that
		}
		if Counts(e.outcome) {
			r.unfinish(e.day) // counted again below if its snapshot decodes
		}
		sort.SliceStable(e.cands, func(a, b int) bool { return e.cands[a].seq > e.cands[b].seq })
		for _, c := range e.cands {
			s, err := decode(c.text, r.now)
			if err == nil && s.Outcome == Deleted {
				break // a tombstone: the session is left out
			}
			if err == nil {
				st.Today = append(st.Today, s)
				if Counts(s.Outcome) && dayOf(s.Started, r.loc) == r.today {
					r.finished[r.today]++
				}
				break
			}
			r.warn(c.off, err.Error())
		}
	}
	sort.SliceStable(st.Today, func(a, b int) bool { return st.Today[a].Started.Before(st.Today[b].Started) })
	d := r.today
	if r.finished[d] == 0 {
		d = d.add(-1)
	}
	for r.finished[d] > 0 && st.Streak < StatusStreakMax {
		st.Streak++
		d = d.add(-1)
	}
	st.StreakAtLeast = st.Streak == StatusStreakMax // the reading may have stopped there
	return st
}

// warnings turns the offsets warned about into line numbers.
func (r *statusReader) warnings(f io.ReaderAt) ([]Warning, error) {
	if len(r.warns) == 0 {
		return nil, nil
	}
	offs := make([]int64, 0, len(r.warns))
	for _, w := range r.warns {
		offs = append(offs, w.off) // -1, of the whole file, counts nothing
	}
	lines, err := lineNumbers(f, offs)
	if err != nil {
		return nil, err
	}
	out := make([]Warning, len(r.warns))
	for i, w := range r.warns {
		out[i] = Warning{r.path, lines[w.off], w.msg}
		if w.off < 0 {
			out[i].Line = 0
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Line < out[b].Line })
	return out, nil
}
