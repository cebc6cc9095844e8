package cli

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/routines"
	"github.com/backcoach/backcoach/tui"
)

// newRun is `backcoach run ID|FILE`: one routine at once, no picker.
func newRun(env Env) *cobra.Command {
	var o coachFlags
	c := &cobra.Command{
		Use:   "run ID|FILE.yaml",
		Short: "start one routine at once",
		Long: `Start one routine at once, without the picker: a built-in or your own by
its id or its name (see backcoach list), or a routine file by its path.`,
		Example: `  backcoach run low-back
  backcoach run "Upper back"
  backcoach run upper-back --level full
  backcoach run ./neck.yaml --plain`,
		Args: oneRoutine("run"),
		RunE: func(c *cobra.Command, args []string) error {
			l, err := settings(env, c)
			if err != nil {
				return err
			}
			o.Settings = l.Settings
			return runCoach(env, o, args[0])
		},
	}
	o.add(c)
	c.ValidArgsFunction = routineArg(env, &o.libraryFlags)
	return c
}

// runCoach runs the interactive coach: the picker, or one routine at once.
func runCoach(env Env, o coachFlags, target string) error {
	lib, err := load(o.libraryFlags, env.Getenv)
	if err != nil {
		return inputErr(err)
	}
	start := ""
	if target != "" {
		r, err := resolveIn(lib, target)
		if err != nil {
			return inputErr(err)
		}
		lib.routines = routines.Merge(lib.routines, []routines.Routine{r}) // a FILE.yaml joins or replaces by id
		start = r.ID
	}
	topts, jw := coachOptions(o, lib, start, env)
	return coached(env, o, "the coach needs a terminal to read keys from (stdin); for a plain listing try: backcoach list", jw,
		func(events coach.Sink) tea.Model {
			topts.Events = events
			return tui.New(topts)
		})
}
