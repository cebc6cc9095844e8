package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/journal"
)

// One way to show a check-in not answered, one arrow, and moves counted
// as moves, as the summary counts them.
func TestHistoryRowsSayRatingsAndMovesOneWay(t *testing.T) {
	now := time.Date(2026, 11, 26, 18, 0, 0, 0, time.Local)
	onlyBefore := session("a", now.Add(-3*time.Hour), journal.Finished, 1, 0)
	onlyBefore.PainAfter = nil
	none := session("b", now.Add(-2*time.Hour), journal.Finished, 0, 0)
	none.PainBefore, none.PainAfter = nil, nil
	onlyAfter := session("c", now.Add(-time.Hour), journal.Finished, 0, 2)
	onlyAfter.PainBefore = nil
	onlyAfter.Exercises = []journal.Exercise{
		{ID: "thoracic-extension", Name: "Thoracic extension", Planned: 3, Done: 3, Seconds: 15, End: journal.Finished},
		{ID: "shoulder-rolls", Name: "Shoulder rolls", Planned: 2, Done: 0, Skipped: 2, Move: true, End: journal.Skipped},
	}
	r := call(t, stateWith(t, onlyBefore, none, onlyAfter), "history")
	for _, want := range []string{"1 → –", "– → –", "– → 2", "3/3 holds · 0/2 moves", "18/30 holds"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("history lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "->") || strings.Contains(r.stdout, " - ") || strings.Contains(r.stdout, "3/5") {
		t.Errorf("history has another arrow, dash, or moves counted as holds:\n%s", r.stdout)
	}
}

// listed counts the session rows of a history report.
func listed(out string) int {
	return len(regexp.MustCompile(`(?m)^  [0-9a-f]{6}  `).FindAllString(out, -1))
}

func TestHistoryLimitAndAll(t *testing.T) {
	var ss []journal.Session
	for i := range 12 {
		ss = append(ss, session(fmt.Sprintf("s%02d", i), testNow.Add(-time.Duration(12-i)*time.Hour), journal.Finished, 3, 2))
	}
	env := stateWith(t, ss...)
	r := call(t, env, "history")
	if n := listed(r.stdout); n != 10 || !strings.Contains(r.stdout, "The last 10 of 12 sessions: --limit N or --all for more.") {
		t.Errorf("history lists %d, want 10 and a word on the rest:\n%s", n, r.stdout)
	}
	if r := call(t, env, "history", "--limit", "3"); listed(r.stdout) != 3 {
		t.Errorf("--limit 3 lists %d:\n%s", listed(r.stdout), r.stdout)
	}
	if r := call(t, env, "history", "--all"); listed(r.stdout) != 12 || strings.Contains(r.stdout, "--all for more") {
		t.Errorf("--all lists %d:\n%s", listed(r.stdout), r.stdout)
	}
	if r := call(t, env, "history", "--help"); !strings.Contains(r.stdout, "(default 10)") {
		t.Errorf("help does not say the default:\n%s", r.stdout)
	}
	for _, args := range [][]string{{"--limit", "0"}, {"--all", "--limit", "3"}, {"--delete", "abc", "--all"}} {
		if r := call(t, env, append([]string{"history"}, args...)...); r.code != 2 {
			t.Errorf("history %v: exit %d, %q", args, r.code, r.stderr)
		}
	}
}

// A session recorded by mistake is deleted by the id history shows: a
// tombstone line is appended, and history, status, the streak and the
// export leave the session out.
func TestHistoryDeleteASession(t *testing.T) {
	today := time.Date(testNow.Year(), testNow.Month(), testNow.Day(), 0, 0, 0, 0, time.Local)
	keep := session("keep", today.Add(-20*time.Hour), journal.Finished, 3, 2)
	oops := session("oops", testNow.Add(-time.Hour), journal.Finished, 5, 5)
	oops.Routine.Name = "Upper back"
	env := stateWith(t, keep, oops)
	path := filepath.Join(env["XDG_STATE_HOME"], "backcoach", "journal.jsonl")
	before, _ := os.ReadFile(path)

	h := call(t, env, "history")
	id := shortID("oops")
	if !strings.Contains(h.stdout, id+"  ") || !strings.Contains(h.stdout, "Streak: 2 days") {
		t.Fatalf("history does not show the id %s or the streak:\n%s", id, h.stdout)
	}
	st := call(t, env, "status")

	r := call(t, env, "history", "--delete", id)
	if r.code != 0 || !strings.Contains(r.stdout, "Deleted "+id+": Upper back on "+oops.Started.Format("2006-01-02 15:04")+", 4:00, finished.") {
		t.Fatalf("--delete: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	after, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(after), string(before)) || !strings.Contains(string(after[len(before):]), `"outcome":"deleted"`) {
		t.Errorf("the journal was not only appended to with a tombstone:\n%s", after[len(before):])
	}
	h = call(t, env, "history")
	if strings.Contains(h.stdout, "Upper back") || !strings.Contains(h.stdout, "Low back") || !strings.Contains(h.stdout, "Streak: 1 day ") {
		t.Errorf("history after the delete:\n%s", h.stdout)
	}
	if csv := call(t, env, "history", "--export", "csv"); strings.Contains(csv.stdout, "oops") || !strings.Contains(csv.stdout, "keep") {
		t.Errorf("the export after the delete:\n%s", csv.stdout)
	}
	if st2 := call(t, env, "status"); st2.stdout == st.stdout || strings.Contains(st2.stdout, "today") {
		t.Errorf("status before %q, after %q: want today's session gone", st.stdout, st2.stdout)
	}

	// Again, or a typo: refused, with the nearest id and where to find them.
	r = call(t, env, "history", "--delete", id)
	if r.code != 2 || !strings.Contains(r.stderr, fmt.Sprintf("no session %q in the journal", id)) {
		t.Errorf("deleted twice: exit %d, %q", r.code, r.stderr)
	}
	typo := shortID("keep")[:5] + "z"
	r = call(t, env, "history", "--delete", typo)
	if r.code != 2 || !strings.Contains(r.stderr, "did you mean "+shortID("keep")+"?") || !strings.Contains(r.stderr, "history --all") {
		t.Errorf("a typo: exit %d, %q", r.code, r.stderr)
	}
}
