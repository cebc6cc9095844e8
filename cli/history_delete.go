package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/internal/text/suggest"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/journal"
)

// shortID is the id history shows and --delete takes: six hex digits of
// a hash of the session's id (a timestamp and a pid, too long to type).
func shortID(id string) string {
	h := sha256.Sum256([]byte(id))
	return hex.EncodeToString(h[:3])
}

// doneWords counts holds and moves apart, as the summary does: "18/30
// holds", "6/6 holds · 0/2 moves".
func doneWords(t journal.Tally) string {
	var parts []string
	if t.Holds > 0 || t.Moves == 0 {
		parts = append(parts, fmt.Sprintf("%d/%d %s", t.HoldsDone, t.Holds, words.Plural(t.Holds, "hold")))
	}
	if t.Moves > 0 {
		parts = append(parts, fmt.Sprintf("%d/%d %s", t.MovesDone, t.Moves, words.Plural(t.Moves, "move")))
	}
	return strings.Join(parts, " · ")
}

// deleteSession appends a tombstone for the session history shows as id
// (or with that full id), and says which it was. An id no session has is
// refused, with the nearest one.
func deleteSession(env Env, id string) error {
	path := config.PathsFrom(env.Getenv).Journal()
	if path == "" {
		return usageErr("no journal: neither XDG_STATE_HOME nor HOME is set")
	}
	now := env.Now()
	j, err := journal.Scan(path, now)
	if err != nil {
		return inputErr(err)
	}
	want := strings.ToLower(strings.TrimSpace(id))
	var match []journal.Brief
	var known []string
	for _, b := range j.Briefs {
		known = append(known, shortID(b.ID))
		if shortID(b.ID) == want || b.ID == id {
			match = append(match, b)
		}
	}
	switch {
	case len(match) == 0:
		msg := fmt.Sprintf("--delete: no session %q in the journal", id)
		if near := suggest.Nearest(want, known); near != "" {
			msg += fmt.Sprintf("; did you mean %s?", near)
		}
		return usageErr("%s (backcoach history --all lists every id)", msg)
	case len(match) > 1:
		return usageErr("--delete: %d sessions have the id %s: give the full id (backcoach history --export csv shows it)", len(match), want)
	}
	ss, _ := j.Decode(match)
	if len(ss) == 0 {
		return inputErr(fmt.Errorf("%s: session %s: no snapshot of it can be read", path, safetext.Line(id)))
	}
	s := ss[0]
	if err := journal.Delete(path, s, now); err != nil {
		return inputErr(err)
	}
	c := journal.Cleaned(s)
	out := newOutput(env.Stdout)
	fmt.Fprintf(out, "Deleted %s: %s on %s, %s, %s.\n", shortID(s.ID), c.Routine.Name,
		s.Started.In(now.Location()).Format("2006-01-02 15:04"), words.ClockSeconds(s.Seconds()), outcomeWords(c))
	fmt.Fprintln(out, "history, status, the streaks and the export leave it out; the journal keeps a line saying so.")
	return out.result()
}
