package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/journal"
)

// newStatus is `backcoach status`: one short line for a status bar.
func newStatus(env Env) *cobra.Command {
	width := columnsValue(maxStatusWidth)
	c := &cobra.Command{
		Use:   "status",
		Short: "one line for a status bar: next break, streak, today",
		Long: `Print one short line for a status bar or prompt: the next break while
backcoach remind runs (or how overdue it is, or until when reminders are
paused), your streak of days, and the time spent today. What is zero is
left out; on a fresh install the line is empty. The whole line is at most
60 columns (--width 0: no limit); --width N keeps it within N, leaving
out today, then the streak, then shortening the break. It reads the journal backwards from its
end, only as far as the streak goes (a streak of 1000 days or more shows as
"1000+ days"; history counts it whole), so it stays fast on years of history.`,
		Example: `  tmux set -g status-right '#(backcoach status --width 40)'`,
		Args:    noArgs,
		RunE: func(*cobra.Command, []string) error {
			return status(env, int(width))
		},
	}
	c.Flags().Var(&width, "width", "keep the line within N columns (0: no limit)")
	return c
}

func status(env Env, width int) error {
	now := env.Now()
	var brk, short string // the break's part, and its shortest form
	if p := config.PathsFrom(env.Getenv).RemindState(); p != "" {
		st, err := breaks.ReadState(p)
		if err != nil {
			warn(env, "%s", safe(err)) // the streak is still right
		}
		if st != nil && breaks.StateHeld(p) {
			if err := believable(*st, now); err != nil {
				warn(env, "%s: %s", safetext.Escape(p), err)
			} else {
				brk, short = breakPart(*st, now)
			}
		}
	}
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
	var parts []string
	if brk != "" {
		parts = append(parts, brk)
	}
	if st.StreakAtLeast {
		parts = append(parts, fmt.Sprintf("streak %d+ days", st.Streak))
	} else if st.Streak > 0 {
		parts = append(parts, "streak "+words.Count(st.Streak, "day"))
	}
	if today := journal.DailyMinutes(st.Today, now, 1)[0]; today > 0 {
		// Rounded up, as every minute remind and status print.
		parts = append(parts, fmt.Sprintf("%d min today", words.UpMinutes(time.Duration(today*float64(time.Minute)))))
	}
	line := fitStatus(parts, short, width)
	if line == "" {
		return nil // nothing to say: a status bar shows nothing
	}
	out := newOutput(env.Stdout)
	fmt.Fprintln(out, line)
	return out.result()
}

// How far from now a reminder's next break may be and be believed. A
// reminder plans at most a day's interval ahead, then to the start of the
// next day's working hours: under two days, and a clock change. A break
// stays due while a laptop sleeps, a week of it even. Past these, the
// state file is damaged: year 1 read "overdue 2562047 h", year 9999
// "next break Dec 31 23:59".
const (
	believedAhead  = 3 * 24 * time.Hour
	believedBehind = 7 * 24 * time.Hour
)

// believable says what is wrong with the time in st, if it is one no
// reminder writes; nil for a state that shows no time.
func believable(st breaks.State, now time.Time) error {
	if st.State != "waiting" && st.State != "paused" && st.State != "due" || st.Next.IsZero() {
		return nil // nothing of the time is shown (a due break without one is "break due")
	}
	var how string
	switch {
	case st.Next.Sub(now) > believedAhead:
		how = "more than " + words.Count(int(believedAhead/(24*time.Hour)), "day") + " ahead"
	case now.Sub(st.Next) > believedBehind:
		how = "more than " + words.Count(int(believedBehind/(24*time.Hour)), "day") + " ago"
	default:
		return nil
	}
	return fmt.Errorf("next: damaged time %s (%s), ignored", st.Next.Format(time.RFC3339), how)
}

// breakPart is what remind's state says, in words, and its shortest form;
// nothing for a state no reminder writes (a damaged file: null, {}, a
// waiting without its time), which would read "next break Jan 1 00:00".
func breakPart(st breaks.State, now time.Time) (string, string) {
	switch {
	case st.State == "waiting" || st.State == "paused":
		if st.Next.IsZero() {
			return "", ""
		}
	case st.State != "due" && st.State != "break":
		return "", ""
	}
	switch st.State {
	case "due":
		if overdue := now.Sub(st.Next); overdue >= breaks.DueGrace && !st.Next.IsZero() {
			return "break overdue " + words.Ago(now, st.Next), "break due"
		}
		return "break due", "break due"
	case "break":
		return "on a break", "on a break"
	case "paused":
		return "breaks paused until " + words.At(now, st.Next), "paused"
	}
	// Minutes while the break is near, even across midnight ("in 13 min",
	// not "tomorrow 00:05"); a clock time for one hours away.
	// Times are as the clocks here show them (now's zone), not the
	// writer's offset nor the machine's.
	if left := st.Next.Sub(now); left < 2*time.Hour || left < 12*time.Hour && st.Next.In(now.Location()).Day() == now.Day() {
		return "next break " + words.In(now, st.Next), "break " + st.Next.In(now.Location()).Format("15:04")
	}
	return "next break " + words.At(now, st.Next), "break " + words.At(now, st.Next)
}

// fitStatus joins parts within width columns (0: any): leaving out the
// last parts first, then putting the first in its short form, then
// cutting it with "…".
func fitStatus(parts []string, short string, width int) string {
	line := strings.Join(parts, " · ")
	if width <= 0 {
		return line
	}
	for len(parts) > 1 && len([]rune(line)) > width {
		parts = parts[:len(parts)-1]
		line = strings.Join(parts, " · ")
	}
	if len([]rune(line)) > width && short != "" {
		line = short
	}
	if r := []rune(line); len(r) > width {
		if width < 2 {
			return ""
		}
		line = string(r[:width-1]) + "…"
	}
	return line
}

// maxStatusWidth is the most columns the line takes without --width.
const maxStatusWidth = 60

// maxStatusWarnings is how many damaged lines status names.
const maxStatusWarnings = 5
