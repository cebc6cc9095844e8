package journal

import (
	"time"

	"github.com/backcoach/backcoach/coach"
)

// Recorder stamps the snapshots of one session: each with the session's
// id, and a sequence number higher than the one before, which is how the
// reader (and Writer) know the newest snapshot of a session from the
// older ones. The zero Recorder is not a session's; use NewRecorder.
type Recorder struct {
	id  string
	seq int
}

// NewRecorder is the recorder of a session started at started. suffix
// tells apart sessions started in the same microsecond by different
// processes (the pid).
func NewRecorder(started time.Time, suffix string) Recorder {
	return Recorder{id: started.UTC().Format("20060102T150405.000000") + "-" + suffix}
}

// ID is the session's id.
func (r Recorder) ID() string { return r.id }

// Next is the session's next snapshot: rec, stamped newer than every
// snapshot before it.
func (r *Recorder) Next(rec coach.Record) Session {
	r.seq++
	return FromRecord(r.id, r.seq, rec)
}

// Latest is rec stamped as the latest snapshot was, for what is shown of
// the session (the summary's streak) rather than written.
func (r Recorder) Latest(rec coach.Record) Session {
	return FromRecord(r.id, r.seq, rec)
}
