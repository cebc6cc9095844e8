package routines

import (
	"time"
	"unicode/utf8"

	"github.com/backcoach/backcoach/internal/yamlstrict"
	"gopkg.in/yaml.v3"
)

// MaxFileSize is the largest routine file read; larger files are refused
// before they are parsed.
const MaxFileSize = 1 << 20

// Limits of one routine. A routine file may come from a stranger, so what
// it can make backcoach do is bounded: the plan built for a session, the
// rows drawn each frame, and the journal, which writes a snapshot listing
// every exercise (its id, name and counts) each time the exercise under
// way changes. The article's routines have 3 exercises of 3-4 steps, at
// most 10 reps and 2 sides, and take about 7 minutes: every limit leaves
// room for routines several times that, and keeps a snapshot under about
// 20 kB at worst (20 exercises of at most ~1 kB; the 27,885-exercise file
// of issue 10 made 2.7 MB ones), about 3 kB for a real routine, and a
// session walked straight through under about 0.5 MB.
const (
	// MaxExercises is the most exercises in a routine: a long session of
	// stretches is 10-15; 20 keeps the journal's snapshots small.
	MaxExercises = 20
	// MaxSteps is the most lines of instructions (steps:) of one
	// exercise: the article's take 3-4, and the session shows them all.
	MaxSteps = 12
	// MaxNameLen is the most characters of a name (a routine's or an
	// exercise's), a side or an id: it must fit a row of the picker, the
	// session's title and the exit line.
	MaxNameLen = 60
	// MaxTextLen is the most characters of a step, a cue, a setup or a
	// description: a few sentences, wrapped over a few lines.
	MaxTextLen = 300
	// MaxReps is the most reps of an exercise: the article asks for 10
	// at most.
	MaxReps = 100
	// MaxSides is the most sides of an exercise: left and right, or four
	// ways round (front, left, back, right).
	MaxSides = 4
	// MaxDuration is the longest hold, rest or get-ready time.
	MaxDuration = time.Hour
	// MaxPlanSteps is the most timed steps (get-ready, holds, rests) in a
	// routine's plan at either level: the low back routine has 64. It
	// keeps a plan under 100 kB however the limits above combine.
	MaxPlanSteps = 1000
	// MaxTotal is the longest a routine may take at either level: the
	// article's take 3-7 minutes. It also catches 30m written for 30s.
	MaxTotal = 2 * time.Hour
	// MaxErrors is the most problems listed for one file; a line says how
	// many more there are.
	MaxErrors = 20
)

// maxDepth is how deep a routine file may nest: a routine needs 4 levels.
const maxDepth = 100

// checkPlan refuses a routine whose plan is too long or takes too long.
// The full level is the longer, so it is the one checked; the message says
// so when the gentle level alone would pass.
func (p *parser) checkPlan(n *yaml.Node, r Routine) {
	if steps := PlanLength(r, Full); steps > MaxPlanSteps {
		p.fail(n, "exercises", "want at most %s steps in the plan (get-ready, holds and rests), got %s%s; use fewer reps, sides or exercises",
			yamlstrict.Thousands(MaxPlanSteps), yamlstrict.Thousands(steps), atFull(PlanLength(r, Gentle) <= MaxPlanSteps))
		return
	}
	if d := Estimate(r, Full); d > MaxTotal {
		p.fail(n, "exercises", "want at most %s in all, got %s%s; use shorter holds, or fewer reps, sides or exercises",
			FormatDuration(MaxTotal), FormatDuration(d), atFull(Estimate(r, Gentle) <= MaxTotal))
	}
}

func atFull(gentleFits bool) string {
	if gentleFits {
		return " at the full level"
	}
	return ""
}

// checkLen refuses text longer than max characters.
func (p *parser) checkLen(n *yaml.Node, field, s string, max int) bool {
	if c := utf8.RuneCountInString(s); c > max {
		p.fail(n, field, "is %s characters long, want at most %d", yamlstrict.Thousands(c), max)
		return false
	}
	return true
}
