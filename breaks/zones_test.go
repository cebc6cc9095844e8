package breaks

import (
	"archive/zip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Schedules across the clock changes of every zone: the next break is
// always in the future once the user acts, and a reminder never wakes
// again within a second (a past "next day 00:00" made it spin).

// shippedZones are the zones of the tz database Go ships
// ($GOROOT/lib/time/zoneinfo.zip), each loaded from the zip itself, so
// that the test is the same whatever the system's zoneinfo holds.
func shippedZones(tb testing.TB) []*time.Location {
	tb.Helper()
	root := os.Getenv("GOROOT")
	if root == "" {
		out, err := exec.Command("go", "env", "GOROOT").Output()
		if err != nil {
			tb.Skipf("no GOROOT to find Go's zoneinfo.zip in: go env GOROOT: %v", err)
		}
		root = strings.TrimSpace(string(out))
	}
	zr, err := zip.OpenReader(filepath.Join(root, "lib", "time", "zoneinfo.zip"))
	if err != nil {
		tb.Skipf("Go's zoneinfo.zip: %v", err)
	}
	defer zr.Close()
	var zones []*time.Location
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		r, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			tb.Fatal(err)
		}
		loc, err := time.LoadLocationFromTZData(f.Name, data)
		if err != nil {
			tb.Fatalf("%s: %v", f.Name, err)
		}
		zones = append(zones, loc)
	}
	if len(zones) < 300 {
		tb.Fatalf("zoneinfo.zip holds %d zones, want the whole tz database", len(zones))
	}
	return zones
}

// transitions are the instants in [from, to) at which loc's offset
// changes. ZoneBounds finds each in one step; where it stops at a year's
// end (zones whose future is a rule, not a list), it steps an hour on.
func transitions(loc *time.Location, from, to time.Time) []time.Time {
	var out []time.Time
	for t := from.In(loc); t.Before(to); {
		_, end := t.ZoneBounds()
		if end.IsZero() || !end.Before(to) {
			break
		}
		if !end.After(t) {
			t = t.Add(time.Hour)
			continue
		}
		if _, before := end.Add(-time.Nanosecond).Zone(); true {
			if _, after := end.Zone(); after != before {
				out = append(out, end)
			}
		}
		t = end
	}
	return out
}

// hoursAround are working hours that meet the clock change at tr: none,
// ordinary ones, ones that start at the wall time the clocks leave (00:00
// where they go from 24:00 to 01:00) or in the skipped or repeated time,
// and ones that end in it.
func hoursAround(tr time.Time) []*Hours {
	_, before := tr.Add(-time.Nanosecond).Zone()
	_, after := tr.Zone()
	left := tr.In(time.FixedZone("", before)) // the wall time the clocks leave
	tod := time.Duration(left.Hour())*time.Hour + time.Duration(left.Minute())*time.Minute
	jump := time.Duration(after-before) * time.Second
	half := (jump / 2).Abs().Truncate(time.Minute)
	hs := []*Hours{nil, {9 * time.Hour, 17*time.Hour + 30*time.Minute}}
	add := func(start, end time.Duration) {
		start, end = max(0, start), min(end, 23*time.Hour+59*time.Minute)
		if start < end {
			hs = append(hs, &Hours{start, end})
		}
	}
	add(tod, tod+8*time.Hour)
	add(tod+half, tod+half+8*time.Hour)
	add(tod+half-8*time.Hour, tod+half)
	// Night shifts: across midnight, around the change and ending in it.
	day := 24 * time.Hour
	night := func(start, end time.Duration) {
		start, end = (start%day+day)%day, (end%day+day)%day
		if end < start {
			hs = append(hs, &Hours{start.Truncate(time.Minute), end.Truncate(time.Minute)})
		}
	}
	night(tod+half-3*time.Hour, tod+half-3*time.Hour+8*time.Hour)
	night(tod+half-8*time.Hour, tod+half)
	night(22*time.Hour, 6*time.Hour)
	return hs
}

// reminder drives a schedule as remind does: it wakes when WakeIn says
// (or later: a laptop asleep), rings, and the user acts on the ring.
type reminder struct {
	tb   testing.TB
	s    *Schedule
	now  time.Time
	what string // the case, for a failure
}

func newReminder(tb testing.TB, what string, cfg Config, now time.Time) *reminder {
	r := &reminder{tb: tb, s: New(cfg, now), now: wall(now), what: what}
	r.future("starting")
	return r
}

// future fails unless the next break is after now.
func (r *reminder) future(after string) {
	if !r.s.Next().After(r.now) {
		r.tb.Fatalf("%s: after %s at %v, the next break is %v: not in the future", r.what, after, r.now, r.s.Next())
	}
}

// wake is one wake-up at now: it rings if the break is due, and says how
// long to sleep, which is never less than a second.
func (r *reminder) wake() (rang bool, sleep time.Duration) {
	rang = r.s.Ring(r.now)
	if !r.s.Due(r.now) { // the screen asks too (Reminder.show)
		r.future("a wake-up with nothing due")
	}
	sleep = r.s.WakeIn(r.now)
	if sleep < time.Second {
		next, paused := r.s.Paused()
		r.tb.Fatalf("%s: at %v (next break %v, paused %v) it wakes again in %v; want at least a second", r.what, r.now, next, paused, sleep)
	}
	return rang, sleep
}

// act does the i-th of what a user does about a ring, in turn.
func (r *reminder) act(i int) {
	var did string
	switch i % 10 {
	case 1, 6:
		r.s.Done(r.now)
		did = "a break taken"
	case 2:
		r.s.Snooze(r.now)
		did = "snooze"
	case 3:
		r.s.Skip(r.now)
		did = "skip"
	case 5:
		r.s.Pause(r.now)
		did = "pause"
	case 7:
		r.s.PauseTomorrow(r.now)
		did = "pause until tomorrow"
	case 8:
		r.s.Resume(r.now)
		did = "resume"
	case 9:
		r.s.TakenElsewhere(r.now.Add(-time.Second), r.now)
		did = "a routine done elsewhere"
	default:
		return // the ring ignored
	}
	if did == "resume" && r.s.Due(r.now) {
		return // the break the pause put off has come: it rings at once
	}
	r.future(did)
}

// run wakes, rings and acts until the clock passes until or rings rings
// have been answered. Long waits are slept through to just before the
// break, as a laptop does.
func (r *reminder) run(until time.Time, rings int) {
	for n := 0; r.now.Before(until) && n < rings; {
		rang, sleep := r.wake()
		if rang {
			r.act(n)
			n++
			sleep = r.s.WakeIn(r.now)
			if sleep < time.Second {
				r.tb.Fatalf("%s: after acting at %v, it wakes again in %v", r.what, r.now, sleep)
			}
		}
		next := r.now.Add(sleep)
		if near := r.s.Next().Add(-2 * time.Minute); near.After(next) {
			next = near
		}
		r.now = next
	}
}

// aroundTransition checks schedules near the clock change at tr, with
// working hours h: each user action leaves the next break in the future,
// and reminders started before it never wake within a second.
func aroundTransition(tb testing.TB, zone string, tr time.Time, h *Hours) {
	what := zone + " " + tr.Format(time.RFC3339)
	if h != nil {
		what += " hours " + h.String()
	}
	for _, at := range []time.Duration{-26 * time.Hour, -9 * time.Hour, -61 * time.Minute, -time.Second, 0, time.Minute} {
		now := tr.Add(at)
		for _, every := range []time.Duration{MinEvery, DefaultEvery, 24 * time.Hour} {
			cfg := Config{Every: every, Again: MinAgain, Hours: h}
			r := newReminder(tb, what, cfg, now)
			for i := range 10 {
				r.act(i)
			}
		}
	}
	newReminder(tb, what, Config{Every: DefaultEvery, Hours: h}, tr.Add(-26*time.Hour)).run(tr.Add(27*time.Hour), 40)
	newReminder(tb, what, Config{Every: MinEvery, Again: MinAgain, Hours: h}, tr.Add(-10*time.Minute)).run(tr.Add(10*time.Minute), 30)
}

// The clock changes of nine years (two under -short), in every zone Go
// ships.
func TestSchedulesAcrossEveryZonesClockChanges(t *testing.T) {
	from, to := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	if testing.Short() {
		from, to = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	seen := 0
	for _, loc := range shippedZones(t) {
		for _, tr := range transitions(loc, from, to) {
			seen++
			for _, h := range hoursAround(tr) {
				aroundTransition(t, loc.String(), tr, h)
			}
		}
	}
	if seen < 500 {
		t.Fatalf("%d clock changes found, want the tz database's", seen)
	}
}

// midnightZone is a zone compiled with zic whose clocks go from 24:00
// to 01:00 on the first Sunday of September (as Santiago's do) and back
// from 24:00 to 23:00 on the first Sunday of April.
func midnightZone(t *testing.T) *time.Location {
	t.Helper()
	zic, err := exec.LookPath("zic")
	if err != nil {
		if _, serr := os.Stat("/usr/sbin/zic"); serr != nil {
			t.Skip("zic is missing (Debian and Ubuntu: the libc-bin package; elsewhere tzdata or tzcode): it compiles the midnight zone")
		}
		zic = "/usr/sbin/zic"
	}
	dir := t.TempDir()
	rules := filepath.Join(dir, "midnight")
	const src = `# Rule NAME FROM TO - IN ON AT SAVE LETTER
Rule	Mid	2000	max	-	Sep	Sun>=1	0:00	1:00	-
Rule	Mid	2000	max	-	Apr	Sun>=1	0:00	0	-
# Zone NAME STDOFF RULES FORMAT
Zone	Test/Midnight	-4:00	Mid	-04/-03
`
	if err := os.WriteFile(rules, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "zoneinfo")
	if b, err := exec.Command(zic, "-d", out, rules).CombinedOutput(); err != nil {
		t.Fatalf("zic: %v\n%s", err, b)
	}
	data, err := os.ReadFile(filepath.Join(out, "Test", "Midnight"))
	if err != nil {
		t.Fatal(err)
	}
	loc, err := time.LoadLocationFromTZData("Test/Midnight", data)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// Where the clocks go from 24:00 to 01:00, working hours that start at
// 00:00 start at 01:00 that day, not at 23:00 the day before; remind
// neither rings outside them nor spins until the clocks change.
func TestHoursThatStartAtAMidnightTheClocksSkip(t *testing.T) {
	loc := midnightZone(t)
	h := &Hours{0, 8 * time.Hour}
	day := func(hour, minute int) time.Time { return time.Date(2026, time.September, 5, hour, minute, 0, 0, loc) }
	if _, off := day(12, 0).Zone(); off != -4*3600 {
		t.Fatalf("zic's zone is %d s east on 5 Sep 2026, want -4 h", off)
	}
	s := New(Config{Every: DefaultEvery, Hours: h}, day(7, 30))
	s.Done(day(7, 45)) // 08:35 is after hours: an interval after the next day's start
	want := time.Date(2026, time.September, 6, 1, 0, 0, 0, loc)
	if first := want.Add(DefaultEvery); !s.Next().Equal(first) {
		t.Errorf("after the last break of 5 Sep: next %v, want %v (an interval after the first minute of 6 Sep)", s.Next(), first)
	}
	s.PauseTomorrow(day(20, 0))
	if until, _ := s.Paused(); !until.Equal(want) {
		t.Errorf("paused until tomorrow at 20:00: until %v, want %v", until, want)
	}
	for _, tr := range transitions(loc, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)) {
		for _, h := range hoursAround(tr) {
			aroundTransition(t, "Test/Midnight", tr, h)
		}
	}
}
