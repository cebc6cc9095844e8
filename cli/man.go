package cli

import (
	"fmt"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
)

// newMan is `backcoach man`: the man page, made from the command tree,
// in roff on stdout.
func newMan() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "print the man page (roff), to install it",
		Long: `Print backcoach's man page in roff, made from its commands and flags.
To install it for your user:

  mkdir -p ~/.local/share/man/man1
  backcoach man | gzip > ~/.local/share/man/man1/backcoach.1.gz`,
		Args:   noArgs,
		Hidden: true, // for installers: the page lists the commands a person runs
		RunE: func(c *cobra.Command, _ []string) error {
			page, err := mcobra.NewManPage(1, c.Root())
			if err != nil {
				return err
			}
			page = page.WithSection("Exit status", "0 done, or quit; 1 bad input (an unknown routine, an invalid file) "+
				"or a failed write; 2 a usage error, or no terminal; 128+N ended by signal N.").
				WithSection("Files", "$XDG_CONFIG_HOME/backcoach/routines/*.yaml: your routines. "+
					"$XDG_STATE_HOME/backcoach/journal.jsonl: the journal of sessions.").
				WithSection("Not medical advice", "backcoach is not medical advice: for back pain, see a physical therapist.")
			out := newOutput(c.OutOrStdout())
			fmt.Fprint(out, page.Build(roff.NewDocument()))
			return out.result()
		},
	}
}
