package cli

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/text/safetext"
)

// newConfig is `backcoach config`: the settings in force and where each
// came from, with the flags given laid over config.yaml.
func newConfig(env Env) *cobra.Command {
	var o coachFlags
	c := &cobra.Command{
		Use:   "config",
		Short: "the settings in force, and where each came from",
		Long: `Print every setting in force and where it came from: backcoach's default,
your config.yaml, or a flag given here (flags override the file for one
run). The file is $XDG_CONFIG_HOME/backcoach/config.yaml (or
~/.config/backcoach/config.yaml); a mistake in it is named with its line,
and nothing runs until it is fixed. Example:

  level: full            # gentle | full
  quiet: false
  speak: false
  sound: auto            # auto | tones | bell | off
  checkins: daily        # always | daily | never
  remind:
    every: 50m
    again: 5m            # re-remind while a break is ignored
    hours: 09:00-17:30
    routines: [low-back, upper-back]`,
		Example: `  backcoach config
  backcoach config --level full --every 30m`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			l, err := settings(env, c)
			if err != nil {
				return err
			}
			out := newOutput(env.Stdout)
			file := config.PathsFrom(env.Getenv).File()
			if l.File == "" {
				fmt.Fprintf(out, "No config file (%s): the defaults, and the flags given.\n\n", safetext.Escape(file))
			} else {
				fmt.Fprintf(out, "From %s and the flags given.\n\n", safetext.Escape(file))
			}
			t := &table{}
			t.row("SETTING", "VALUE", "FROM")
			for _, row := range config.Table() {
				t.row(row.Key, safetext.Escape(row.Shown(l.Settings)), l.Sources[row.Key])
			}
			_, _ = io.WriteString(out, t.String()) // out keeps the error
			return out.result()
		},
	}
	o.add(c)
	addRemindFlags(c, env, &o.libraryFlags)
	return c
}
