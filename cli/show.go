package cli

import (
	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/internal/sheet"
)

// newShow is `backcoach show ID|FILE`: a routine's whole plan, to check
// one's own routine or to print for a physical therapist.
func newShow(env Env) *cobra.Command {
	var l libraryFlags
	format := newChoice("text", "text", "md")
	c := &cobra.Command{
		Use:   "show ID|FILE.yaml",
		Short: "a routine's whole plan, in plain text or Markdown",
		Long: `Print a routine's whole plan: each exercise with where it is done, its
steps, its figure, holds, reps, sides, rest and time to get ready, and the
routine's total time at both levels. In plain text, or in Markdown with
--format md, to print or send to a physical therapist.`,
		Example: `  backcoach show low-back
  backcoach show low-back --format md > low-back.md
  backcoach show ./neck.yaml`,
		Args: oneRoutine("show"),
		RunE: func(c *cobra.Command, args []string) error {
			lib, err := load(l, env.Getenv)
			if err != nil {
				return inputErr(err)
			}
			r, err := resolveIn(lib, args[0])
			if err != nil {
				return inputErr(err)
			}
			f, _ := sheet.ParseFormat(format.String()) // the flag took only text or md
			out := newOutput(env.Stdout)
			_ = sheet.Write(out, r, f) // out keeps the error
			return out.result()
		},
	}
	l.add(c)
	c.Flags().Var(&format, "format", "plain text, or md for Markdown")
	complete(c, "format", []string{"text\tplain text", "md\tMarkdown"})
	c.ValidArgsFunction = routineArg(env, &l)
	return c
}
