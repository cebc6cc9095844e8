package cli

import (
	"fmt"
	"os"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
	"github.com/backcoach/backcoach/tui"
)

// newRemind is `backcoach remind`: it waits for breaks and coaches them.
func newRemind(env Env) *cobra.Command {
	var o coachFlags
	c := &cobra.Command{
		Use:   "remind",
		Short: "remind you to take a break, and coach it",
		Long: `Wait in a terminal and call you to a break every so often, then coach it:
low back and upper back in turn unless --routine (or remind.routines in
config.yaml) says which. A break that is ignored is asked for again every
few minutes (--again). While it waits, backcoach status shows the next
break. One remind runs per user: a second one says which is running.

Keys while waiting: ` + tui.RemindKeys() + ".",
		Example: `  backcoach remind
  backcoach remind --every 45m --hours 09:00-17:30
  backcoach remind --routine upper-back --quiet`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			l, err := settings(env, c)
			if err != nil {
				return err
			}
			o.Settings = l.Settings
			return remind(env, o, l)
		},
	}
	o.add(c)
	addRemindFlags(c, env, &o.libraryFlags)
	return c
}

// addRemindFlags gives c remind's own flags, each a setting of
// config.yaml's remind: part.
func addRemindFlags(c *cobra.Command, env Env, l *libraryFlags) {
	addSettings(c, remindSetting)
	_ = c.RegisterFlagCompletionFunc("routine", routineIDs(env, l))
}

func remind(env Env, o coachFlags, l config.Loaded) error {
	lib, err := load(o.libraryFlags, env.Getenv)
	if err != nil {
		return inputErr(err)
	}
	cfg := breaks.Config{Every: l.Remind.Every, Again: l.Remind.Again}
	if l.Remind.Hours != "" {
		h, err := breaks.ParseHours(l.Remind.Hours)
		if err != nil {
			return inputErr(err) // config checked it already
		}
		cfg.Hours = &h
	}
	for _, id := range l.Remind.Routines {
		if _, ok := routines.Find(lib.routines, id); !ok {
			where := "--routine"
			if l.Sources["remind.routines"] == config.FromFile {
				where = l.File + ": remind.routines"
			}
			return inputErr(fmt.Errorf("%s: %w", where, errNoRoutine(lib.routines, id)))
		}
		cfg.Routines = append(cfg.Routines, id)
	}
	if len(cfg.Routines) == 0 {
		for _, id := range breaks.DefaultRoutines() {
			if _, ok := routines.Find(lib.routines, id); ok {
				cfg.Routines = append(cfg.Routines, id)
			}
		}
		if len(cfg.Routines) == 0 {
			cfg.Routines = routines.IDs(lib.routines)
		}
	}
	copts, jw := coachOptions(o, lib, "", env)
	ropts := tui.RemindOptions{Coach: copts, Breaks: cfg,
		// A file fixed (or broken) since remind started reaches the next break.
		Reload: func() ([]routines.Routine, string) {
			lib, err := load(o.libraryFlags, env.Getenv)
			if err != nil {
				return nil, safe(err)
			}
			return lib.routines, warning(lib.problems)
		},
		LastBreak: lastBreak(env, o),
	}
	var owner *breaks.Owner
	if state := config.PathsFrom(env.Getenv).RemindState(); state != "" {
		if owner, err = breaks.Claim(state); err != nil {
			return inputErr(err)
		}
		pid := os.Getpid()
		ropts.Saved = func(st string, next time.Time, routine string) error {
			return owner.Write(breaks.State{PID: pid, State: st, Next: next, Routine: routine})
		}
		defer owner.Release()
	}
	err = coached(env, o, "remind needs a terminal to read keys from (stdin)", jw, func(events coach.Sink) tea.Model {
		ropts.Coach.Events = events
		return tui.NewReminder(ropts)
	})
	if owner != nil && err == nil {
		if lost := owner.Lost(); lost != nil {
			return inputErr(lost) // its lock removed: the reminder stopped, exit 1
		}
	}
	return err
}

// lastBreak finds the end of the latest routine recorded since a time (a
// routine done with backcoach run while remind waits). It looks at the
// journal only when the file changed: remind asks once a minute.
func lastBreak(env Env, o coachFlags) func(since time.Time) (time.Time, bool) {
	path := config.PathsFrom(env.Getenv).Journal()
	if o.noJournal || path == "" {
		return nil
	}
	var (
		mu   sync.Mutex // the commands that call it may overlap
		seen time.Time  // the journal's last change looked at
	)
	return func(since time.Time) (time.Time, bool) {
		mu.Lock()
		defer mu.Unlock()
		st, err := os.Stat(path)
		if err != nil || !st.ModTime().After(seen) {
			return time.Time{}, false
		}
		seen = st.ModTime()
		now := env.Now()
		status, _, err := journal.ReadStatus(path, now)
		if err != nil {
			return time.Time{}, false
		}
		// A session ending later than now (a clock set back, a journal
		// synced from a machine ahead) must not hide one that ended: it
		// is given only when there is none, and remind counts it as now.
		var last, ahead time.Time
		for _, s := range status.Today {
			if s.Ended == nil || !s.Ended.After(since) || !journal.Counts(s.Outcome) {
				continue
			}
			switch end := *s.Ended; {
			case end.After(now):
				if ahead.IsZero() || end.Before(ahead) {
					ahead = end
				}
			case end.After(last):
				last = end
			}
		}
		if last.IsZero() {
			last = ahead
		}
		return last, !last.IsZero()
	}
}
