package main

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
)

func svgOf(capture string) string {
	var b strings.Builder
	render(&b, parse(capture), 80, 24, "a <title> & more")
	return b.String()
}

// texts decodes the SVG, failing the test if it is not well-formed XML, and
// returns each <text> element's attributes and content.
func texts(t *testing.T, svg string) []textElem {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(svg))
	var out []textElem
	var cur *textElem
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, svg)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "text" {
				cur = &textElem{attrs: map[string]string{}}
				for _, a := range tok.Attr {
					cur.attrs[a.Name.Local] = a.Value
				}
			}
		case xml.CharData:
			if cur != nil {
				cur.content += string(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "text" && cur != nil {
				out = append(out, *cur)
				cur = nil
			}
		}
	}
}

type textElem struct {
	attrs   map[string]string
	content string
}

// find returns the <text> whose content is s.
func find(t *testing.T, svg, s string) textElem {
	t.Helper()
	for _, e := range texts(t, svg) {
		if e.content == s {
			return e
		}
	}
	t.Fatalf("no <text> reads %q in\n%s", s, svg)
	return textElem{}
}

func TestEscapesText(t *testing.T) {
	svg := svgOf("if a < b && c > d then \"q\" 'r'\n")
	find(t, svg, "if a < b && c > d then \"q\" 'r'")
	find(t, svg, "a <title> & more")
	if strings.Contains(svg, "a < b") || strings.Contains(svg, "&&") {
		t.Errorf("raw < or & in the SVG:\n%s", svg)
	}
}

func TestColours(t *testing.T) {
	for _, tc := range []struct {
		name, capture, text, fill string
	}{
		{"24-bit", "\x1b[38;2;255;175;95mHOLD\x1b[0m", "HOLD", "#ffaf5f"},
		{"24-bit with colons", "\x1b[38:2::255:175:95mHOLD", "HOLD", "#ffaf5f"},
		{"256 cube", "\x1b[38;5;208mHOLD", "HOLD", "#ff8700"},
		{"256 grey", "\x1b[38;5;245mHOLD", "HOLD", "#8a8a8a"},
		{"basic", "\x1b[32mREST", "REST", "#00cd00"},
		{"bright", "\x1b[95mSWITCH", "SWITCH", "#ff00ff"},
		{"default after 39", "\x1b[31mred\x1b[39m plain", "plain", defaultFG},
		{"reset by 0", "\x1b[1;31mred\x1b[0m plain", "plain", defaultFG},
		{"faint is halfway to the background", "\x1b[2;38;2;255;255;255mdim", "dim", "#8d8d8d"},
		{"carries to the next line", "\x1b[34mone\ntwo", "two", "#0000ee"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := find(t, svgOf(tc.capture), tc.text)
			if got := e.attrs["fill"]; got != tc.fill {
				t.Errorf("fill = %q, want %q", got, tc.fill)
			}
		})
	}
}

func TestRunsSplitByStyle(t *testing.T) {
	svg := svgOf("\x1b[1;38;2;95;215;255mLow back\x1b[0m  \x1b[38;5;245mexercise 1 of 3")
	low := find(t, svg, "Low back")
	if low.attrs["font-weight"] != "bold" || low.attrs["x"] != "16" {
		t.Errorf("Low back: %v, want bold at x=16", low.attrs)
	}
	ex := find(t, svg, "exercise 1 of 3")
	if ex.attrs["font-weight"] != "" || ex.attrs["x"] != "100" { // 16 + 10 cells * 8.4
		t.Errorf("exercise: %v, want not bold at x=100", ex.attrs)
	}
	if ex.attrs["textLength"] != "126" {
		t.Errorf("textLength = %q, want 126 (15 cells)", ex.attrs["textLength"])
	}
}

func TestReverseSwaps(t *testing.T) {
	svg := svgOf("\x1b[7;38;2;255;175;95m HOLD ")
	e := find(t, svg, "HOLD")
	if e.attrs["fill"] != defaultBG {
		t.Errorf("reversed text fill = %q, want the background %q", e.attrs["fill"], defaultBG)
	}
	band := `<rect x="16" y="48" width="50.4" height="17" fill="#ffaf5f"/>`
	if !strings.Contains(svg, band) {
		t.Errorf("no band %s in\n%s", band, svg)
	}
}

func TestBlocksAreRects(t *testing.T) {
	svg := svgOf("\x1b[38;2;255;175;95m███ ▀▀\x1b[0m x")
	for _, want := range []string{
		`<rect x="16" y="48" width="25.2" height="17" fill="#ffaf5f"/>`,
		`<rect x="49.6" y="48" width="16.8" height="8.5" fill="#ffaf5f"/>`,
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("no %s in\n%s", want, svg)
		}
	}
	for _, e := range texts(t, svg) {
		if strings.ContainsAny(e.content, "█▀") {
			t.Errorf("a block drawn as text: %q", e.content)
		}
	}
}

func TestWideRunesTakeTwoColumns(t *testing.T) {
	grid := parse("日本x")
	if len(grid) != 1 || len(grid[0]) != 5 {
		t.Fatalf("parse gave %d cells, want 5 (2+2+1)", len(grid[0]))
	}
	if grid[0][4].text != "x" {
		t.Errorf("x in column %q, want 4", grid[0][4].text)
	}
	e := find(t, svgOf("日本x"), "日本x")
	if e.attrs["textLength"] != "42" {
		t.Errorf("textLength = %q, want 42 (5 cells)", e.attrs["textLength"])
	}
}

func TestDropsOtherSequencesAndControls(t *testing.T) {
	svg := svgOf("\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\\x1b[?25l\x07 end")
	find(t, svg, "link end")
	texts(t, svg) // well-formed: no control characters left in it
}

func TestClipsToTheGrid(t *testing.T) {
	capture := strings.Repeat("row\n", 30) + strings.Repeat("x", 100)
	var b strings.Builder
	render(&b, parse(capture), 80, 24, "")
	if n := len(texts(t, b.String())); n != 24+1 { // rows and the title
		t.Errorf("%d <text>s, want 25", n)
	}
}
