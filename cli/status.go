package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/safetext"
)

// newStatus is `backcoach status`: one short line for a status bar.
func newStatus(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "one line for a status bar: next break, streak, today",
		Long: `Print one short line for a status bar or prompt: the next break if
backcoach remind is running, your streak of days, and the time spent
today. It reads the journal backwards from its end, only as far as the
streak goes, so it stays fast on years of history.`,
		Example: `  tmux set -g status-right '#(backcoach status)'`,
		Args:    noArgs,
		RunE: func(*cobra.Command, []string) error {
			return status(env)
		},
	}
}

func status(env Env) error {
	var parts []string
	if p := config.PathsFrom(env.Getenv).RemindState(); p != "" {
		st, err := breaks.ReadState(p)
		if err != nil {
			warn(env, "%s", safe(err)) // the streak is still right
		}
		if st != nil && breaks.StateHeld(p) {
			switch st.State {
			case "due":
				parts = append(parts, "break due")
			case "break":
				parts = append(parts, "on a break")
			default:
				parts = append(parts, "next break "+st.Next.Local().Format("15:04"))
			}
		}
	}
	now := time.Now()
	st, warns, err := journal.ReadStatus(config.PathsFrom(env.Getenv).Journal(), now)
	if err != nil {
		return inputErr(err)
	}
	for i, w := range warns {
		if i == maxStatusWarnings { // a prompt shows them every time: history lists them all
			warn(env, "and %d more; backcoach history names them all", len(warns)-i)
			break
		}
		warn(env, "%s", safetext.Escape(w.Error()))
	}
	today := journal.DailyMinutes(st.Today, now, 1)[0]
	parts = append(parts, fmt.Sprintf("streak %d %s", st.Streak, plural(st.Streak, "day")),
		fmt.Sprintf("%s today", clock(today*60)))
	out := newOutput(env.Stdout)
	fmt.Fprintln(out, strings.Join(parts, " · "))
	return out.result()
}

// maxStatusWarnings is how many damaged lines status names.
const maxStatusWarnings = 5
