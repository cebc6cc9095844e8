package cli

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
	"github.com/backcoach/backcoach/tui"
)

// newRemind is `backcoach remind`: it waits for breaks and coaches them.
func newRemind(env Env) *cobra.Command {
	var o coachFlags
	c := &cobra.Command{
		Use:   "remind [snooze|skip|pause|resume|now]",
		Short: "remind you to take a break, and coach it",
		Long: `Wait in a terminal and call you to a break every so often, then coach it:
low back and upper back in turn unless --routine (or remind.routines in
config.yaml) says which. A break that is ignored is asked for again every
few minutes (--again). While it waits, backcoach status shows the next
break. One remind runs per user: a second one says which is running.

Keys while waiting: ` + tui.RemindKeys() + `.

From another terminal or a tmux key, backcoach remind snooze, skip,
pause, resume or now asks the running remind to do what its keys z, s,
h, u or enter do. It prints what came of it ("Snoozed until 14:10"),
which remind's screen says too, and exits 1 when nothing was done (no
break due to snooze) or no remind is running. It never waits more than
a few seconds.`,
		Example: `  backcoach remind
  backcoach remind --every 45m --hours 09:00-17:30
  backcoach remind --hours 22:00-06:00
  backcoach remind --routine upper-back --quiet
  tmux bind-key Z run-shell 'backcoach remind snooze'`,
		ValidArgs: remindAsks,
		Args:      remindArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 1 {
				return askRemind(env, c, args[0])
			}
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

// remindAsks are what remind asks of the running one, for completion.
var remindAsks = []string{
	"snooze\tput off the due break by " + words.Period(breaks.SnoozeFor),
	"skip\tskip the due break",
	"pause\tpause reminders for " + words.Period(breaks.PauseFor),
	"resume\tresume paused reminders",
	"now\tstart a break now",
}

// remindArgs takes no argument, or one of breaks.Asks.
func remindArgs(c *cobra.Command, args []string) error {
	switch {
	case len(args) == 0:
		return nil
	case len(args) == 1 && slices.Contains(breaks.Asks, args[0]):
		return nil
	case len(args) == 1:
		return &exitError{code: ExitUsage, err: fmt.Errorf("remind: no %s to ask; want %s", echoed(args), words.Or(breaks.Asks)),
			hint: fmt.Sprintf("Run %s --help for usage.", c.CommandPath())}
	}
	return &exitError{code: ExitUsage, err: fmt.Errorf("remind takes one thing to ask at most, got %s", echoed(args)),
		hint: fmt.Sprintf("Run %s --help for usage.", c.CommandPath())}
}

// askRemind asks the running remind to do what (backcoach remind
// snooze) and prints its answer; exit 1 when it did nothing, or none
// runs. Flags are the running remind's: one given here is refused.
func askRemind(env Env, c *cobra.Command, what string) error {
	var given []string
	c.Flags().Visit(func(f *pflag.Flag) { given = append(given, "--"+f.Name) })
	if len(given) > 0 {
		return usageErr("remind %s takes no flags (%s): they are the running remind's", what, strings.Join(given, ", "))
	}
	path := config.PathsFrom(env.Getenv).RemindState()
	if path == "" {
		return inputErr(errors.New("no remind is running: no state folder (set HOME or XDG_STATE_HOME)"))
	}
	ok, text, err := breaks.Ask(path, what)
	if errors.Is(err, breaks.ErrNotRunning) {
		return inputErr(errors.New("no remind is running; start one with backcoach remind"))
	}
	if err != nil {
		return inputErr(err)
	}
	if !ok {
		return inputErr(errors.New(text))
	}
	out := newOutput(env.Stdout)
	fmt.Fprintln(out, safetext.Escape(text))
	return out.result()
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
		// Deferred after Release, so run before it: the socket goes first.
		if l, err := owner.Listen(); err == nil {
			defer l.Close()
			ropts.Asks = l.Requests
		} else {
			ropts.Problem = "backcoach remind snooze and the like cannot reach this remind: " + safe(err)
		}
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
