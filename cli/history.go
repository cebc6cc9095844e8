package cli

import (
	"bufio"
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
	sort.SliceStable(warns, func(a, b int) bool { return warns[a].Line < warns[b].Line })
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
		_ = exportJSON(out, sessions)
	default:
		fmt.Fprintf(env.Stderr, "backcoach: --export: want csv or json, got %q\n", o.export)
		return ExitUsage
	}
	return out.exit(env, ExitOK)
}

// exportCSV writes one row per exercise of every session (a session with
// no exercise yet gets one row), with the session's columns on each.
// Every text cell is cleaned, kept from being read as a formula and
// quoted (cell): the file goes to a spreadsheet, and through a terminal.
func exportCSV(w io.Writer, sessions []journal.Session) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("session,started,ended,routine_id,routine_name,routine_source,level,pain_before,pain_after," +
		"outcome,exercise_id,exercise_name,holds_planned,holds_done,holds_skipped,seconds,exercise_end,pain_stop\n")
	for _, s := range sessions {
		s = cleaned(s)
		head := []string{cell(s.ID), s.Started.Format(time.RFC3339), "", cell(s.Routine.ID), cell(s.Routine.Name),
			cell(s.Routine.Source), cell(s.Level), pain(s.PainBefore), pain(s.PainAfter), cell(s.Outcome)}
		if s.Ended != nil {
			head[2] = s.Ended.Format(time.RFC3339)
		}
		if len(s.Exercises) == 0 {
			bw.WriteString(strings.Join(head, ",") + ",,,,,,,,\n")
		}
		for _, e := range s.Exercises {
			stop := "" // where the exercise was stopped for pain: "left leg, rep 3"
			for _, p := range s.PainStops {
				if p.Exercise == e.ID {
					stop = strings.TrimPrefix(p.String(), p.Name+", ")
				}
			}
			row := append(append([]string(nil), head...), cell(e.ID), cell(e.Name), strconv.Itoa(e.Planned),
				strconv.Itoa(e.Done), strconv.Itoa(e.Skipped), strconv.FormatFloat(e.Seconds, 'f', 1, 64), cell(e.End), cell(stop))
			bw.WriteString(strings.Join(row, ",") + "\n")
		}
	}
	return bw.Flush()
}

// cell is a text cell of the CSV export: no formula (safetext.Cell), and
// quoted, so that neither a comma nor the semicolon some spreadsheets
// split on starts a new cell.
func cell(s string) string {
	return `"` + strings.ReplaceAll(safetext.Cell(s), `"`, `""`) + `"`
}

// exportJSON writes every session as one JSON array, the text cleaned.
func exportJSON(w io.Writer, sessions []journal.Session) error {
	out := make([]journal.Session, len(sessions))
	for i, s := range sessions {
		out[i] = cleaned(s)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// cleaned is a session read from the journal as it may be printed: ids
// and names on one line without escape sequences or control characters,
// the source path with them shown escaped. Journals written by this
// version hold nothing else, but one can be written by hand or by an
// older version, and what it holds goes to a terminal.
func cleaned(s journal.Session) journal.Session {
	s.ID, s.Level, s.Outcome = safetext.Line(s.ID), safetext.Line(s.Level), safetext.Line(s.Outcome)
	s.Routine = journal.Routine{ID: safetext.Line(s.Routine.ID), Name: safetext.Line(s.Routine.Name), Source: safetext.Escape(s.Routine.Source)}
	ex := make([]journal.Exercise, len(s.Exercises))
	for i, e := range s.Exercises {
		e.ID, e.Name, e.End = safetext.Line(e.ID), safetext.Line(e.Name), safetext.Line(e.End)
		ex[i] = e
	}
	if s.Exercises != nil {
		s.Exercises = ex
	}
	stops := make([]journal.PainStop, len(s.PainStops))
	for i, p := range s.PainStops {
		stops[i] = journal.PainStop{Exercise: safetext.Line(p.Exercise), Name: safetext.Line(p.Name), Rep: p.Rep, Side: safetext.Line(p.Side)}
	}
	if s.PainStops != nil {
		s.PainStops = stops
	}
	return s
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
		s := cleaned(sessions[i])
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
		case journal.Pain:
			outcome = "stopped for pain"
		}
		if n := len(s.PainStops); n > 0 {
			outcome = "stopped for pain at " + s.PainStops[n-1].String()
		}
		tw.row(s.Started.In(now.Location()).Format("2006-01-02 15:04"), s.Routine.Name,
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
			return st.muted.Render(fmt.Sprintf("%-5s %-10s", "-", ""))
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
			bar(w.Before.Mean(), w.Before.N), bar(w.After.Mean(), w.After.N), st.muted.Render(fmt.Sprintf("%d %s", w.Sessions, plural(w.Sessions, "session"))))
	}
	return b.String()
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
