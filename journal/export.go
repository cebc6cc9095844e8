package journal

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/backcoach/backcoach/internal/text/safetext"
)

// WriteCSV writes one row per exercise of every session (a session with
// no exercise yet gets one row), with the session's columns on each.
// Every text cell is cleaned, kept from being read as a formula and
// quoted (cell): the file goes to a spreadsheet, and through a terminal.
func WriteCSV(w io.Writer, sessions []Session) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("session,started,ended,routine_id,routine_name,routine_source,level,pain_before,pain_after," +
		"outcome,exercise_id,exercise_name,holds_planned,holds_done,holds_skipped,seconds,exercise_end,pain_stop\n")
	for _, s := range sessions {
		s = Cleaned(s)
		head := []string{cell(s.ID), s.Started.Format(time.RFC3339), "", cell(s.Routine.ID), cell(s.Routine.Name),
			cell(s.Routine.Source), cell(s.Level), painCell(s.PainBefore), painCell(s.PainAfter), cell(s.Outcome)}
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

// WriteJSON writes every session as one JSON array, the text cleaned.
func WriteJSON(w io.Writer, sessions []Session) error {
	out := make([]Session, len(sessions))
	for i, s := range sessions {
		out[i] = Cleaned(s)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// Cleaned is a session read from the journal as it may be printed: ids
// and names on one line without escape sequences or control characters,
// the source path with them shown escaped. Journals written by this
// version hold nothing else, but one can be written by hand or by an
// older version, and what it holds goes to a terminal.
func Cleaned(s Session) Session {
	s.ID, s.Level, s.Outcome = safetext.Line(s.ID), safetext.Line(s.Level), safetext.Line(s.Outcome)
	s.Routine = Routine{ID: safetext.Line(s.Routine.ID), Name: safetext.Line(s.Routine.Name), Source: safetext.Escape(s.Routine.Source)}
	ex := make([]Exercise, len(s.Exercises))
	for i, e := range s.Exercises {
		e.ID, e.Name, e.End = safetext.Line(e.ID), safetext.Line(e.Name), safetext.Line(e.End)
		ex[i] = e
	}
	if s.Exercises != nil {
		s.Exercises = ex
	}
	stops := make([]PainStop, len(s.PainStops))
	for i, p := range s.PainStops {
		stops[i] = PainStop{Exercise: safetext.Line(p.Exercise), Name: safetext.Line(p.Name), Rep: p.Rep, Reps: p.Reps, Side: safetext.Line(p.Side)}
	}
	if s.PainStops != nil {
		s.PainStops = stops
	}
	return s
}

func painCell(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}
