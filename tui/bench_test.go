package tui

import (
	"testing"
	"time"
)

// BenchmarkView renders each screen at 80x24, the work done once a second
// while a countdown runs.
func BenchmarkView(b *testing.B) {
	for _, c := range []struct {
		name  string
		setup func(*harness)
	}{
		{"picker", func(*harness) {}},
		{"session", func(h *harness) { h.key("enter", "s", "enter"); h.advance(1500 * time.Millisecond) }},
		{"summary", func(h *harness) { h.key("enter", "s", "s", "s", "y") }},
	} {
		h := newHarness(b, Options{}, 80, 24)
		c.setup(h)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = h.model.View()
			}
		})
	}
}
