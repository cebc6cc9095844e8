package routines_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/routines"
)

// birdDog is the smallest valid exercise, indented to sit under
// "exercises:".
const birdDog = `  - name: Bird dog
    steps: [Kneel on all fours.]
    hold: 5s
`

// withExercise builds a one-exercise routine file whose exercise has the
// name "Bird Dog", one step and the extra field lines given (already
// indented by four spaces).
func withExercise(fields string) string {
	return "name: Test\nexercises:\n  - name: Bird Dog\n    steps: [Kneel on all fours.]\n" + fields
}

// exercise is the exercise withExercise makes, with every default filled
// in, changed by mod.
func exercise(mod func(*routines.Exercise)) routines.Exercise {
	e := routines.Exercise{
		ID:    "bird-dog",
		Name:  "Bird Dog",
		Steps: []string{"Kneel on all fours."},
		Reps:  routines.Count{Min: 1, Max: 1},
		Mode:  routines.Hold,
		Rest:  routines.DefaultRest,
	}
	if mod != nil {
		mod(&e)
	}
	return e
}

func span(min, max time.Duration) routines.Span { return routines.Span{Min: min, Max: max} }
func fixed(d time.Duration) routines.Span       { return span(d, d) }

func mustParse(t *testing.T, file, src string) routines.Routine {
	t.Helper()
	r, err := routines.Parse(file, []byte(src))
	if err != nil {
		t.Fatalf("Parse(%q) failed:\n%v\nfile:\n%s", file, err, src)
	}
	return r
}

func TestParseRoutineDefaults(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		src    string
		wantID string
		rest   time.Duration
		desc   string
	}{
		{
			name:   "id from the file name, default rest",
			file:   "low-back.yaml",
			src:    "name: Low back\nexercises:\n" + birdDog,
			wantID: "low-back",
			rest:   routines.DefaultRest,
		},
		{
			name:   "id from a .yml name in a folder, in kebab case",
			file:   "/home/ana/.config/backcoach/routines/Evening Stretch.yml",
			src:    "name: Evening\nexercises:\n" + birdDog,
			wantID: "evening-stretch",
			rest:   routines.DefaultRest,
		},
		{
			name:   "id from a Windows path",
			file:   `C:\Users\ana\routines\Neck_Rolls.yaml`,
			src:    "name: Neck\nexercises:\n" + birdDog,
			wantID: "neck-rolls",
			rest:   routines.DefaultRest,
		},
		{
			name:   "id field beats the file name",
			file:   "whatever.yaml",
			src:    "id: desk-break\nname: Desk break\nexercises:\n" + birdDog,
			wantID: "desk-break",
			rest:   routines.DefaultRest,
		},
		{
			name:   "routine rest and description",
			file:   "r.yaml",
			src:    "name: R\ndescription: For the office.\nrest: 12s\nexercises:\n" + birdDog,
			wantID: "r",
			rest:   12 * time.Second,
			desc:   "For the office.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustParse(t, tt.file, tt.src)
			if r.ID != tt.wantID {
				t.Errorf("ID = %q, want %q", r.ID, tt.wantID)
			}
			if r.Rest != tt.rest {
				t.Errorf("Rest = %v, want %v", r.Rest, tt.rest)
			}
			if r.Description != tt.desc {
				t.Errorf("Description = %q, want %q", r.Description, tt.desc)
			}
			if r.Source != "" {
				t.Errorf("Source = %q, want it empty: Parse does not know where the file came from", r.Source)
			}
			if len(r.Exercises) != 1 || r.Exercises[0].Rest != tt.rest {
				t.Errorf("exercise does not inherit the routine's rest %v: %+v", tt.rest, r.Exercises)
			}
		})
	}
}

func TestParseExercise(t *testing.T) {
	tests := []struct {
		name   string
		fields string
		want   routines.Exercise
	}{
		{
			name: "defaults: id from name, 1 rep, default rest and prepare, hold mode, no sides",
			fields: `    hold: 30s
`,
			want: exercise(func(e *routines.Exercise) { e.Hold = fixed(30 * time.Second) }),
		},
		{
			name:   "minutes and seconds",
			fields: "    hold: 1m30s\n",
			want:   exercise(func(e *routines.Exercise) { e.Hold = fixed(90 * time.Second) }),
		},
		{
			name:   "bare number is seconds",
			fields: "    hold: 30\n",
			want:   exercise(func(e *routines.Exercise) { e.Hold = fixed(30 * time.Second) }),
		},
		{
			name:   "bare decimal is seconds",
			fields: "    hold: 1.5\n",
			want:   exercise(func(e *routines.Exercise) { e.Hold = fixed(1500 * time.Millisecond) }),
		},
		{
			name:   "quoted duration",
			fields: "    hold: \"45s\"\n",
			want:   exercise(func(e *routines.Exercise) { e.Hold = fixed(45 * time.Second) }),
		},
		{
			name:   "one hour is the longest hold allowed",
			fields: "    hold: 1h\n",
			want:   exercise(func(e *routines.Exercise) { e.Hold = fixed(time.Hour) }),
		},
		{
			name:   "range: the low end takes the high end's unit",
			fields: "    hold: 5-10s\n",
			want:   exercise(func(e *routines.Exercise) { e.Hold = span(5*time.Second, 10*time.Second) }),
		},
		{
			name:   "range in minutes",
			fields: "    hold: 1-2m\n",
			want:   exercise(func(e *routines.Exercise) { e.Hold = span(time.Minute, 2*time.Minute) }),
		},
		{
			name:   "range of bare numbers is seconds",
			fields: "    hold: 5-10\n",
			want:   exercise(func(e *routines.Exercise) { e.Hold = span(5*time.Second, 10*time.Second) }),
		},
		{
			name:   "range with both units and spaces",
			fields: "    hold: 30s - 1m\n",
			want:   exercise(func(e *routines.Exercise) { e.Hold = span(30*time.Second, time.Minute) }),
		},
		{
			name:   "equal ends are one duration",
			fields: "    hold: 10-10s\n",
			want:   exercise(func(e *routines.Exercise) { e.Hold = fixed(10 * time.Second) }),
		},
		{
			name:   "reps as a number",
			fields: "    hold: 5s\n    reps: 10\n",
			want: exercise(func(e *routines.Exercise) {
				e.Hold = fixed(5 * time.Second)
				e.Reps = routines.Count{Min: 10, Max: 10}
			}),
		},
		{
			name:   "reps as a range",
			fields: "    hold: 5s\n    reps: 3-5\n",
			want: exercise(func(e *routines.Exercise) {
				e.Hold = fixed(5 * time.Second)
				e.Reps = routines.Count{Min: 3, Max: 5}
			}),
		},
		{
			name:   "most reps allowed",
			fields: "    hold: 1s\n    reps: 100\n",
			want: exercise(func(e *routines.Exercise) {
				e.Hold = fixed(time.Second)
				e.Reps = routines.Count{Min: 100, Max: 100}
			}),
		},
		{
			name:   "sides in flow style",
			fields: "    hold: 30s\n    sides: [left, right]\n",
			want: exercise(func(e *routines.Exercise) {
				e.Hold = fixed(30 * time.Second)
				e.Sides = []string{"left", "right"}
			}),
		},
		{
			name:   "sides in block style, free text kept as written",
			fields: "    hold: 30s\n    sides:\n      - rolling forward\n      - rolling back\n",
			want: exercise(func(e *routines.Exercise) {
				e.Hold = fixed(30 * time.Second)
				e.Sides = []string{"rolling forward", "rolling back"}
			}),
		},
		{
			name:   "mode move",
			fields: "    hold: 30s\n    mode: move\n",
			want: exercise(func(e *routines.Exercise) {
				e.Hold = fixed(30 * time.Second)
				e.Mode = routines.Move
			}),
		},
		{
			name:   "mode hold written out",
			fields: "    hold: 30s\n    mode: hold\n",
			want:   exercise(func(e *routines.Exercise) { e.Hold = fixed(30 * time.Second) }),
		},
		{
			name:   "cue",
			fields: "    hold: 5s\n    cue: Hold it straight.\n",
			want: exercise(func(e *routines.Exercise) {
				e.Hold = fixed(5 * time.Second)
				e.Cue = "Hold it straight."
			}),
		},
		{
			name:   "own rest and prepare beat the defaults",
			fields: "    hold: 5s\n    rest: 3s\n    prepare: 20s\n",
			want: exercise(func(e *routines.Exercise) {
				e.Hold = fixed(5 * time.Second)
				e.Rest = 3 * time.Second
				e.Prepare = 20 * time.Second
			}),
		},
		{
			name:   "explicit id beats the name",
			fields: "    id: bd\n    hold: 5s\n",
			want: exercise(func(e *routines.Exercise) {
				e.ID = "bd"
				e.Hold = fixed(5 * time.Second)
			}),
		},
		{
			name:   "fields in any order",
			fields: "    cue: Slowly.\n    sides: [a, b]\n    reps: 2\n    hold: 2s\n",
			want: exercise(func(e *routines.Exercise) {
				e.Hold = fixed(2 * time.Second)
				e.Reps = routines.Count{Min: 2, Max: 2}
				e.Sides = []string{"a", "b"}
				e.Cue = "Slowly."
			}),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustParse(t, "test.yaml", withExercise(tt.fields))
			if len(r.Exercises) != 1 {
				t.Fatalf("got %d exercises, want 1", len(r.Exercises))
			}
			if got := r.Exercises[0]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("exercise:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseExerciseIDFromName(t *testing.T) {
	tests := []struct{ name, id string }{
		{"Bird dog", "bird-dog"},
		{"Piriformis Stretch", "piriformis-stretch"},
		{"Child's pose", "child-s-pose"},
		{"  90/90 hip switch!  ", "90-90-hip-switch"},
		{"Shoulder-blade squeeze", "shoulder-blade-squeeze"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "name: R\nexercises:\n  - name: \"" + tt.name + "\"\n    steps: [x]\n    hold: 5s\n"
			r := mustParse(t, "r.yaml", src)
			if got := r.Exercises[0].ID; got != tt.id {
				t.Errorf("id of %q = %q, want %q", tt.name, got, tt.id)
			}
		})
	}
}

func TestParseText(t *testing.T) {
	// Text from a file is shown on one terminal line: folded and literal
	// line breaks become spaces, control characters are dropped.
	src := "name: \"Low\\tback\\x1b[2J\"\n" +
		"description: |\n  First line\n  second line\n" +
		"exercises:\n" +
		"  - name: Bird dog\n" +
		"    steps:\n" +
		"      - >\n        Lift one leg\n        and hold it.\n" +
		"      - \"Ring\\a the bell\"\n" +
		"    hold: 5s\n" +
		"    sides: [\"  left  \"]\n" +
		"    cue: \"Hold\\r\\nit\\u0085 straight.\"\n"
	r := mustParse(t, "r.yaml", src)
	checks := []struct{ what, got, want string }{
		{"name", r.Name, "Low back"},
		{"description", r.Description, "First line second line"},
		{"step 1", r.Exercises[0].Steps[0], "Lift one leg and hold it."},
		{"step 2", r.Exercises[0].Steps[1], "Ring the bell"},
		{"side", r.Exercises[0].Sides[0], "left"},
		{"cue", r.Exercises[0].Cue, "Hold it straight."},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
}

func TestParseKeepsExerciseOrder(t *testing.T) {
	src := "name: R\nexercises:\n" +
		"  - {name: Zeta, steps: [z], hold: 1s}\n" +
		"  - {name: Alpha, steps: [a], hold: 2s}\n" +
		"  - {name: Mid, steps: [m], hold: 3s}\n"
	r := mustParse(t, "r.yaml", src)
	var ids []string
	for _, e := range r.Exercises {
		ids = append(ids, e.ID)
	}
	if want := []string{"zeta", "alpha", "mid"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("exercise order = %v, want the file's order %v", ids, want)
	}
}

func TestParseTestdataGood(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "good", "evening-stretch.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	got := mustParse(t, "evening-stretch.yaml", string(data))
	rest := 8 * time.Second
	want := routines.Routine{
		ID:          "evening-stretch",
		Name:        "Evening stretch",
		Description: "A short wind-down before bed.",
		Rest:        rest,
		Exercises: []routines.Exercise{
			{
				ID:    "cat-cow",
				Name:  "Cat-cow",
				Steps: []string{"Kneel on all fours.", "Arch and round your back slowly."},
				Hold:  fixed(90 * time.Second),
				Reps:  routines.Count{Min: 1, Max: 1},
				Mode:  routines.Move,
				Rest:  rest,
				Cue:   "Breathe out as you round.",
			},
			{
				ID:      "childs-pose",
				Name:    "Child's pose",
				Steps:   []string{"Sit back on your heels."},
				Hold:    span(20*time.Second, 40*time.Second),
				Reps:    routines.Count{Min: 2, Max: 4},
				Rest:    3 * time.Second,
				Prepare: 15 * time.Second,
			},
			{
				ID:    "knee-to-chest",
				Name:  "Knee to chest",
				Steps: []string{"Lie on your back.", "Pull one knee to your chest."},
				Hold:  fixed(30 * time.Second),
				Reps:  routines.Count{Min: 2, Max: 2},
				Sides: []string{"left", "right"},
				Rest:  rest,
				// backcoach's own fields: where, what to get into, the
				// mirrored second side, a note, a drawing.
				Position: routines.Floor,
				Mirror:   true,
				Setup:    "Lie on your back, knees bent.",
				Caution:  "Keep your head on the floor.",
				Figure:   [][]string{{"  O___/\\", "▔▔▔▔▔▔▔▔"}},
			},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("evening-stretch.yaml:\n got %+v\nwant %+v", got, want)
	}
}

// parseErrorCases are the bad files: each with the whole error text, one
// line per problem. FuzzParse starts from them too.
var parseErrorCases = []struct {
	name string
	src  string
	want string
}{
	// Bytes YAML refuses, which its parser names no line for.
	{
		name: "escape character",
		src:  "name: X\nexercises:\n  - name: A\x1bB\n    hold: 5s\n",
		want: `r.yaml:3:12: not valid YAML: control character \x1b is not allowed`,
	},
	{
		name: "not UTF-8",
		src:  "name: X\nexercises:\n  - name: A\xffB\n    hold: 5s\n",
		want: `r.yaml:3:12: not valid YAML: byte \xff is not UTF-8`,
	},
	// Unknown fields.
	{
		name: "unknown routine field",
		src:  "name: X\ncolour: red\nexercises:\n" + birdDog,
		want: `r.yaml:2:1: unknown field "colour", want one of id, name, description, rest, exercises`,
	},
	{
		name: "unknown exercise field",
		src:  withExercise("    hold: 5s\n    weight: 3\n"),
		want: `r.yaml:6:5: exercise "bird-dog": unknown field "weight", want one of name, id, steps, hold, reps, sides, mode, rest, prepare, cue, position, mirror, swap, setup, figure, caution`,
	},
	{
		name: "a field a slip away from a known one",
		src:  withExercise("    hodl: 5s\n"),
		want: `r.yaml:5:5: exercise "bird-dog": unknown field "hodl"; did you mean hold?`, // and not "hold: missing" too
	},
	{
		name: "a routine field a slip away",
		src:  "name: X\ndescripton: A\nexercises:\n" + birdDog,
		want: `r.yaml:2:1: unknown field "descripton"; did you mean description?`,
	},
	{
		name: "an exercise's field at the routine's level",
		src:  withExercise("    hold: 5s\nreps: 3\n"),
		want: `r.yaml:6:1: unknown field "reps" for a routine; it is an exercise's field: indent it to line up with that exercise's name:`,
	},
	// Times in words: the message says what to write.
	{
		name: "times in words",
		src: "name: Test\nrest: 1 minute\nexercises:\n  - name: Bird Dog\n    steps: [Kneel.]\n    hold: 30 seconds\n" +
			"  - name: Cat\n    steps: [Kneel.]\n    hold: 2 min\n    prepare: 30sec\n" +
			"  - name: Cow\n    steps: [Kneel.]\n    hold: 1:30\n    rest: 1 min and 30 secs\n" +
			"  - name: Plank\n    steps: [Lie down.]\n    hold: 5-10 seconds\n    prepare: 10 S\n",
		want: `r.yaml:2:7: rest: want a duration like 30s, got "1 minute": write 1m
r.yaml:6:11: exercise "bird-dog": hold: want a duration like 30s, got "30 seconds": write 30s
r.yaml:9:11: exercise "cat": hold: want a duration like 30s, got "2 min": write 2m
r.yaml:10:14: exercise "cat": prepare: want a duration like 30s, got "30sec": write 30s
r.yaml:13:11: exercise "cow": hold: want a duration like 30s, got "1:30": write 1m30s
r.yaml:14:11: exercise "cow": rest: want a duration like 30s, got "1 min and 30 secs": write 1m30s
r.yaml:17:11: exercise "plank": hold: want a range like 5-10s, got "5-10 seconds": write 5-10s
r.yaml:18:14: exercise "plank": prepare: want a duration like 30s, got "10 S": write 10s`,
	},
	{
		name: "field name that is not text",
		src:  "name: X\n? [a]\n: b\nexercises:\n" + birdDog,
		want: `r.yaml:2:3: want a field name, got a list`,
	},
	// Wrong types.
	{
		name: "steps as a string",
		src:  "name: X\nexercises:\n  - name: Bird dog\n    steps: do it\n    hold: 5s\n",
		want: `r.yaml:4:12: exercise "bird-dog": steps: want a list of instructions, one line each, got "do it"`,
	},
	{
		name: "hold as a list",
		src:  withExercise("    hold: [5s]\n"),
		want: `r.yaml:5:11: exercise "bird-dog": hold: want a duration like 30s, got a list`,
	},
	{
		name: "reps as a word",
		src:  withExercise("    hold: 5s\n    reps: many\n"),
		want: `r.yaml:6:11: exercise "bird-dog": reps: want a number like 10 or a range like 3-5, got "many"`,
	},
	{
		name: "name as a list",
		src:  "name: [a]\nexercises:\n" + birdDog,
		want: `r.yaml:1:7: name: want text, got a list`,
	},
	{
		name: "exercises as a mapping",
		src:  "name: X\nexercises:\n  a: b\n",
		want: `r.yaml:3:3: exercises: want a list of one or more exercises, got a mapping`,
	},
	{
		name: "exercise as a string",
		src:  "name: X\nexercises:\n  - just a string\n",
		want: `r.yaml:3:5: exercise 1: want an exercise (a mapping with name, steps and hold), got "just a string"`,
	},
	{
		name: "sides as a string",
		src:  withExercise("    hold: 5s\n    sides: left\n"),
		want: `r.yaml:6:12: exercise "bird-dog": sides: want a list of sides, like [left, right], got "left"`,
	},
	{
		name: "unknown mode",
		src:  withExercise("    hold: 5s\n    mode: stretch\n"),
		want: `r.yaml:6:11: exercise "bird-dog": mode: want hold or move, got "stretch"`,
	},
	{
		name: "rest as a mapping",
		src:  "name: X\nrest: {s: 5}\nexercises:\n" + birdDog,
		want: `r.yaml:2:7: rest: want a duration like 30s, got a mapping`,
	},
	// Missing required fields.
	{
		name: "missing routine name",
		src:  "exercises:\n" + birdDog,
		want: `r.yaml:1:1: name: missing, want the routine's name`,
	},
	{
		name: "missing exercises",
		src:  "name: X\n",
		want: `r.yaml:1:1: exercises: missing, want a list of one or more exercises`,
	},
	{
		name: "exercises with nothing",
		src:  "name: X\nexercises:\n",
		want: `r.yaml:2:11: exercises: want a list of one or more exercises, got nothing`,
	},
	{
		name: "missing exercise name",
		src:  "name: X\nexercises:\n  - steps: [a]\n    hold: 5s\n",
		want: `r.yaml:3:5: exercise 1: name: missing, want the exercise's name`,
	},
	{
		name: "missing exercise name is labelled by its id",
		src:  "name: X\nexercises:\n  - id: plank\n    steps: [a]\n    hold: 5s\n",
		want: `r.yaml:3:5: exercise "plank": name: missing, want the exercise's name`,
	},
	{
		name: "missing steps",
		src:  "name: X\nexercises:\n  - name: Bird dog\n    hold: 5s\n",
		want: `r.yaml:3:5: exercise "bird-dog": steps: missing, want a list of instructions, one line each`,
	},
	{
		name: "missing hold",
		src:  withExercise(""),
		want: `r.yaml:3:5: exercise "bird-dog": hold: missing, want a duration like 30s`,
	},
	{
		name: "hold with nothing",
		src:  withExercise("    hold:\n"),
		want: `r.yaml:5:10: exercise "bird-dog": hold: want a duration like 30s, got nothing`,
	},
	{
		name: "empty routine name",
		src:  "name: \"\"\nexercises:\n" + birdDog,
		want: `r.yaml:1:7: name: want text, got ""`,
	},
	{
		name: "step of only control characters",
		src:  "name: X\nexercises:\n  - name: Bird dog\n    steps: [\"\\e\\a\"]\n    hold: 5s\n",
		want: `r.yaml:4:13: exercise "bird-dog": steps: has no visible text, want text`,
	},
	// Bad numbers.
	{
		name: "hold as a word",
		src:  withExercise("    hold: thirty\n"),
		want: `r.yaml:5:11: exercise "bird-dog": hold: want a duration like 30s, got "thirty"`,
	},
	{
		name: "zero hold",
		src:  withExercise("    hold: 0s\n"),
		want: `r.yaml:5:11: exercise "bird-dog": hold: want a duration above zero, got "0s"`,
	},
	{
		name: "bare zero hold",
		src:  withExercise("    hold: 0\n"),
		want: `r.yaml:5:11: exercise "bird-dog": hold: want a duration above zero, got "0"`,
	},
	{
		name: "negative hold",
		src:  withExercise("    hold: -5s\n"),
		want: `r.yaml:5:11: exercise "bird-dog": hold: want a duration above zero, got "-5s"`,
	},
	{
		name: "hold over an hour",
		src:  withExercise("    hold: 2h\n"),
		want: `r.yaml:5:11: exercise "bird-dog": hold: want at most 1h, got "2h"`,
	},
	{
		name: "zero routine rest",
		src:  "name: X\nrest: 0s\nexercises:\n" + birdDog,
		want: `r.yaml:2:7: rest: want a duration above zero, got "0s"`,
	},
	{
		name: "negative exercise rest",
		src:  withExercise("    hold: 5s\n    rest: -1s\n"),
		want: `r.yaml:6:11: exercise "bird-dog": rest: want a duration above zero, got "-1s"`,
	},
	{
		name: "zero prepare",
		src:  withExercise("    hold: 5s\n    prepare: 0\n"),
		want: `r.yaml:6:14: exercise "bird-dog": prepare: want a duration above zero, got "0"`,
	},
	{
		name: "reps zero",
		src:  withExercise("    hold: 5s\n    reps: 0\n"),
		want: `r.yaml:6:11: exercise "bird-dog": reps: want at least 1, got "0"`,
	},
	{
		name: "reps negative",
		src:  withExercise("    hold: 5s\n    reps: -3\n"),
		want: `r.yaml:6:11: exercise "bird-dog": reps: want at least 1, got "-3"`,
	},
	{
		name: "reps over the limit",
		src:  withExercise("    hold: 5s\n    reps: 101\n"),
		want: `r.yaml:6:11: exercise "bird-dog": reps: want at most 100, got "101"`,
	},
	{
		name: "reps range starting at zero",
		src:  withExercise("    hold: 5s\n    reps: 0-3\n"),
		want: `r.yaml:6:11: exercise "bird-dog": reps: want at least 1, got "0-3"`,
	},
	{
		name: "reps range larger first",
		src:  withExercise("    hold: 5s\n    reps: 5-3\n"),
		want: `r.yaml:6:11: exercise "bird-dog": reps: want the smaller number first, like 3-5, got "5-3"`,
	},
	{
		name: "hold range longer first",
		src:  withExercise("    hold: 10-5s\n"),
		want: `r.yaml:5:11: exercise "bird-dog": hold: want the shorter time first, like 5-10s, got "10-5s"`,
	},
	{
		name: "hold range with a word",
		src:  withExercise("    hold: 5-ten\n"),
		want: `r.yaml:5:11: exercise "bird-dog": hold: want a duration like 30s, got "ten" (in the range "5-ten")`,
	},
	// Lists.
	{
		name: "empty steps",
		src:  "name: X\nexercises:\n  - name: Bird dog\n    steps: []\n    hold: 5s\n",
		want: `r.yaml:4:12: exercise "bird-dog": steps: want a list of instructions, one line each, got an empty list`,
	},
	{
		name: "empty exercises",
		src:  "name: X\nexercises: []\n",
		want: `r.yaml:2:12: exercises: want a list of one or more exercises, got an empty list`,
	},
	{
		name: "empty sides",
		src:  withExercise("    hold: 5s\n    sides: []\n"),
		want: `r.yaml:6:12: exercise "bird-dog": sides: want a list of sides, like [left, right], got an empty list`,
	},
	{
		name: "too many sides",
		src:  withExercise("    hold: 5s\n    sides: [a, b, c, d, e]\n"),
		want: `r.yaml:6:12: exercise "bird-dog": sides: want at most 4 sides, got 5`,
	},
	// Ids and duplicates.
	{
		name: "duplicate exercise ids from names",
		src:  "name: X\nexercises:\n" + birdDog + birdDog,
		want: `r.yaml:6:5: exercise "bird-dog": id: "bird-dog" is already the id of the exercise at line 3; give each exercise its own id`,
	},
	{
		name: "duplicate exercise ids points at the id field",
		src: "name: X\nexercises:\n" +
			"  - {name: Plank, id: core, steps: [a], hold: 5s}\n" +
			"  - {name: Side plank, id: core, steps: [a], hold: 5s}\n",
		want: `r.yaml:4:28: exercise "core": id: "core" is already the id of the exercise at line 3; give each exercise its own id`,
	},
	{
		name: "duplicate routine key",
		src:  "name: X\nname: Y\nexercises:\n" + birdDog,
		want: `r.yaml:2:1: name: given twice; keep one`,
	},
	{
		name: "duplicate exercise key",
		src:  withExercise("    hold: 5s\n    hold: 6s\n"),
		want: `r.yaml:6:5: exercise "bird-dog": hold: given twice; keep one`,
	},
	{
		name: "routine id with spaces and capitals",
		src:  "id: Low Back\nname: X\nexercises:\n" + birdDog,
		want: `r.yaml:1:5: id: want lower-case letters, digits and dashes like bird-dog, got "Low Back"`,
	},
	{
		name: "exercise id with an underscore",
		src:  withExercise("    id: Bird_Dog\n    hold: 5s\n"),
		want: `r.yaml:5:9: exercise "Bird_Dog": id: want lower-case letters, digits and dashes like bird-dog, got "Bird_Dog"`,
	},
	{
		name: "exercise id with a trailing dash",
		src:  withExercise("    id: bird-\n    hold: 5s\n"),
		want: `r.yaml:5:9: exercise "bird-": id: want lower-case letters, digits and dashes like bird-dog, got "bird-"`,
	},
	{
		name: "exercise name with nothing to make an id from",
		src:  "name: X\nexercises:\n  - name: \"!!!\"\n    steps: [a]\n    hold: 5s\n",
		want: `r.yaml:3:11: exercise 1: name: has no letters or digits to make an id from; add an id like rotation`,
	},
	// The file as a whole.
	{
		name: "not YAML: unclosed list",
		src:  "name: X\nexercises:\n  - name: Bird dog\n    steps: [a\n    hold: 5s\n",
		want: `r.yaml:3: not valid YAML: did not find expected ',' or ']'`,
	},
	// Indentation: the line at fault and what it should line up under,
	// not the parser's words at the line where its block starts.
	{
		name: "not YAML: a routine's field indented",
		src:  "name: X\n  bad: indent\nexercises: x\n",
		want: `r.yaml:2:3: the indentation of "bad:" looks wrong: the routine's fields start at the beginning of the line, like "name:" on line 1`,
	},
	{
		name: "not YAML: an exercise's field one space too far in",
		src:  "name: X\nexercises:\n  - name: Cat\n    steps: [a]\n     hold: 5s\n",
		want: `r.yaml:5:6: the indentation of "hold:" looks wrong: the fields of one exercise line up under its "name:" on line 3`,
	},
	{
		name: "not YAML: an exercise's field one space too far out",
		src:  "name: X\nexercises:\n  - name: Cat\n    steps: [a]\n   hold: 5s\n",
		want: `r.yaml:5:4: the indentation of "hold:" looks wrong: the fields of one exercise line up under its "name:" on line 3`,
	},
	{
		name: "not YAML: the second exercise's field, after a figure",
		src: "name: X\nexercises:\n  - name: Cat\n    hold: 5s\n    figure: |2\n       O\n      /|\\\n\n" +
			"  - name: Dog\n    steps:\n      - a\n    hold: 5s\n      reps: 3\n",
		want: `r.yaml:13:7: the indentation of "reps:" looks wrong: the fields of one exercise line up under its "name:" on line 9`,
	},
	{
		name: "not YAML: a field out of line after a figure that looks like fields",
		src:  "name: X\nexercises:\n  - name: Cat\n    figure: |2\n      a: b\n      - c\n     hold: 5s\n",
		want: `r.yaml:7:6: the indentation of "hold:" looks wrong: the fields of one exercise line up under its "name:" on line 3`,
	},
	{
		name: "not YAML: a list item out of line",
		src:  "name: X\nexercises:\n  - name: Cat\n    steps:\n      - a\n     - b\n    hold: 5s\n",
		want: `r.yaml:6:6: the indentation of "- b" looks wrong: the items of one list line up under the - of "- a" on line 5`,
	},
	{
		name: "not YAML: tab indentation",
		src:  "name: X\n\texercises: x\n",
		want: `r.yaml:2:1: a tab in the indentation of "exercises:"; YAML indents with spaces only: use spaces`,
	},
	{
		name: "not YAML: tabs on every line that has one",
		src:  "name: X\nexercises:\n  - name: Cat\n  \tsteps: [a]\n\t\thold: 5s\n",
		want: `r.yaml:4:3: a tab in the indentation of "steps:"; YAML indents with spaces only: use spaces
r.yaml:5:1: a tab in the indentation of "hold:"; YAML indents with spaces only: use spaces`,
	},
	{
		name: "empty file",
		src:  "",
		want: `r.yaml: file is empty, want a routine with a name and exercises`,
	},
	{
		name: "only comments",
		src:  "# nothing yet\n\n",
		want: `r.yaml: file is empty, want a routine with a name and exercises`,
	},
	{
		name: "top level is a list",
		src:  "- name: Bird dog\n  steps: [a]\n  hold: 5s\n",
		want: `r.yaml:1:1: want a routine (a mapping with name and exercises), got a list`,
	},
	{
		name: "top level is text",
		src:  "hello\n",
		want: `r.yaml:1:1: want a routine (a mapping with name and exercises), got "hello"`,
	},
	{
		name: "an alias",
		src:  "name: &n X\ndescription: *n\nexercises:\n" + birdDog,
		want: `r.yaml:2:14: YAML aliases (*n) are not allowed in a routine file; write the value out`,
	},
	// Several problems at once: every one is reported, in file order.
	{
		name: "every problem in the file",
		src: "name: X\ncolour: red\nexercises:\n" +
			"  - name: Bird dog\n" +
			"    steps: [a]\n" +
			"    hold: thirty\n" +
			"    reps: many\n" +
			"  - name: Plank\n" +
			"    hold: 0s\n",
		want: `r.yaml:2:1: unknown field "colour", want one of id, name, description, rest, exercises
r.yaml:6:11: exercise "bird-dog": hold: want a duration like 30s, got "thirty"
r.yaml:7:11: exercise "bird-dog": reps: want a number like 10 or a range like 3-5, got "many"
r.yaml:8:5: exercise "plank": steps: missing, want a list of instructions, one line each
r.yaml:9:11: exercise "plank": hold: want a duration above zero, got "0s"`,
	},
	{
		name: "routine and exercise problems together",
		src:  "id: Bad Id\nrest: soon\nexercises:\n  - steps: []\n",
		// In line and column order, not the order the fields are read in.
		want: `r.yaml:1:1: name: missing, want the routine's name
r.yaml:1:5: id: want lower-case letters, digits and dashes like bird-dog, got "Bad Id"
r.yaml:2:7: rest: want a duration like 30s, got "soon"
r.yaml:4:5: exercise 1: name: missing, want the exercise's name
r.yaml:4:5: exercise 1: hold: missing, want a duration like 30s
r.yaml:4:12: exercise 1: steps: want a list of instructions, one line each, got an empty list`,
	},
	{
		name: "a repeated exercise id beside the exercises' other errors",
		src:  "name: R\nexercises:\n  - name: Bird dog\n    steps: [a]\n    hold: thirty\n  - name: Bird dog\n    steps: [b]\n    hold: 5s\n    reps: 0\n",
		want: `r.yaml:5:11: exercise "bird-dog": hold: want a duration like 30s, got "thirty"
r.yaml:6:5: exercise "bird-dog": id: "bird-dog" is already the id of the exercise at line 3; give each exercise its own id
r.yaml:9:11: exercise "bird-dog": reps: want at least 1, got "0"`,
	},
}

func TestParseErrors(t *testing.T) {
	for _, tt := range parseErrorCases {
		t.Run(tt.name, func(t *testing.T) {
			r, err := routines.Parse("r.yaml", []byte(tt.src))
			if err == nil {
				t.Fatalf("Parse accepted the file, want error\n%s\nfile:\n%s", tt.want, tt.src)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error:\n got %s\nwant %s", got, tt.want)
			}
			var es routines.Errors
			if !errors.As(err, &es) {
				t.Fatalf("error is %T, want routines.Errors", err)
			}
			if n := strings.Count(tt.want, "\n") + 1; len(es) != n {
				t.Errorf("got %d problems, want %d", len(es), n)
			}
			for _, e := range es {
				if e.File != "r.yaml" {
					t.Errorf("problem names file %q, want r.yaml", e.File)
				}
			}
			if !reflect.DeepEqual(r, routines.Routine{}) {
				t.Errorf("a broken file gave a routine: %+v", r)
			}
		})
	}
}

// TestParseErrorFields checks the parts of one problem, so that callers
// (the validate command) can place it without reading the text.
func TestParseErrorFields(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "bad", "low-back.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = routines.Parse("low-back.yaml", data)
	const want = `low-back.yaml:14:11: exercise "bird-dog": hold: want a duration like 30s, got "thirty"`
	if err == nil || err.Error() != want {
		t.Fatalf("error = %v, want %s", err, want)
	}
	var es routines.Errors
	if !errors.As(err, &es) || len(es) != 1 {
		t.Fatalf("error = %#v, want one routines.Error", err)
	}
	got := *es[0]
	wantErr := routines.Error{
		File:     "low-back.yaml",
		Line:     14,
		Column:   11,
		Exercise: `exercise "bird-dog"`,
		Field:    "hold",
		Msg:      `want a duration like 30s, got "thirty"`,
	}
	if got != wantErr {
		t.Errorf("problem:\n got %+v\nwant %+v", got, wantErr)
	}
}

func TestParseRefusesAliasBomb(t *testing.T) {
	// Billion laughs: nine levels of nine aliases would expand to 9^9
	// strings. The parser must refuse the aliases, not expand them.
	var b strings.Builder
	b.WriteString(`a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]` + "\n")
	for i := 1; i <= 9; i++ {
		prev := "*a" + string(rune('0'+i-1))
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 9; j++ {
			if j > 0 {
				b.WriteString(",")
			}
			b.WriteString(prev)
		}
		b.WriteString("]\n")
	}
	b.WriteString("name: Bomb\nexercises:\n  - {name: X, steps: [*a9], hold: 5s}\n")

	_, err := routines.Parse("bomb.yaml", []byte(b.String()))
	if err == nil {
		t.Fatal("Parse accepted an alias bomb")
	}
	const want = `bomb.yaml:2:10: YAML aliases (*a0) are not allowed in a routine file; write the value out`
	if err.Error() != want {
		t.Errorf("error:\n got %s\nwant %s", err, want)
	}
	if !strings.Contains(err.Error(), "aliases") {
		t.Errorf("error %q does not mention aliases", err)
	}
}

func TestParseFileSize(t *testing.T) {
	valid := "name: Big\nexercises:\n" + birdDog
	pad := func(n int) []byte {
		// A valid routine padded with a comment to exactly n bytes.
		b := []byte(valid + "#")
		for len(b) < n-1 {
			b = append(b, 'x')
		}
		return append(b, '\n')
	}

	t.Run("exactly MaxFileSize is read", func(t *testing.T) {
		data := pad(routines.MaxFileSize)
		if len(data) != routines.MaxFileSize {
			t.Fatalf("test file is %d bytes", len(data))
		}
		r, err := routines.Parse("big.yaml", data)
		if err != nil {
			t.Fatalf("Parse refused a file of exactly MaxFileSize: %v", err)
		}
		if r.Name != "Big" {
			t.Errorf("Name = %q, want Big", r.Name)
		}
	})

	t.Run("one byte more is refused before parsing", func(t *testing.T) {
		// Not even valid YAML: the size is checked first.
		data := append([]byte("\t: ["), make([]byte, routines.MaxFileSize-3)...)
		if len(data) != routines.MaxFileSize+1 {
			t.Fatalf("test file is %d bytes", len(data))
		}
		_, err := routines.Parse("big.yaml", data)
		if err == nil {
			t.Fatal("Parse accepted a file over MaxFileSize")
		}
		var es routines.Errors
		if !errors.As(err, &es) || len(es) != 1 {
			t.Fatalf("error = %v, want one problem", err)
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, "big.yaml: file is ") || !strings.HasSuffix(msg, "over the 1 MiB (1048576-byte) limit for a routine") {
			t.Errorf("error = %q, want it to name the file and the 1 MiB limit", msg)
		}
		if es[0].Line != 0 {
			t.Errorf("Line = %d, want 0: the problem is the whole file", es[0].Line)
		}
	})
}

// TestParseSpanRoundTrip checks that a span written back with
// Span.String reads as the same span, so messages quote the file's form.
func TestParseSpanRoundTrip(t *testing.T) {
	spans := []routines.Span{
		fixed(30 * time.Second),
		fixed(90 * time.Second),
		fixed(1500 * time.Millisecond),
		span(5*time.Second, 10*time.Second),
		span(30*time.Second, time.Minute),
		span(time.Minute, 2*time.Minute),
		span(1500*time.Millisecond, 2*time.Second),
	}
	for _, s := range spans {
		t.Run(s.String(), func(t *testing.T) {
			r := mustParse(t, "r.yaml", withExercise("    hold: "+s.String()+"\n"))
			if got := r.Exercises[0].Hold; got != s {
				t.Errorf("hold %q read back as %+v, want %+v", s.String(), got, s)
			}
		})
	}
}
