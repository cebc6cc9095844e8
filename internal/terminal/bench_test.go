package terminal

import (
	"io"
	"os"
	"strings"
	"testing"
)

// BenchmarkDraw draws an 80x24 countdown screen whose clock changes each
// time: the work done once a second while a hold counts down.
func BenchmarkDraw(b *testing.B) {
	data, err := os.ReadFile("../../tui/testdata/TestGoldenViews/hold-80x24.golden")
	if err != nil {
		b.Fatal(err)
	}
	views := []string{string(data), strings.Replace(string(data), "exercise 2 of 3", "exercise 2 of 3 ", 1)}
	term := newTerminal(nil, nil, io.Discard, "xterm-256color", 80, 24)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = term.Draw(views[i%2])
		i++
	}
}

// BenchmarkFirstFrameAtTheBound draws a session's first frame in the
// largest window drawn (MaxWidth by MaxHeight): what a resize of a huge
// window costs.
func BenchmarkFirstFrameAtTheBound(b *testing.B) {
	data, err := os.ReadFile("../../tui/testdata/TestGoldenViews/hold-120x40.golden")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		term := newTerminal(nil, nil, io.Discard, "xterm-256color", MaxWidth, MaxHeight)
		_ = term.Draw(string(data))
	}
}
