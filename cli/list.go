package cli

import (
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// newList is `backcoach list`: the routines as a table. It needs no
// terminal.
func newList(env Env) *cobra.Command {
	var l libraryFlags
	c := &cobra.Command{
		Use:   "list",
		Short: "the routines: id, name, exercises, time, where, source",
		Long: `List every routine: the built-ins, yours, and those in --routines DIR, with
how long each takes at the level given.`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			// The level of --level, else the picker's or config.yaml's
			// (only then is config.yaml read, and a broken one an error).
			s := config.Loaded{Settings: config.Defaults(), Sources: map[string]string{}}
			var err error
			if c.Flags().Changed("level") {
				flagsOver(c, &s, env.Getenv)
			} else if s, err = settings(env, c); err != nil {
				return err
			}
			lib, err := load(l, env.Getenv)
			if err != nil {
				return inputErr(err)
			}
			out := newOutput(env.Stdout)
			t := &table{}
			t.row("ID", "NAME", "EXERCISES", "TIME", "WHERE", "SOURCE")
			for _, r := range lib.routines {
				where := r.Where()
				if where == "" {
					where = "-"
				}
				t.row(r.ID, r.Name, strconv.Itoa(len(r.Exercises)), words.Clock(routines.Estimate(r, s.Level)), where, safetext.Escape(r.Source))
			}
			if _, err := io.WriteString(out, t.String()); err != nil {
				return out.result() // a closed pipe (list | head): nothing more to say
			}
			if lib.problems != nil {
				// The list is still right about every routine that loaded.
				warn(env, "%s", warning(lib.problems))
			}
			return nil
		},
	}
	l.add(c)
	addSettings(c, func(key string) bool { return key == "level" })
	return c
}
