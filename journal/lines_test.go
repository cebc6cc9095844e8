package journal

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// backLines gives the lines a forward split gives, in reverse, with their
// offsets, whatever the chunk and however long the lines; a line over the
// limit comes back as too long, and the ones around it whole.
func TestBackLinesReadsEveryLineBackwards(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	dir := t.TempDir()
	for round := range 200 {
		var b strings.Builder
		for range rng.IntN(12) {
			switch rng.IntN(5) {
			case 0:
				b.WriteString("") // an empty line
			case 1:
				b.WriteString(strings.Repeat("L", rng.IntN(200))) // longer than small chunks
			default:
				b.WriteString(strings.Repeat("x", rng.IntN(20)))
			}
			b.WriteByte('\n')
		}
		if rng.IntN(2) == 0 {
			b.WriteString("no line end")
		}
		data := b.String()
		path := filepath.Join(dir, "lines")
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		floor := int64(0)
		if round%5 == 4 && len(data) > 0 {
			floor = int64(rng.IntN(len(data)))
		}
		maxLine := 150
		r := newBackLines(f, int64(len(data)), floor, maxLine)
		r.chunk = 1 + rng.IntN(40)

		// What a forward split of data[floor:] gives.
		type want struct {
			off  int64
			text string
		}
		var lines []want
		start := int(floor)
		for i := start; i <= len(data); i++ {
			if i == len(data) || data[i] == '\n' {
				lines = append(lines, want{int64(start), data[start:i]})
				start = i + 1
			}
		}
		for k := len(lines) - 1; k >= 0; k-- {
			w := lines[k]
			if w.text == "" {
				continue // empty lines mean nothing: backLines may or may not give them
			}
			line, off, long, err := r.prev()
			for err == nil && !long && len(line) == 0 {
				line, off, long, err = r.prev()
			}
			if err != nil {
				t.Fatalf("round %d: line %d: %v", round, k, err)
			}
			tooLong := len(w.text) > maxLine
			if off != w.off || long != tooLong || (!long && string(line) != w.text) || (long && line != nil) {
				t.Fatalf("round %d (chunk %d, floor %d): line at %d: got %q at %d (long %v), want %q at %d", round, r.chunk, floor, k, line, off, long, w.text, w.off)
			}
		}
		for {
			line, _, long, err := r.prev()
			if err != nil || long || len(line) > 0 {
				if !errors.Is(err, io.EOF) {
					t.Fatalf("round %d: after the first line: %q, %v, want EOF", round, line, err)
				}
				break
			}
		}
		f.Close()
	}
}

func TestLineNumbers(t *testing.T) {
	data := "a\nbb\n\nccc\nd"
	got, err := lineNumbers(bytes.NewReader([]byte(data)), []int64{10, 0, 5, 2, 6, -1})
	if err != nil {
		t.Fatal(err)
	}
	for off, want := range map[int64]int{0: 1, 2: 2, 5: 3, 6: 4, 10: 5} {
		if got[off] != want {
			t.Errorf("offset %d: line %d, want %d", off, got[off], want)
		}
	}
}
