package cli

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/tui"
)

// historyLimit is how many sessions history lists unless told.
const historyLimit = 10

// historyOptions are history's flags.
type historyOptions struct {
	export, since, delete string
	limit                 int
	all                   bool
}

// newHistory is `backcoach history`: the journal, as a report or, with
// --export, every session as CSV or JSON; --delete ID leaves a session
// out from then on. It needs no terminal.
func newHistory(env Env) *cobra.Command {
	export := newChoice("", "csv", "json")
	var o historyOptions
	c := &cobra.Command{
		Use:   "history",
		Short: "your last sessions, streak, time per week",
		Long: `Show the journal: the last sessions (10 unless --limit or --all says),
your streaks, time per week, the last 14 days and, once you have rated
pain, pain by week. With --export, every session (one row per exercise
in CSV) for a spreadsheet. With --delete ID, a session recorded by
mistake (ID as the list shows it) is left out of history, status, the
streaks and the export from then on: the journal keeps it, with a line
that says it was deleted.`,
		Example: `  backcoach history
  backcoach history --limit 30
  backcoach history --delete 3fa2c1
  backcoach history --export csv > backcoach.csv
  backcoach history --export json --since 2026-11-01`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.export = export.String()
			if o.delete != "" {
				for _, f := range []string{"export", "since", "limit", "all"} {
					if cmd.Flags().Changed(f) {
						return usageErr("--delete goes alone: it deletes one session, --%s shows them", f)
					}
				}
				return deleteSession(env, o.delete)
			}
			if o.all && cmd.Flags().Changed("limit") {
				return usageErr("--all lists every session: leave out --limit, or --all")
			}
			if o.limit < 1 {
				return usageErr("--limit: want 1 or more sessions, got %d", o.limit)
			}
			if o.all {
				o.limit = 0
			}
			return history(env, o)
		},
	}
	c.Flags().Var(&export, "export", "every session, as csv (one row per exercise) or json")
	c.Flags().StringVar(&o.since, "since", "", "only sessions from this `DATE` on, like 2026-11-01")
	c.Flags().IntVar(&o.limit, "limit", historyLimit, "list the last `N` sessions")
	c.Flags().BoolVar(&o.all, "all", false, "list every session")
	c.Flags().StringVar(&o.delete, "delete", "", "leave out the session with this `ID` (as the list shows it) from now on")
	complete(c, "export", []string{"csv\tone row per exercise, for a spreadsheet", "json\tevery session as one array"})
	_ = c.RegisterFlagCompletionFunc("since", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		now := env.Now()
		return []string{
			journal.WeekStart(now).Format("2006-01-02") + "\tthis week",
			now.AddDate(0, 0, 1-now.Day()).Format("2006-01-02") + "\tthis month",
		}, cobra.ShellCompDirectiveNoFileComp
	})
	return c
}

// history prints the journal: the last sessions, the streaks, time per
// week and a 14-day chart; or, with export, every session as CSV or JSON.
func history(env Env, o historyOptions) error {
	path := config.PathsFrom(env.Getenv).Journal()
	if path == "" {
		return usageErr("no journal: neither XDG_STATE_HOME nor HOME is set")
	}
	var since time.Time
	if o.since != "" {
		t, err := time.ParseInLocation("2006-01-02", o.since, time.Local)
		if err != nil {
			return usageErr("--since: want a date like 2026-11-01, got %q", o.since)
		}
		since = t
	}
	// A quick scan gives every session's start and outcome (the streaks);
	// only the sessions shown are decoded in full.
	now := env.Now()
	j, err := journal.Scan(path, now)
	if err != nil {
		return inputErr(err)
	}
	warns := j.Warnings
	briefs := j.Briefs
	if !since.IsZero() {
		i := sort.Search(len(briefs), func(i int) bool { return !briefs[i].Started.Before(since) })
		briefs = briefs[i:]
	}
	first := time.Time{} // the first session (since --since), for the charts
	if len(briefs) > 0 {
		first = briefs[0].Started
	}
	var sessions []journal.Session
	decode := func(bs []journal.Brief) []journal.Session {
		s, w := j.Decode(bs)
		warns = append(warns, w...)
		return s
	}
	if o.export == "" && o.limit > 0 {
		// The last ones listed, and the eight weeks the charts cover.
		from := journal.WeekStart(now).AddDate(0, 0, -7*7)
		if d := now.AddDate(0, 0, -14); d.Before(from) {
			from = d
		}
		i := sort.Search(len(briefs), func(i int) bool { return !briefs[i].Started.Before(from) })
		briefs = briefs[min(i, max(0, len(briefs)-o.limit)):]
	}
	sessions = decode(briefs)
	sort.SliceStable(warns, func(a, b int) bool { return warns[a].Line < warns[b].Line })
	for _, w := range warns {
		warn(env, "%s", safetext.Escape(w.Error()))
	}
	out := newOutput(env.Stdout)
	switch o.export {
	case "":
		// The streaks count the sessions decoded, which were checked in
		// full, and the older ones in brief.
		if len(sessions) == 0 && !since.IsZero() && len(j.Briefs) > 0 {
			last := j.Briefs[len(j.Briefs)-1].Started.In(now.Location())
			fmt.Fprintf(out, "No sessions since %s: the last was on %s.\n", since.Format("2006-01-02"), last.Format("2006-01-02"))
			break
		}
		older := journal.Briefly(j.Briefs[:len(j.Briefs)-len(briefs)])
		cur, longest := journal.Streaks(append(older, sessions...), now)
		writeHistory(out, sessions, first, cur, longest, now, o.limit)
		if o.limit > 0 && len(j.Briefs) > o.limit {
			fmt.Fprintf(out, "\nThe last %d of %d sessions: --limit N or --all for more.\n", o.limit, len(j.Briefs))
		}
	case "csv":
		_ = journal.WriteCSV(out, sessions) // out keeps the error
	case "json":
		_ = journal.WriteJSON(out, sessions)
	}
	return out.result()
}

// historyStyles are the few styles of the history report; with NO_COLOR
// or into a pipe they render as plain text.
type historyStyles struct {
	title, muted, bar lipgloss.Style
}

// newHistoryStyles are the coach's own styles (tui.DefaultStyles), so the
// report is in the colours of the screens.
func newHistoryStyles() historyStyles {
	st := tui.DefaultStyles()
	return historyStyles{title: st.Title, muted: st.Muted, bar: st.BarFull}
}

// writeHistory is the report `backcoach history` prints: the sessions
// given (the recent ones) are listed and charted; first is when the
// journal's first session started (the charts begin there, not with rows
// of nothing before it; zero: the first given); cur and longest are the
// streaks over the whole journal; limit is how many to list (0: all).
func writeHistory(w io.Writer, sessions []journal.Session, first time.Time, cur, longest int, now time.Time, limit int) {
	st := newHistoryStyles()
	var b strings.Builder
	if len(sessions) == 0 {
		fmt.Fprintln(w, "No sessions yet: run backcoach and finish a routine.")
		return
	}
	b.WriteString(st.title.Render("Last sessions") + "\n")
	tw := &table{indent: "  "}
	if first.IsZero() {
		first = sessions[0].Started
	}
	if limit <= 0 {
		limit = len(sessions)
	}
	tw.row("ID", "DATE", "ROUTINE", "TIME", "DONE", "PAIN", "OUTCOME")
	for i := len(sessions) - 1; i >= max(0, len(sessions)-limit); i-- {
		s := journal.Cleaned(sessions[i])
		tw.row(shortID(sessions[i].ID), s.Started.In(now.Location()).Format("2006-01-02 15:04"), s.Routine.Name,
			words.ClockSeconds(s.Seconds()), doneWords(s.Tally()), painOr(s.PainBefore)+" → "+painOr(s.PainAfter), outcomeWords(s))
	}
	b.WriteString(tw.String())

	fmt.Fprintf(&b, "\n%s %d %s (longest %d)\n", st.title.Render("Streak:"), cur, words.Plural(cur, "day"), longest)

	// Time as m:ss, as every screen says it; the rows from the first
	// session's week (or day) on.
	b.WriteString("\n" + st.title.Render("Time per week") + "\n")
	weeks := journal.WeeklyMinutes(sessions, now, 8)
	start := journal.WeekStart(now).AddDate(0, 0, -7*(len(weeks)-1))
	from := 0
	for from < len(weeks) && !start.AddDate(0, 0, 7*(from+1)).After(first) {
		from++
	}
	b.WriteString(bars(st, weeks, from, "nothing in the last 8 weeks", func(i int) string { return "week of " + start.AddDate(0, 0, 7*i).Format("Jan 02") }))

	b.WriteString("\n" + st.title.Render("Last 14 days") + "\n")
	days := journal.DailyMinutes(sessions, now, 14)
	day0 := now.AddDate(0, 0, -13)
	day0 = time.Date(day0.Year(), day0.Month(), day0.Day(), 0, 0, 0, 0, now.Location())
	from = 0
	for from < len(days) && !day0.AddDate(0, 0, from+1).After(first) {
		from++
	}
	b.WriteString(bars(st, days, from, "nothing in the last 14 days", func(i int) string { return day0.AddDate(0, 0, i).Format("Mon Jan 02") }))
	if trend := painTrend(st, journal.WeeklyPain(sessions, now, 8)); trend != "" {
		b.WriteString("\n" + st.title.Render("Pain by week") + " " + st.muted.Render("(average of the check-ins, 0 none to 10 the worst)") + "\n")
		b.WriteString(trend)
	}
	_, _ = io.WriteString(w, b.String())
}

// painTrend draws a row for each week with pain ratings: the average
// before and after routines, each as a bar of up to 10 (half a point a
// half block). Weeks without ratings are left out.
func painTrend(st historyStyles, weeks []journal.WeekPain) string {
	bar := func(v float64, n int) string {
		if n == 0 {
			return st.muted.Render(fmt.Sprintf("%-5s %-10s", noRating, ""))
		}
		halves := int(v*2 + 0.5)
		s := strings.Repeat("█", halves/2)
		if halves%2 == 1 {
			s += "▌"
		}
		return fmt.Sprintf("%-5.1f %s", v, st.bar.Render(s)+strings.Repeat(" ", 10-lipgloss.Width(s)))
	}
	var b strings.Builder
	for _, w := range weeks {
		if w.Before.N == 0 && w.After.N == 0 {
			continue
		}
		fmt.Fprintf(&b, "  %-16s before %s  after %s  %s\n", "week of "+w.Start.Format("Jan 02"),
			bar(w.Before.Mean(), w.Before.N), bar(w.After.Mean(), w.After.N), st.muted.Render(words.Count(w.Sessions, "session")))
	}
	return b.String()
}

// outcomeWords says a session's outcome as the journal records it (the
// one the export gives and the streak counts): "stopped for pain at Bird
// dog, left leg, rep 3" where it hurt, "unfinished" for one under way.
func outcomeWords(s journal.Session) string {
	switch s.Outcome {
	case journal.Running:
		return "unfinished" // under way elsewhere, or cut short by a crash
	case journal.Pain:
		if n := len(s.PainStops); n > 0 {
			return "stopped for pain at " + s.PainStops[n-1].String()
		}
		return "stopped for pain"
	}
	return s.Outcome
}

// noRating is how history shows a check-in not answered.
const noRating = "–"

func painOr(p *int) string {
	if p == nil {
		return noRating
	}
	return strconv.Itoa(*p)
}

// bars draws one horizontal bar a value from values[from] on, scaled to
// the largest, with its label and time; when every one is 0, only none.
func bars(st historyStyles, values []float64, from int, none string, label func(int) string) string {
	const width = 30
	top := 0.0
	for _, v := range values {
		top = max(top, v)
	}
	if top == 0 {
		return "  " + st.muted.Render(none) + "\n"
	}
	var b strings.Builder
	for i, v := range values {
		if i < from {
			continue
		}
		n := 0
		if top > 0 {
			n = int(v/top*width + 0.5)
		}
		if v > 0 && n == 0 {
			n = 1
		}
		bar := st.bar.Render(strings.Repeat("█", n)) + strings.Repeat(" ", width-n)
		fmt.Fprintf(&b, "  %-16s %s %s\n", label(i), bar, st.muted.Render(words.ClockSeconds(v*60)))
	}
	return b.String()
}
