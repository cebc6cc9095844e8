// Package breaks is the schedule of break reminders: every so often,
// within working hours if given, alternating routines. It keeps wall-clock
// time, so a laptop that sleeps past a break is reminded once, not once
// per missed break. It knows nothing of the terminal.
//
// A running reminder owns a state file (state.go) that says what it waits
// for, so that `status` can tell, and never believes a reminder that died.
package breaks

import "time"

// Defaults for the reminders.
const (
	DefaultEvery = 50 * time.Minute
	DefaultAgain = 5 * time.Minute
	SnoozeFor    = 5 * time.Minute
	PauseFor     = time.Hour
	// Morning is when "pause till work starts" ends without working
	// hours.
	Morning = 9 * time.Hour
)

// MinEvery and MinAgain are the shortest times between breaks and between
// reminders of an ignored break that a reminder takes: a slip like
// "again: 5ms" for 5m would ring a thousand times a second. They are
// variables only for the end-to-end tests' build (floor_e2e.go), whose
// reminders ring within seconds.
var (
	MinEvery = time.Minute
	MinAgain = 30 * time.Second
)

// DefaultRoutines are the routines remind takes in turn unless told
// otherwise (those of them that are loaded).
func DefaultRoutines() []string { return []string{"low-back", "upper-back"} }

// Config is what the user asked for.
type Config struct {
	Every    time.Duration // between breaks
	Again    time.Duration // between reminders while a break is ignored
	Hours    *Hours        // only within these hours; nil means any time
	Routines []string      // taken in turn
}

// Schedule says when the next break is due and which routine it is for.
type Schedule struct {
	cfg    Config
	next   time.Time
	turn   int
	rung   time.Time // the last reminder of the due break, or zero
	paused bool      // next is the end of a pause the user asked for
	// While paused: kept is the break the pause put off, which Resume
	// brings back (a snooze, too); then is the break once the pause runs
	// out: the kept one (due at once if it has passed), or after a pause
	// till work starts, the first break of the day.
	kept, then time.Time
}

// wall drops t's monotonic clock reading. The monotonic clock stops while
// a laptop sleeps; break times are wall-clock times, so that a break missed
// in sleep is due on waking, not an hour of sleep later.
func wall(t time.Time) time.Time { return t.Round(0) }

// New starts a schedule at now: the first break is one interval away,
// or, outside working hours, one interval after they start.
func New(cfg Config, now time.Time) *Schedule {
	now = wall(now)
	if cfg.Every <= 0 {
		cfg.Every = DefaultEvery
	}
	if cfg.Again <= 0 {
		cfg.Again = DefaultAgain
	}
	s := &Schedule{cfg: cfg}
	s.next = s.after(now, cfg.Every)
	return s
}

// Next is when the next break is due, or while paused, when the pause
// ends.
func (s *Schedule) Next() time.Time { return s.next }

// Due reports whether the break is due at now. However long the clock
// jumped (a laptop asleep), it is one break: the next one is counted from
// what the user does about it.
//
// Outside working hours nothing is due: a break missed at 17:00 by a laptop
// that wakes at 22:00 moves to the next morning instead.
func (s *Schedule) Due(now time.Time) bool {
	now = wall(now)
	if now.Before(s.next) {
		return false
	}
	if s.paused { // the pause has run out: the break it put off comes back
		s.moved(s.then, false)
		if now.Before(s.next) {
			return false
		}
	}
	if f := s.fit(now); !f.Equal(now) {
		s.next = f
		return false
	}
	return true
}

// Ring reports whether to remind the user at now: when the break falls
// due, and again every Again while it is ignored (not taken, snoozed,
// skipped or paused).
func (s *Schedule) Ring(now time.Time) bool {
	now = wall(now)
	if !s.Due(now) {
		return false
	}
	if !s.rung.IsZero() && now.Sub(s.rung) < s.cfg.Again {
		return false
	}
	s.rung = now
	return true
}

// DueGrace is how long a break is just due before it counts as overdue:
// the wake-up that rings it comes a few milliseconds late, and the
// prompt it opens says "Time for a back break", not "overdue 1 min".
const DueGrace = time.Second

// Overdue is how long the due break has waited, or 0 (within DueGrace
// too).
func (s *Schedule) Overdue(now time.Time) time.Duration {
	if d := wall(now).Sub(s.next); d >= DueGrace && !s.paused {
		return d
	}
	return 0
}

// Paused reports whether reminders are paused, and until when.
func (s *Schedule) Paused() (time.Time, bool) { return s.next, s.paused }

// moved sets the next break to t, forgetting the reminders of the last
// and any pause.
func (s *Schedule) moved(t time.Time, paused bool) {
	s.next, s.paused, s.rung = t, paused, time.Time{}
}

// pause pauses reminders until until, keeping the break put off for
// Resume (the first one, when a pause follows a pause); then is the next
// break once the pause runs out.
func (s *Schedule) pause(until, then time.Time) {
	if !s.paused {
		s.kept = s.next
	}
	s.then = then
	s.moved(until, true)
}

// Routine is the routine for the next break.
func (s *Schedule) Routine() string {
	if len(s.cfg.Routines) == 0 {
		return ""
	}
	return s.cfg.Routines[s.turn%len(s.cfg.Routines)]
}

// Done records a break taken at now: the next is an interval later, with
// the other routine.
func (s *Schedule) Done(now time.Time) {
	s.turn++
	s.moved(s.after(wall(now), s.cfg.Every), false)
}

// TakenElsewhere records a routine done outside the reminder (backcoach
// run while remind waits), ended at end: the next break is an interval
// after it. The turn stays: the rotation's routine is still to come. A
// routine that ends later than now (a clock set back, a journal synced
// from a machine whose clock is ahead) counts as ended now: a break
// "taken" in the future would silence the reminder until then.
func (s *Schedule) TakenElsewhere(end, now time.Time) {
	if end, now = wall(end), wall(now); end.After(now) {
		end = now
	}
	if t := s.after(end, s.cfg.Every); t.After(s.next) || !s.rung.IsZero() {
		s.moved(t, false)
	}
}

// Choose makes the next break's routine id, if it is one of the
// rotation's; the rotation goes on from it.
func (s *Schedule) Choose(id string) {
	for i, r := range s.cfg.Routines {
		if r == id {
			s.turn = i
		}
	}
}

// Snooze puts the due break off by five minutes.
func (s *Schedule) Snooze(now time.Time) { s.moved(s.after(wall(now), SnoozeFor), false) }

// Skip skips this break: the next is an interval later, same routine.
func (s *Schedule) Skip(now time.Time) { s.moved(s.after(wall(now), s.cfg.Every), false) }

// Pause stops reminders for an hour; then the break it put off is due
// (at once, if its time has passed).
func (s *Schedule) Pause(now time.Time) {
	kept := s.next
	if s.paused {
		kept = s.kept
	}
	s.pause(wall(now).Add(PauseFor), kept)
}

// PauseTomorrow stops reminders until work starts: the next start of
// working hours (at 02:05 with 09:00-17:30, 09:00 that morning; during
// them, the next day's), or the next 09:00 without them. The first break
// is an interval after it, as on any morning.
func (s *Schedule) PauseTomorrow(now time.Time) {
	now = wall(now)
	start := Morning
	if s.cfg.Hours != nil {
		start = s.cfg.Hours.Start
	}
	until := nextStart(now, start)
	then := until.Add(s.cfg.Every)
	if s.cfg.Hours != nil {
		sh, _ := s.cfg.Hours.shiftOf(until)
		then = s.first(sh)
	}
	s.pause(until, then)
}

// Resume ends a pause: the break it put off is back, a snooze too (due
// at once, if its time has passed).
func (s *Schedule) Resume(now time.Time) {
	if !s.paused {
		return
	}
	s.moved(s.kept, false)
	s.Due(now) // a break kept from before working hours ended moves into the next
}

// NextChange is when a display of the time left, in whole minutes,
// next changes (or the break falls due): the only time the waiting screen
// needs to wake.
func (s *Schedule) NextChange(now time.Time) time.Duration {
	left := s.next.Sub(wall(now))
	if left <= 0 {
		return 0
	}
	if w := left % time.Minute; w > 0 {
		return w
	}
	return min(time.Minute, left)
}

// WakeIn is how long a reminder may sleep at now: until what it shows
// next changes (the minutes left, or overdue), or the next reminder of an
// ignored break is due; 0 when a break is to ring now. Short of that, it
// is never less than a second: a change a few milliseconds away (a break
// due at 09:00:00 when it is 08:59:59.98) is shown that much late, not
// woken for twice.
func (s *Schedule) WakeIn(now time.Time) time.Duration {
	now = wall(now)
	if now.Before(s.next) || s.paused {
		return atLeastASecond(s.NextChange(now))
	}
	// Overdue shows from DueGrace on, and its minutes, rounded up, change
	// just after each whole minute: wake a second past it, so that what
	// is shown holds for the minute that follows.
	wake := DueGrace - now.Sub(s.next)
	if wake <= 0 {
		wake = (time.Minute-now.Sub(s.next)%time.Minute)%time.Minute + time.Second
	}
	if !s.rung.IsZero() {
		if again := s.cfg.Again - now.Sub(s.rung); again > 0 {
			wake = min(wake, again)
		} else {
			wake = 0
		}
	} else {
		wake = 0 // it has not rung yet: at once
	}
	return atLeastASecond(wake)
}

// atLeastASecond is d, if it is 0 (at once) or a second or more, else a
// second.
func atLeastASecond(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return max(d, time.Second)
}
