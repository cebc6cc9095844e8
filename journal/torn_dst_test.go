package journal_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
	_ "time/tzdata" // the zone tests run on machines without zoneinfo

	"github.com/backcoach/backcoach/journal"
)

// A crash left the last line cut short, without its newline. The next
// Append must still be readable: it must not be glued onto the torn line.
func TestAppendAfterTornLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	day := time.Date(2026, 1, 2, 8, 0, 0, 0, time.UTC)
	if err := journal.Append(path, sess("a", 1, day, journal.Running)); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"v":1,"session":"a","seq":2,"sta`) // crash mid-write
	f.Close()
	if err := journal.Append(path, sess("b", 1, day.Add(time.Hour), journal.Finished)); err != nil {
		t.Fatal(err)
	}
	ss, ws, err := journal.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(ss); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("sessions %v, want [a b]: the record appended after a torn line was lost", got)
	}
	if len(ws) != 1 || ws[0].Line != 2 {
		t.Errorf("warnings %v, want one for line 2", ws)
	}
}

// America/Santiago skips 00:00-01:00 on the Sunday DST starts (Sep 11 2022).
func santiago(t *testing.T) *time.Location {
	loc, err := time.LoadLocation("America/Santiago")
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	return loc
}

func TestStreaksAcrossMidnightDSTStart(t *testing.T) {
	loc := santiago(t)
	done := make(chan [2]int, 1)
	go func() {
		c, l := journal.Streaks(finishedOn(loc, [3]int{2022, 9, 9}, [3]int{2022, 9, 10}, [3]int{2022, 9, 11}), at(loc, 2022, 9, 11, 20, 0))
		done <- [2]int{c, l}
	}()
	select {
	case got := <-done:
		if got != [2]int{3, 3} {
			t.Errorf("Streaks = %v, want [3 3]", got)
		}
	case <-time.After(10 * time.Second): // a guard against the hang, not a wait
		t.Fatal("Streaks did not return: endless loop over Sep 10 2022 in America/Santiago")
	}
	// Sep 9 and Sep 11 are not consecutive days.
	checkStreaks(t, "gap on Sep 10", finishedOn(loc, [3]int{2022, 9, 9}, [3]int{2022, 9, 11}), at(loc, 2022, 9, 11, 20, 0), 1, 1)
}

func TestWeekStartOnMidnightDSTStart(t *testing.T) {
	loc := santiago(t)
	sun := at(loc, 2022, 9, 11, 12, 0)
	if got, want := journal.WeekStart(sun), at(loc, 2022, 9, 5, 0, 0); !got.Equal(want) {
		t.Errorf("WeekStart(Sun Sep 11 2022, Santiago) = %v, want %v", got, want)
	}
	mon := spent(at(loc, 2022, 9, 5, 9, 0), 10, journal.Finished)
	if got := journal.WeeklyMinutes([]journal.Session{mon}, sun, 2); !reflect.DeepEqual(got, []float64{0, 10}) {
		t.Errorf("WeeklyMinutes = %v, want [0 10]: Monday's session counted in the week before", got)
	}
	before := spent(at(loc, 2022, 9, 4, 23, 30), 10, journal.Finished) // the day before the 7-day window
	if got := journal.DailyMinutes([]journal.Session{before}, sun, 7); !reflect.DeepEqual(got, make([]float64, 7)) {
		t.Errorf("DailyMinutes = %v, want 7 zeros: a session from before the window counted", got)
	}
}
