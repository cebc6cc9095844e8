package journal

import (
	"errors"
	"time"
)

// TombstoneSeq is a tombstone's seq: higher than any snapshot a session
// writes, so the reader's rule (the newest snapshot wins) makes the
// tombstone the session's last word, even over a snapshot a process still
// running it writes after it.
const TombstoneSeq = 999_999_999

// Tombstone is the line that deletes s: s's id, start and routine, with
// the outcome Deleted, the seq TombstoneSeq, and when it was deleted as
// its end. Every reader (history, status, streaks, export, the summary)
// leaves a session whose newest snapshot is a tombstone out.
func Tombstone(s Session, now time.Time) Session {
	return Session{V: Version, ID: s.ID, Seq: TombstoneSeq, Started: s.Started, Ended: &now,
		Routine: s.Routine, Level: s.Level, Outcome: Deleted, Exercises: []Exercise{}}
}

// Delete appends the tombstone of s to the journal at path, synced as
// every record is: the file is still only appended to.
func Delete(path string, s Session, now time.Time) error {
	if s.ID == "" {
		return errors.New("no session to delete")
	}
	return Append(path, Tombstone(s, now))
}
