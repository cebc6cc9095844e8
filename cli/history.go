package cli

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
	"github.com/backcoach/backcoach/safetext"
)

// history prints the journal: the last sessions, the streaks, minutes per
// week and a 14-day chart; or, with --export, every session as CSV or
// JSON. It needs no terminal.
func history(o options, env Env) int {
	path := config.PathsFrom(env.Getenv).Journal()
	if path == "" {
		fmt.Fprintln(env.Stderr, "backcoach: no journal: neither XDG_STATE_HOME nor HOME is set")
		return ExitUsage
	}
	var since time.Time
	if o.since != "" {
		t, err := time.ParseInLocation("2006-01-02", o.since, time.Local)
		if err != nil {
			fmt.Fprintf(env.Stderr, "backcoach: --since: want a date like 2026-11-01, got %q\n", o.since)
			return ExitUsage
		}
		since = t
	}
	// A quick scan gives every session's start and outcome (the streaks);
	// only the sessions shown are decoded in full.
	j, err := journal.Scan(path)
	if err != nil {
		fmt.Fprintf(env.Stderr, "backcoach: %s\n", safe(err))
		return ExitInput
	}
	warns := j.Warnings
	briefs := j.Briefs
	if !since.IsZero() {
		i := sort.Search(len(briefs), func(i int) bool { return !briefs[i].Started.Before(since) })
		briefs = briefs[i:]
	}
	now := time.Now()
	var sessions []journal.Session
	decode := func(bs []journal.Brief) []journal.Session {
		s, w := j.Decode(bs)
		warns = append(warns, w...)
		return s
	}
	if o.export == "" {
		// The last ten, and the eight weeks the charts cover.
		from := journal.WeekStart(now).AddDate(0, 0, -7*7)
		if d := now.AddDate(0, 0, -14); d.Before(from) {
			from = d
		}
		i := sort.Search(len(briefs), func(i int) bool { return !briefs[i].Started.Before(from) })
		briefs = briefs[min(i, max(0, len(briefs)-10)):]
		sessions = decode(briefs)
	} else {
		sessions = decode(briefs)
	}
	for _, w := range warns {
		fmt.Fprintf(env.Stderr, "backcoach: %s\n", safetext.Escape(w.Error()))
	}
	out := newOutput(env.Stdout)
	switch o.export {
	case "":
		// The streaks count the sessions decoded, which were checked in
		// full, and the older ones in brief.
		older := journal.Briefly(j.Briefs[:len(j.Briefs)-len(briefs)])
		cur, longest := journal.Streaks(append(older, sessions...), now)
		writeHistory(out, sessions, cur, longest, now)
	case "csv":
		_ = exportCSV(out, sessions) // out keeps the error
	case "json":
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if sessions == nil {
			sessions = []journal.Session{}
		}
		_ = enc.Encode(sessions)
	default:
		fmt.Fprintf(env.Stderr, "backcoach: --export: want csv or json, got %q\n", o.export)
		return ExitUsage
	}
	return out.exit(env, ExitOK)
}

// exportCSV writes one row per exercise of every session (a session with
// no exercise yet gets one row), with the session's columns on each.
func exportCSV(w io.Writer, sessions []journal.Session) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"session", "started", "ended", "routine_id", "routine_name", "routine_source", "level",
		"pain_before", "pain_after", "outcome", "exercise_id", "exercise_name", "holds_planned", "holds_done",
		"holds_skipped", "seconds", "exercise_end"})
	for _, s := range sessions {
		head := []string{s.ID, s.Started.Format(time.RFC3339), "", s.Routine.ID, s.Routine.Name, s.Routine.Source,
			s.Level, pain(s.PainBefore), pain(s.PainAfter), s.Outcome}
		if s.Ended != nil {
			head[2] = s.Ended.Format(time.RFC3339)
		}
		if len(s.Exercises) == 0 {
			_ = cw.Write(append(head, "", "", "", "", "", "", ""))
		}
		for _, e := range s.Exercises {
			_ = cw.Write(append(append([]string(nil), head...), e.ID, e.Name, strconv.Itoa(e.Planned),
				strconv.Itoa(e.Done), strconv.Itoa(e.Skipped), strconv.FormatFloat(e.Seconds, 'f', 1, 64), e.End))
		}
	}
	cw.Flush()
	return cw.Error()
}

func pain(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

// historyStyles are the few styles of the history report; with NO_COLOR
// or into a pipe they render as plain text.
type historyStyles struct {
	title, muted, bar lipgloss.Style
}

func newHistoryStyles() historyStyles {
	return historyStyles{
		title: lipgloss.NewStyle().Bold(true),
		muted: lipgloss.NewStyle().Foreground(lipgloss.AdaptiveColor{Light: "#6C6C6C", Dark: "#8A8A8A"}),
		bar:   lipgloss.NewStyle().Foreground(lipgloss.AdaptiveColor{Light: "#1F6F8B", Dark: "#5FD7FF"}),
	}
}

// writeHistory is the report `backcoach history` prints: the sessions
// given (the recent ones) are listed and charted; cur and longest are the
// streaks over the whole journal.
func writeHistory(w io.Writer, sessions []journal.Session, cur, longest int, now time.Time) {
	st := newHistoryStyles()
	var b strings.Builder
	if len(sessions) == 0 {
		fmt.Fprintln(w, "No sessions yet: run backcoach and finish a routine.")
		return
	}
	b.WriteString(st.title.Render("Last sessions") + "\n")
	tw := &table{}
	tw.row("DATE", "ROUTINE", "TIME", "HOLDS", "PAIN", "")
	first := max(0, len(sessions)-10)
	for i := len(sessions) - 1; i >= first; i-- {
		s := sessions[i]
		done, planned := s.HoldsDone()
		p := ""
		if s.PainBefore != nil || s.PainAfter != nil {
			p = painOr(s.PainBefore) + " -> " + painOr(s.PainAfter)
		}
		outcome := s.Outcome
		switch outcome {
		case journal.Finished:
			outcome = ""
		case journal.Running:
			outcome = "unfinished" // under way elsewhere, or cut short by a crash
		}
		tw.row(s.Started.In(now.Location()).Format("2006-01-02 15:04"), safetext.Line(s.Routine.Name),
			clock(s.Seconds()), fmt.Sprintf("%d/%d", done, planned), p, outcome)
	}
	b.WriteString(tw.String())

	fmt.Fprintf(&b, "\n%s %d %s (longest %d)\n", st.title.Render("Streak:"), cur, plural(cur, "day"), longest)

	b.WriteString("\n" + st.title.Render("Minutes per week") + "\n")
	weeks := journal.WeeklyMinutes(sessions, now, 8)
	start := journal.WeekStart(now).AddDate(0, 0, -7*(len(weeks)-1))
	b.WriteString(bars(st, weeks, func(i int) string { return "week of " + start.AddDate(0, 0, 7*i).Format("Jan 02") }))

	b.WriteString("\n" + st.title.Render("Last 14 days") + "\n")
	days := journal.DailyMinutes(sessions, now, 14)
	first14 := now.AddDate(0, 0, -13)
	b.WriteString(bars(st, days, func(i int) string { return first14.AddDate(0, 0, i).Format("Mon Jan 02") }))
	_, _ = io.WriteString(w, b.String())
}

// clock is routines.Clock of a number of seconds, however many: a sum
// over a journal can pass the 292 years a time.Duration holds.
func clock(seconds float64) string {
	if seconds < float64(math.MaxInt64/int64(time.Second)) {
		return routines.Clock(time.Duration(seconds * float64(time.Second)))
	}
	s := int64(min(math.Ceil(seconds), math.MaxInt64/2))
	return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
}

func painOr(p *int) string {
	if p == nil {
		return "-"
	}
	return strconv.Itoa(*p)
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// bars draws one horizontal bar a value, scaled to the largest, with its
// label and minutes.
func bars(st historyStyles, values []float64, label func(int) string) string {
	const width = 30
	top := 0.0
	for _, v := range values {
		top = max(top, v)
	}
	var b strings.Builder
	for i, v := range values {
		n := 0
		if top > 0 {
			n = int(v/top*width + 0.5)
		}
		if v > 0 && n == 0 {
			n = 1
		}
		bar := st.bar.Render(strings.Repeat("█", n)) + strings.Repeat(" ", width-n)
		fmt.Fprintf(&b, "  %-16s %s %s\n", label(i), bar, st.muted.Render(clock(v*60)))
	}
	return b.String()
}

// table lines up columns of plain text.
type table struct{ rows [][]string }

func (t *table) row(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) String() string {
	widths := make([]int, len(t.rows[0]))
	for _, r := range t.rows {
		for i, c := range r {
			widths[i] = max(widths[i], lipgloss.Width(c))
		}
	}
	var b strings.Builder
	for _, r := range t.rows {
		var line strings.Builder
		for i, c := range r {
			line.WriteString(c + strings.Repeat(" ", widths[i]-lipgloss.Width(c)+2))
		}
		b.WriteString("  " + strings.TrimRight(line.String(), " ") + "\n")
	}
	return b.String()
}
