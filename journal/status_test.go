package journal_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/journal"
)

// ReadStatus, reading backwards only as far as the streak needs, agrees
// with a full Read on the streak and today's sessions, and names the
// same lines in its warnings.
func TestReadStatusAgreesWithRead(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	now := time.Date(2026, 11, 27, 14, 0, 0, 0, time.Local)
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	for round := range 300 {
		var lines []string
		var damaged []bool
		n := 0
		for d := 20; d >= 0; d-- {
			if rng.IntN(6) == 0 {
				continue // a day without sessions
			}
			for range rng.IntN(3) + 1 {
				n++
				s := full()
				s.ID, s.Started, s.Ended = fmt.Sprintf("r%d-%d", round, n), today.AddDate(0, 0, -d).Add(time.Duration(rng.IntN(24*60))*time.Minute), nil
				outcomes := []string{journal.Finished, journal.Finished, journal.Quit, journal.Pain, journal.Running}
				snaps := rng.IntN(3) + 1
				for seq := 1; seq <= snaps; seq++ {
					s.Seq, s.Outcome = seq, journal.Running
					if seq == snaps {
						s.Outcome = outcomes[rng.IntN(len(outcomes))]
					}
					l, bad := line(t, s), true
					switch rng.IntN(25) {
					case 0:
						l = l[:len(l)/2] + "\n" // torn
					case 1:
						if d == 0 { // today's are checked in full by both
							l = strings.Replace(l, `"seconds":120`, `"seconds":-5`, 1)
						} else {
							bad = false
						}
					case 2:
						l = "}{\n"
					default:
						bad = false
					}
					lines, damaged = append(lines, l), append(damaged, bad)
				}
			}
		}
		// Two sessions at once: swap neighbouring lines now and then.
		for i := 1; i < len(lines); i++ {
			if rng.IntN(10) == 0 {
				lines[i-1], lines[i] = lines[i], lines[i-1]
				damaged[i-1], damaged[i] = damaged[i], damaged[i-1]
			}
		}
		if err := os.WriteFile(path, []byte(strings.Join(lines, "")), 0o600); err != nil {
			t.Fatal(err)
		}
		all, allWarns, err := journal.Read(path)
		if err != nil {
			t.Fatal(err)
		}
		st, warns, err := journal.ReadStatus(path, now)
		if err != nil {
			t.Fatal(err)
		}
		streak, _ := journal.Streaks(all, now)
		wantToday := journal.DailyMinutes(all, now, 1)[0]
		gotToday := journal.DailyMinutes(st.Today, now, 1)[0]
		if st.Streak != streak || gotToday != wantToday {
			t.Fatalf("round %d: ReadStatus: streak %d, %.2f min today; Read: %d, %.2f\n%s", round, st.Streak, gotToday, streak, wantToday, strings.Join(lines, ""))
		}
		// Read may not look at an older snapshot that is damaged; reading
		// backwards meets it first. Either names only damaged lines.
		for _, w := range append(allWarns, warns...) {
			if w.Line < 1 || w.Line > len(lines) || !damaged[w.Line-1] || w.Path != path {
				t.Fatalf("round %d: warning %q names a line that is not damaged", round, w.Error())
			}
		}
	}
}

// A session paused for days is written after newer ones: reading
// backwards meets its old start first, and goes on past it.
func TestReadStatusGoesPastALineOutOfOrder(t *testing.T) {
	now := time.Date(2026, 11, 27, 14, 0, 0, 0, time.Local)
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	var b strings.Builder
	for d := 3; d >= 0; d-- {
		s := journal.Session{ID: fmt.Sprint("d", d), Seq: 1, Started: now.AddDate(0, 0, -d).Add(-time.Minute), Outcome: journal.Finished}
		b.WriteString(line(t, s))
	}
	paused := journal.Session{ID: "paused", Seq: 1, Started: now.AddDate(0, 0, -30), Outcome: journal.Finished}
	b.WriteString(line(t, paused))
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	st, warns, err := journal.ReadStatus(path, now)
	if err != nil || len(warns) > 0 || st.Streak != 4 || len(st.Today) != 1 {
		t.Errorf("ReadStatus: streak %d, today %v, %v %v; want a streak of 4 with today's session", st.Streak, st.Today, warns, err)
	}
}
