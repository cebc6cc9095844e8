package tui

import (
	"io"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// luminance is a colour's WCAG relative luminance: "#RRGGBB".
func luminance(t *testing.T, hex string) float64 {
	t.Helper()
	if len(hex) != 7 || hex[0] != '#' {
		t.Fatalf("colour %q: want #RRGGBB", hex)
	}
	var l float64
	for i, weight := range []float64{0.2126, 0.7152, 0.0722} {
		v, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		if err != nil {
			t.Fatalf("colour %q: %v", hex, err)
		}
		c := float64(v) / 255
		if c <= 0.04045 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		l += weight * c
	}
	return l
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(t *testing.T, a, b string) float64 {
	la, lb := luminance(t, a), luminance(t, b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestContrast(t *testing.T) {
	if c := contrast(t, "#000000", "#FFFFFF"); math.Abs(c-21) > 0.01 {
		t.Errorf("black on white: %.2f, want 21", c)
	}
	if c := contrast(t, "#767676", "#FFFFFF"); math.Abs(c-4.54) > 0.01 {
		t.Errorf("#767676 on white: %.2f, want 4.54", c)
	}
}

// eachStyle calls f with every lipgloss.Style in v (a Styles), by name:
// the fields, the phases' text and band, and the help's styles.
func eachStyle(v reflect.Value, name string, f func(string, lipgloss.Style)) {
	switch {
	case v.Type() == reflect.TypeOf(lipgloss.Style{}):
		f(name, v.Interface().(lipgloss.Style))
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			eachStyle(v.Field(i), name+"."+v.Type().Field(i).Name, f)
		}
	case v.Kind() == reflect.Array:
		for i := range v.Len() {
			eachStyle(v.Index(i), name+"["+strconv.Itoa(i)+"]", f)
		}
	}
}

// Every text colour reads on its background at 4.5:1 or more (WCAG AA):
// on black for a dark terminal, on white for a light one, and on its band.
func TestEveryColourReadsOnItsBackground(t *testing.T) {
	st := stylesFor(true, lipgloss.NewRenderer(io.Discard))
	checked := 0
	eachStyle(reflect.ValueOf(st), "Styles", func(name string, s lipgloss.Style) {
		fg, bg := s.GetForeground(), s.GetBackground()
		_, noFg := fg.(lipgloss.NoColor)
		_, noBg := bg.(lipgloss.NoColor)
		if noFg && noBg {
			return // the terminal's own text on its own background
		}
		f, ok := fg.(lipgloss.AdaptiveColor)
		if !ok {
			t.Errorf("%s: foreground %#v, want a colour for each background", name, fg)
			return
		}
		back := lipgloss.AdaptiveColor{Light: "#FFFFFF", Dark: "#000000"}
		if !noBg {
			if back, ok = bg.(lipgloss.AdaptiveColor); !ok {
				t.Errorf("%s: background %#v, want a colour for each background", name, bg)
				return
			}
		}
		for _, pair := range [][2]string{{f.Dark, back.Dark}, {f.Light, back.Light}} {
			checked++
			if c := contrast(t, pair[0], pair[1]); c < 4.5 {
				t.Errorf("%s: %s on %s: contrast %.2f, want 4.5 or more", name, pair[0], pair[1], c)
			}
		}
	})
	if checked < 40 {
		t.Errorf("%d colours checked: the walk missed the styles", checked)
	}
	// Keys stand apart from their labels.
	h := st.Help
	if !h.ShortKey.GetBold() || h.ShortDesc.GetBold() || !h.FullKey.GetBold() || h.FullDesc.GetBold() {
		t.Error("help: want the keys bold and their labels not")
	}
}

// The help the screens draw is in the coach's styles, not bubbles'
// defaults (#626262 on black).
func TestTheHelpIsInTheCoachsStyles(t *testing.T) {
	c := newCommon(Options{}, nil)
	if !reflect.DeepEqual(c.help.Styles, c.styles.Help) {
		t.Error("the help model does not use Styles.Help")
	}
}

var sgr = regexp.MustCompile("\x1b\\[([0-9;]*)m")

// NO_COLOR forbids colour, not emphasis: with it, the screens keep bold
// (and lipgloss's Ascii profile, which NO_COLOR gives, would drop it).
func TestNoColorKeepsBold(t *testing.T) {
	lipgloss.SetColorProfile(termenv.Ascii) // as NO_COLOR leaves it (TestMain does too)
	h := newHarness(t, Options{NoColor: true, Start: "low-back"}, 80, 24)
	var views []string
	views = append(views, h.view())
	h.key("enter")
	views = append(views, h.view())
	h.key("q")
	h.key("n", "p")
	views = append(views, h.view())
	bold := false
	for _, v := range views {
		for _, m := range sgr.FindAllStringSubmatch(v, -1) {
			for _, p := range strings.Split(m[1], ";") {
				switch p {
				case "1":
					bold = true
				case "", "0", "3", "7", "22", "23", "27":
				default:
					t.Fatalf("NO_COLOR: a colour in %q:\n%q", m[0], v)
				}
			}
		}
	}
	if !bold {
		t.Errorf("NO_COLOR: nothing bold on the screens:\n%s", strings.Join(views, "\n"))
	}
}
