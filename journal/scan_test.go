package journal

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

// Scan's quick look agrees with a full read: same sessions, starts and
// outcomes, the newest snapshot of each, damaged lines warned about.
func TestScanAgreesWithRead(t *testing.T) {
	var b strings.Builder
	start := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	for i := range 30 {
		for seq := 1; seq <= 3; seq++ {
			s := Session{V: Version, ID: fmt.Sprintf("s%02d", i), Seq: seq, Started: start.AddDate(0, 0, i), Outcome: Running}
			if seq == 3 && i%4 != 0 {
				s.Outcome = Finished
			}
			line, _ := jsonLine(s)
			b.WriteString(line)
		}
	}
	b.WriteString("garbage\n")
	b.WriteString(`{"v":1,"session":"s05","seq":9,"started":"2026-11-06T09:00:00Z",` + "\n") // newest, torn
	now := start.AddDate(0, 0, 40)
	j := scan([]byte(b.String()), "j", 1, now)
	read, _ := j.Decode(j.Briefs)
	if len(j.Briefs) != 30 || len(read) != 30 {
		t.Fatalf("%d briefs, %d sessions; want 30", len(j.Briefs), len(read))
	}
	decoded, warns := j.Decode(j.Briefs)
	for i := range read {
		br, s := j.Briefs[i], decoded[i]
		if br.ID != read[i].ID || !br.Started.Equal(read[i].Started) || s.Outcome != read[i].Outcome || s.Seq != read[i].Seq {
			t.Errorf("session %d: brief %s %v %s, decoded seq %d; read %s %v %s seq %d", i, br.ID, br.Started, br.Outcome, s.Seq, read[i].ID, read[i].Started, read[i].Outcome, read[i].Seq)
		}
	}
	all := append(j.Warnings, warns...)
	if len(all) != 2 || all[0].Line != 91 || all[1].Line != 92 || decoded[5].Seq != 3 {
		t.Errorf("warnings %v, s05 seq %d; want lines 91 (garbage) and 92 (torn) warned once each, and seq 3 kept", all, decoded[5].Seq)
	}
}

func jsonLine(s Session) (string, error) {
	b, err := jsonMarshal(s)
	return string(b) + "\n", err
}

var jsonMarshal = func(s Session) ([]byte, error) { return json.Marshal(s) }

func TestForStatsKeepsStreaksAndRecentMinutes(t *testing.T) {
	path := t.TempDir() + "/j.jsonl"
	now := time.Date(2026, 11, 26, 18, 0, 0, 0, time.UTC)
	for d := 20; d >= 0; d-- {
		s := Session{ID: fmt.Sprint("d", d), Seq: 1, Started: now.AddDate(0, 0, -d), Outcome: Finished,
			Exercises: []Exercise{{ID: "a", Seconds: 120}}}
		if err := Append(path, s); err != nil {
			t.Fatal(err)
		}
	}
	full, _, _ := Read(path)
	week := WeekStart(now)
	got, err := ForStats(path, week, now)
	if err != nil || len(got) != len(full) {
		t.Fatalf("ForStats: %d sessions, %v; want %d", len(got), err, len(full))
	}
	c1, l1 := Streaks(full, now)
	c2, l2 := Streaks(got, now)
	if c1 != c2 || l1 != l2 || c2 != 21 {
		t.Errorf("streaks %d/%d from ForStats, %d/%d from Read; want 21", c2, l2, c1, l1)
	}
	if a, b := Minutes(full, week, now.Add(time.Hour)), Minutes(got, week, now.Add(time.Hour)); a != b || a != 8 {
		t.Errorf("minutes this week %v from ForStats, %v from Read; want 8", b, a)
	}
	if len(got[0].Exercises) != 0 {
		t.Error("an old session was decoded in full")
	}
}
