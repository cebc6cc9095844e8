package cli

import (
	"fmt"
	"os"
	"slices"

	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/routines"
)

// newValidate is `backcoach validate [FILE|DIR...]`: every problem of
// routine files, with its line. With no arguments it checks the user's
// folder and --routines DIR.
func newValidate(env Env) *cobra.Command {
	var l libraryFlags
	c := &cobra.Command{
		Use:   "validate [FILE|DIR...]",
		Short: "check routine files (default: your routines folder)",
		Long: `Check routine files and folders of them: each problem is named with its
file, line and field, every problem of a file at once, in line order. A
folder is checked for its *.yaml and *.yml files (the extension in any
case). With no arguments, your routines folder is checked; --routines DIR
adds DIR, with or without arguments.

Exit 0 when every routine file checked is valid. Exit 1 when a file has a
problem, a path cannot be read, or there is nothing to check (a folder
with no routine files, or no arguments and no routines folder): nothing
checked is not a pass. Exit 2 for a mistake in the command line.`,
		Example: `  backcoach validate
  backcoach validate neck.yaml ~/shared-routines/
  backcoach validate --routines ~/shared-routines`,
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(c *cobra.Command, targets []string) error {
			return validate(env, l, targets)
		},
	}
	l.add(c)
	return c
}

func validate(env Env, l libraryFlags, targets []string) error {
	if len(targets) == 0 {
		if d := config.PathsFrom(env.Getenv).Routines(); d != "" {
			if _, err := os.Stat(d); err == nil {
				targets = append(targets, d)
			}
		}
	}
	if l.routinesDir != "" && !slices.Contains(targets, l.routinesDir) {
		targets = append(targets, l.routinesDir) // what the coach loads, checked too
	}
	if len(targets) == 0 {
		return inputErr(fmt.Errorf("no routine files to check: give files or folders, or put routines in %s", config.PathsFrom(env.Getenv).Routines()))
	}
	out := newOutput(env.Stdout)
	bad := false
	for _, t := range targets {
		st, err := os.Stat(t)
		if err != nil {
			fmt.Fprintf(out, "%s: cannot read: %v\n", safetext.Escape(t), unwrapPathErr(err))
			bad = true
			continue
		}
		if !st.IsDir() {
			if _, err := routines.LoadFile(t); err != nil {
				fmt.Fprintln(out, err)
				bad = true
			} else {
				fmt.Fprintf(out, "%s: ok\n", safetext.Escape(t))
			}
			continue
		}
		rs, err := routines.LoadDir(t)
		failed := map[string]bool{}
		for _, f := range routines.ErrorFiles(err) {
			failed[f] = true
		}
		if err != nil {
			fmt.Fprintln(out, err)
			bad = true
		}
		for _, r := range rs {
			if !failed[r.Source] {
				fmt.Fprintf(out, "%s: ok\n", safetext.Escape(r.Source))
			}
		}
		if len(rs) == 0 && err == nil {
			fmt.Fprintf(out, "%s: no routine files (*.yaml or *.yml) here\n", safetext.Escape(t))
			bad = true // nothing checked is not a pass
		}
	}
	if err := out.result(); err != nil {
		return err
	}
	if bad {
		return silentExit(ExitInput) // the problems are the output
	}
	return nil
}
