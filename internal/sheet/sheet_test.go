package sheet_test

import (
	"html"
	"strings"
	"testing"

	"github.com/backcoach/backcoach/data"
	"github.com/backcoach/backcoach/internal/sheet"
	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/routines"
)

func lowBack(t *testing.T) routines.Routine {
	t.Helper()
	rs, _, err := routines.LoadBuiltIns(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := routines.Find(rs, "low-back")
	return r
}

// A sheet holds the whole plan: every exercise with its position, steps,
// figure, hold, reps, sides, rest and get-ready, and the time in all.
func TestTheSheetHoldsTheWholePlan(t *testing.T) {
	for _, f := range []sheet.Format{sheet.Text, sheet.Markdown} {
		var b strings.Builder
		if err := sheet.Write(&b, lowBack(t), f); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, want := range []string{
			"Low back", "on the floor", "Time", "6:55",
			"Piriformis stretch", "Move your left ankle to your right knee.", "Move your right ankle to your left knee.",
			"O━┷━━━━╱", "30s", "left, right", "5s between holds", "40s",
			"Bird dog", "10", "left leg, right leg", "Hold it straight.",
			"Seated rotation", "don't pull on your neck",
			"not medical advice",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("format %d: the sheet lacks %q:\n%s", f, want, out)
			}
		}
	}
}

// Markdown: headings for the routine and each exercise, figures in code
// blocks, and routine text that cannot become markup.
func TestMarkdownEscapesRoutineText(t *testing.T) {
	r := lowBack(t)
	r.Name = "# Hacked *bold* [link](http://x)"
	var b strings.Builder
	_ = sheet.Write(&b, r, sheet.Markdown)
	out := b.String()
	if !strings.HasPrefix(out, `# \# Hacked \*bold\* \[link\](http://x)`) {
		t.Errorf("title %q", strings.SplitN(out, "\n", 2)[0])
	}
	if strings.Count(out, "```text") != 3 || !strings.Contains(out, "## 2. Bird dog") {
		t.Errorf("markdown:\n%s", out)
	}
	if _, err := sheet.ParseFormat("pdf"); err == nil {
		t.Error("pdf accepted")
	}
}

// A figure is a drawing: in both formats each line keeps its leading and
// inner spaces, as the coach draws it, and in Markdown a figure holding
// backticks cannot close its own code block.
func TestFiguresKeepTheirSpaces(t *testing.T) {
	r := lowBack(t)
	for _, f := range []sheet.Format{sheet.Text, sheet.Markdown} {
		var b strings.Builder
		_ = sheet.Write(&b, r, f)
		for _, l := range r.Exercises[0].Figure[0] {
			if !strings.Contains(b.String(), l+"\n") {
				t.Errorf("format %d: the figure's line %q is not there as drawn:\n%s", f, l, b.String())
			}
		}
	}
	r.Exercises[0].Figure = [][]string{{"  ```", " x\x1b[2J"}}
	var b strings.Builder
	_ = sheet.Write(&b, r, sheet.Markdown)
	if !strings.Contains(b.String(), "````text\n  ```\n x[2J\n````\n") {
		t.Errorf("a figure with backticks or an escape:\n%s", b.String())
	}
}

// rendered is what a CommonMark renderer shows of Markdown text outside
// code: a backslash before ASCII punctuation shows the punctuation, and
// an entity (&rlm;, &#x202E;, &ZeroWidthSpace;) the character it names
// (HTML5's entities, which html.UnescapeString knows).
func rendered(md string) string {
	const punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	var b strings.Builder
	for i := 0; i < len(md); i++ {
		c := md[i]
		if c == '\\' && i+1 < len(md) && strings.IndexByte(punct, md[i+1]) >= 0 {
			b.WriteByte(md[i+1])
			i++
			continue
		}
		if c == '&' {
			if j := strings.IndexByte(md[i:], ';'); j > 0 {
				if e := html.UnescapeString(md[i : i+j+1]); e != md[i:i+j+1] {
					b.WriteString(e)
					i += j
					continue
				}
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Entities are how Markdown writes any character: `&rlm; &lrm;
// &ZeroWidthSpace; &shy;` and `&#x202E;` in a routine became, once the
// sheet was rendered, the invisible and bidi characters the parser takes
// out of every text. A routine's & is written &amp;, so the sheet
// renders as the routine is written, and nothing invisible comes back.
func TestMarkdownBringsNoCharacterBack(t *testing.T) {
	const text = `&rlm;&lrm; &ZeroWidthSpace; &shy; &#x202E; &#8238; \&rlm; \\&rlm; &amp;rlm; a & b`
	r := lowBack(t)
	r.Name, r.Description = text, text
	r.Exercises[0].Steps[0], r.Exercises[0].Cue, r.Exercises[0].Sides[0] = text, text, text
	var b strings.Builder
	_ = sheet.Write(&b, r, sheet.Markdown)
	out := rendered(b.String())
	for _, c := range out {
		if c != '\n' && safetext.Unsafe(c) {
			t.Fatalf("the rendered sheet holds %U:\n%s", c, b.String())
		}
	}
	for _, want := range []string{"# " + text + "\n", "\n" + text + "\n", "1. " + text + "\n", "- **Cue:** " + text + "\n", "- **Sides:** " + text + ", right"} {
		if !strings.Contains(out, want) {
			t.Errorf("the rendered sheet lacks %q:\n%s", want, out)
		}
	}
}
