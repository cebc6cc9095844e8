package routines_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/data"
	"github.com/backcoach/backcoach/routines"
)

// articlePath is the physical-therapy article the built-ins come from,
// next to the repository. Tests that compare against its text skip when it
// is not there.
var articlePath = filepath.Join("..", "..", "shared", "seed", "000_39a3dae29986e58a.txt")

func builtIns(t testing.TB) []routines.Routine {
	t.Helper()
	rs, _, err := routines.LoadBuiltIns(data.FS)
	if err != nil {
		t.Fatalf("built-in routines do not load:\n%v", err)
	}
	return rs
}

func builtIn(t *testing.T, id string) routines.Routine {
	t.Helper()
	r, ok := routines.Find(builtIns(t), id)
	if !ok {
		t.Fatalf("no built-in routine %q", id)
	}
	return r
}

func TestBuiltInsLoad(t *testing.T) {
	rs := builtIns(t)
	if got, want := ids(rs), []string{"low-back", "upper-back"}; !reflect.DeepEqual(got, want) {
		t.Errorf("built-in ids = %v, want %v", got, want)
	}
	for _, r := range rs {
		if r.Source != routines.BuiltIn {
			t.Errorf("%s: Source = %q, want %q", r.ID, r.Source, routines.BuiltIn)
		}
		if r.Name == "" || r.Description == "" {
			t.Errorf("%s: want a name and a description, got %q, %q", r.ID, r.Name, r.Description)
		}
		if r.Rest != routines.DefaultRest {
			t.Errorf("%s: rest = %v, want the default %v (the article gives none)", r.ID, r.Rest, routines.DefaultRest)
		}
	}
}

// TestBuiltInExercises checks every number against the article "Physical
// Therapy for Back Pain".
func TestBuiltInExercises(t *testing.T) {
	s := time.Second
	type want struct {
		name  string
		id    string
		hold  routines.Span
		reps  routines.Count
		sides []string
		mode  routines.Mode
		steps int
		pos   routines.Position
		mir   bool
	}
	tests := []struct {
		routine   string
		exercises []want
	}{
		{
			routine: "low-back",
			exercises: []want{
				// "Hold this pose for 30 seconds and repeat on the other side."
				{"Piriformis stretch", "piriformis-stretch", fixed(30 * s), routines.Count{Min: 1, Max: 1}, []string{"left", "right"}, routines.Hold, 4, routines.Floor, true},
				// "hold it straight for 5 seconds. Switch to your other leg and repeat 10 times."
				{"Bird dog", "bird-dog", fixed(5 * s), routines.Count{Min: 10, Max: 10}, []string{"left leg", "right leg"}, routines.Hold, 3, routines.Floor, false},
				// "twist your body to the left. Hold this pose for 5 seconds and switch to your right side. Repeat 5 times."
				{"Seated rotation", "seated-rotation", fixed(5 * s), routines.Count{Min: 5, Max: 5}, []string{"left", "right"}, routines.Hold, 4, routines.Floor, true},
			},
		},
		{
			routine: "upper-back",
			exercises: []want{
				// "Hold this position for 5 seconds. Repeat 3-5 times."
				{"Thoracic extension", "thoracic-extension", fixed(5 * s), routines.Count{Min: 3, Max: 5}, nil, routines.Hold, 4, routines.Chair, false},
				// "Slowly roll your shoulders forward. Do this for 30 seconds and repeat rolling your shoulders back."
				{"Shoulder roll", "shoulder-roll", fixed(30 * s), routines.Count{Min: 1, Max: 1}, []string{"rolling forward", "rolling back"}, routines.Move, 3, routines.Standing, true},
				// "Hold this pose for 5-10 seconds. Repeat 3 times."
				{"Shoulder blade squeeze", "shoulder-blade-squeeze", span(5*s, 10*s), routines.Count{Min: 3, Max: 3}, nil, routines.Hold, 4, routines.Standing, false},
			},
		},
	}
	for _, tt := range tests {
		r := builtIn(t, tt.routine)
		if len(r.Exercises) != len(tt.exercises) {
			t.Errorf("%s: %d exercises, want %d", tt.routine, len(r.Exercises), len(tt.exercises))
			continue
		}
		for i, w := range tt.exercises {
			e := r.Exercises[i]
			t.Run(tt.routine+"/"+w.id, func(t *testing.T) {
				if e.Name != w.name || e.ID != w.id {
					t.Errorf("exercise %d = %q (%s), want %q (%s)", i+1, e.Name, e.ID, w.name, w.id)
				}
				if e.Hold != w.hold {
					t.Errorf("hold = %s, want %s", e.Hold, w.hold)
				}
				if e.Reps != w.reps {
					t.Errorf("reps = %s, want %s", e.Reps, w.reps)
				}
				if !reflect.DeepEqual(e.Sides, w.sides) {
					t.Errorf("sides = %q, want %q", e.Sides, w.sides)
				}
				if e.Mode != w.mode {
					t.Errorf("mode = %s, want %s", e.Mode, w.mode)
				}
				if len(e.Steps) != w.steps {
					t.Errorf("%d steps, want %d: %q", len(e.Steps), w.steps, e.Steps)
				}
				if e.Rest != routines.DefaultRest || e.Prepare != 0 {
					t.Errorf("rest %v, prepare %v; want the default rest %v and the get-ready by position", e.Rest, e.Prepare, routines.DefaultRest)
				}
				if e.Position != w.pos || e.Mirror != w.mir {
					t.Errorf("position %q, mirror %v; want %q, %v", e.Position, e.Mirror, w.pos, w.mir)
				}
				if len(e.Figure) == 0 {
					t.Error("no figure: every built-in exercise has one")
				}
			})
		}
	}
}

// article returns the article's text, with curly apostrophes made straight
// and its one typo mended, as the routine files do.
func article(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(articlePath)
	if os.IsNotExist(err) {
		t.Skipf("article %s not found", articlePath)
	}
	if err != nil {
		t.Fatal(err)
	}
	s := strings.ReplaceAll(string(b), "’", "'")
	return strings.ReplaceAll(s, "lying on you back", "lying on your back")
}

// section returns the article's text between two headings.
func section(t *testing.T, text, from, to string) string {
	t.Helper()
	i := strings.Index(text, from)
	j := strings.Index(text, to)
	if i < 0 || j < i {
		t.Fatalf("article has no section %q .. %q", from, to)
	}
	return text[i:j]
}

func TestBuiltInStepsQuoteTheArticle(t *testing.T) {
	text := article(t)
	sections := map[string]string{
		"low-back":   section(t, text, "What Exercises Can Help my Low Back Pain?", "What Exercises Can Help my Upper Back Pain?"),
		"upper-back": section(t, text, "What Exercises Can Help my Upper Back Pain?", "How Can I Prevent"),
	}
	for _, r := range builtIns(t) {
		sec, ok := sections[r.ID]
		if !ok {
			t.Errorf("built-in %q is not from the article", r.ID)
			continue
		}
		for _, e := range r.Exercises {
			if !strings.Contains(strings.ToLower(sec), strings.ToLower(e.Name)) {
				t.Errorf("%s: exercise %q is not a heading of the article's section", r.ID, e.Name)
			}
			for _, step := range e.Steps {
				if !strings.Contains(sec, step) {
					t.Errorf("%s/%s: step %q is not the article's words", r.ID, e.ID, step)
				}
			}
		}
	}
}

func builtInTips(t *testing.T) []routines.Tip {
	t.Helper()
	b, err := fs.ReadFile(data.FS, "tips.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tips, err := routines.ParseTips("tips.yaml", b)
	if err != nil {
		t.Fatalf("built-in tips do not parse: %v", err)
	}
	return tips
}

func TestBuiltInTips(t *testing.T) {
	tips := builtInTips(t)
	wantTitles := []string{
		"Revamp your workspace",
		"Get a new mattress",
		"Walk every day",
		"Avoid heavy lifting",
		"Focus on your posture",
	}
	var titles []string
	walking := 0
	for _, tip := range tips {
		titles = append(titles, tip.Title)
		if strings.Contains(tip.Text, "walking 10 minutes") {
			walking++
		}
		if strings.ContainsAny(tip.Text, "\n\r\t") || strings.Contains(tip.Text, "  ") {
			t.Errorf("tip %q is not one clean line: %q", tip.Title, tip.Text)
		}
	}
	if !reflect.DeepEqual(titles, wantTitles) {
		t.Errorf("tip titles = %q, want %q", titles, wantTitles)
	}
	if walking != 1 {
		t.Errorf("%d tips mention walking 10 minutes, want 1", walking)
	}
}

func TestBuiltInTipsQuoteTheArticle(t *testing.T) {
	text := article(t)
	prevent := section(t, text, "How Can I Prevent", "Marina von Rutenberg")
	for _, tip := range builtInTips(t) {
		if !strings.Contains(prevent, tip.Text) {
			t.Errorf("tip %q: text is not the article's words: %q", tip.Title, tip.Text)
		}
		if tip.Title != "Walk every day" && !strings.Contains(strings.ToLower(prevent), strings.ToLower(tip.Title)) {
			t.Errorf("tip title %q is not a heading of the article", tip.Title)
		}
	}
}

func TestParseTips(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    []routines.Tip
		wantErr string
	}{
		{
			name: "folded text becomes one line, control characters dropped",
			src:  "tips:\n  - title: \"Walk\\e[1m\"\n    text: >\n      Walk ten\n      minutes.\n",
			want: []routines.Tip{{Title: "Walk", Text: "Walk ten minutes.", Back: "both"}},
		},
		{
			name: "order kept",
			src:  "tips:\n  - {title: B, text: b, back: low}\n  - {title: A, text: a, back: upper}\n",
			want: []routines.Tip{{Title: "B", Text: "b", Back: "low"}, {Title: "A", Text: "a", Back: "upper"}},
		},
		{
			name:    "a back that is neither",
			src:     "tips:\n  - {title: A, text: a, back: neck}\n",
			wantErr: `tips.yaml: tip 1: back: want upper, low or both, got "neck"`,
		},
		{
			name:    "missing text",
			src:     "tips:\n  - {title: A, text: a}\n  - title: B\n",
			wantErr: "tips.yaml: tip 2: want a title and a text",
		},
		{
			name:    "missing title",
			src:     "tips:\n  - text: a\n",
			wantErr: "tips.yaml: tip 1: want a title and a text",
		},
		{
			name:    "unknown field",
			src:     "tips:\n  - title: a\n    txt: b\n",
			wantErr: "tips.yaml: yaml: unmarshal errors:\n  line 3: field txt not found in type routines.Tip",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := routines.ParseTips("tips.yaml", []byte(tt.src))
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Errorf("error = %v, want %s", err, tt.wantErr)
				}
				if got != nil {
					t.Errorf("got tips %+v with an error", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("tips = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestBackOf(t *testing.T) {
	for id, want := range map[string]string{
		"upper-back": "upper", "low-back": "low", "lower-back-easy": "low",
		"neck": "both", "upper-and-low": "both", "slow": "both",
	} {
		if got := routines.BackOf(id); got != want {
			t.Errorf("BackOf(%q) = %q, want %q", id, got, want)
		}
	}
}

// Every built-in routine has tips that fit it, and none that fits only
// the other back.
func TestBuiltInTipsFitEachRoutine(t *testing.T) {
	tips := builtInTips(t)
	for _, back := range []string{"upper", "low"} {
		n := 0
		for _, tip := range tips {
			if tip.Fits(back) {
				n++
			}
		}
		if n < 2 {
			t.Errorf("%d tips fit the %s back, want a few", n, back)
		}
	}
	day := time.Date(2026, 11, 26, 23, 30, 0, 0, time.FixedZone("X", -8*3600))
	if got := tips[routines.TipOfDay(tips, "low", day)]; !got.Fits("low") {
		t.Errorf("low back's tip of the day is %q, for the %s back", got.Title, got.Back)
	}
}
