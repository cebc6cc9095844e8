package cli

import (
	"errors"
	"os"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/routines"
	"github.com/backcoach/backcoach/tui"
)

// newRemind is `backcoach remind`: it waits for breaks and coaches them.
func newRemind(env Env) *cobra.Command {
	var (
		o       coachFlags
		every   = durationValue(breaks.DefaultEvery)
		hours   hoursValue
		routine string
	)
	c := &cobra.Command{
		Use:   "remind",
		Short: "remind you to take a break, and coach it",
		Long: `Wait in a terminal and call you to a break every so often, then coach it:
low back and upper back in turn unless --routine says which. While it
waits, backcoach status shows the next break.

Keys while waiting: ` + tui.RemindKeys() + ".",
		Example: `  backcoach remind
  backcoach remind --every 45m --hours 09:00-17:30
  backcoach remind --routine upper-back --quiet`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			return remind(env, o, breaks.Config{Every: time.Duration(every), Hours: hours.h}, routine)
		},
	}
	o.add(c)
	f := c.Flags()
	f.Var(&every, "every", "time between breaks, like 50m, 1h or 90s")
	f.Var(&hours, "hours", "remind only within working hours, like 09:00-17:30")
	f.StringVar(&routine, "routine", "", "always the routine `ID` (default: low back and upper back in turn)")
	complete(c, "every", []string{"30m", "45m", "50m", "1h", "90m"})
	complete(c, "hours", []string{"09:00-17:00", "09:00-17:30", "08:30-16:30"})
	_ = c.RegisterFlagCompletionFunc("routine", routineIDs(env, &o.libraryFlags))
	return c
}

func remind(env Env, o coachFlags, cfg breaks.Config, routine string) error {
	lib, err := load(o.libraryFlags, env.Getenv)
	if err != nil {
		return inputErr(err)
	}
	if routine != "" {
		if _, ok := routines.Find(lib.routines, routine); !ok {
			return inputErr(errNoRoutine(lib.routines, routine))
		}
		cfg.Routines = []string{routine}
	} else {
		for _, id := range []string{"low-back", "upper-back"} {
			if _, ok := routines.Find(lib.routines, id); ok {
				cfg.Routines = append(cfg.Routines, id)
			}
		}
		if len(cfg.Routines) == 0 {
			cfg.Routines = routines.IDs(lib.routines)
		}
	}
	ropts := tui.RemindOptions{Coach: coachOptions(o, lib, "", env), Breaks: cfg}
	if state := config.PathsFrom(env.Getenv).RemindState(); state != "" {
		pid := os.Getpid()
		owner := breaks.OwnState(state)
		ropts.Saved = func(st string, next time.Time, routine string) error {
			return owner.Write(breaks.State{PID: pid, State: st, Next: next, Routine: routine})
		}
		defer owner.Release()
	}
	return coached(env, o, "remind needs a terminal to read keys from (stdin)", ropts.Coach.Journal, func(events coach.Sink) tea.Model {
		ropts.Coach.Events = events
		return tui.NewReminder(ropts)
	})
}

// hoursValue is --hours: working hours like 09:00-17:30, or none.
type hoursValue struct {
	s string
	h *breaks.Hours
}

func (v *hoursValue) String() string { return v.s }
func (v *hoursValue) Type() string   { return "HH:MM-HH:MM" }
func (v *hoursValue) Set(s string) error {
	h, err := breaks.ParseHours(s)
	if err != nil {
		return errors.New(strings.TrimPrefix(err.Error(), "hours: "))
	}
	v.s, v.h = s, &h
	return nil
}
