package terminal

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// chunk is what one read of the terminal returns, and when.
type chunk struct {
	at   time.Duration
	data string
}

// chunks is a terminal that returns its chunks one a read (a long one
// over several), then ends; now is the time of the chunk read last.
type chunks struct {
	left []chunk
	now  time.Time
}

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.left) == 0 {
		return 0, io.EOF
	}
	next := &c.left[0]
	c.now = epoch.Add(next.at)
	n := copy(p, next.data)
	if next.data = next.data[n:]; next.data == "" {
		c.left = c.left[1:]
	}
	return n, nil
}

var epoch = time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)

// guarded is everything Bubble Tea would read through a pasteGuard, read
// 256 bytes at a time as it does.
func guarded(t *testing.T, in ...chunk) string {
	t.Helper()
	c := &chunks{left: in, now: epoch}
	g := newPasteGuard(c, func() time.Time { return c.now })
	var out bytes.Buffer
	buf := make([]byte, 256)
	for {
		n, err := g.Read(buf)
		out.Write(buf[:n])
		if err == io.EOF {
			return out.String()
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestPasteGuard(t *testing.T) {
	full := strings.Repeat("a", 4096-3) // a read that fills the buffer, ending in 3 bytes of a marker
	for _, c := range []struct {
		name string
		in   []chunk
		want string
	}{
		{"keys pass as they are", []chunk{{0, "q\x1b[A"}, {0, "\x1b"}, {0, "\x1b["}, {0, "x\x1b[201~"}},
			"q\x1b[A\x1b\x1b[x\x1b[201~"},
		{"a paste passes whole", []chunk{{0, "x\x1b[200~hé\rq\x1b[2\x1b[201~y"}},
			"x\x1b[200~hé\rq\x1b[2\x1b[201~y"},
		{"markers cut by reads", []chunk{{0, full + "\x1b[2"}, {0, "00~hi\x1b[20"}, {0, "1~z"}},
			full + "\x1b[200~hi\x1b[201~z"},
		{"ctrl+c ends a paste and is a key", []chunk{{0, "\x1b[200~ab\x1b[2\x03cd"}},
			"\x1b[200~ab\x1b[2\x1b[201~\x03cd"},
		{"a pause ends a paste that never ends", []chunk{{0, "\x1b[200~abc"}, {pasteIdle + time.Millisecond, "q"}},
			"\x1b[200~abc\x1b[201~q"},
		{"a paste sent in parts goes on", []chunk{{0, "\x1b[200~abc"}, {pasteIdle, "q\x1b[201~"}, {2 * pasteIdle, "y"}},
			"\x1b[200~abcq\x1b[201~y"},
		{"the input's end ends a paste", []chunk{{0, "\x1b[200~abc"}},
			"\x1b[200~abc\x1b[201~"},
		{"a large paste is cut", []chunk{{0, "\x1b[200~" + strings.Repeat("x", maxPaste+10)}, {0, strings.Repeat("y", 10000) + "\x1b[201~z"}},
			"\x1b[200~" + strings.Repeat("x", maxPaste) + "\x1b[201~z"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := guarded(t, c.in...); got != c.want {
				t.Errorf("read %q\nwant %q", trim(got), trim(c.want))
			}
		})
	}
}

// trim shortens a long text for a message.
func trim(s string) string {
	if len(s) > 200 {
		return s[:100] + "..." + s[len(s)-100:]
	}
	return s
}

// pasted runs a Bubble Tea program on in until it reads a paste or a
// ctrl+c, and returns that key.
func pasted(tb testing.TB, in io.Reader) tea.KeyMsg {
	tb.Helper()
	var got tea.KeyMsg
	p := tea.NewProgram(quitOn{&got}, tea.WithInput(in), tea.WithOutput(io.Discard), tea.WithoutRenderer(), tea.WithoutSignalHandler())
	if _, err := p.Run(); err != nil {
		tb.Fatal(err)
	}
	return got
}

// quitOn quits on a paste or a ctrl+c, and keeps it.
type quitOn struct{ got *tea.KeyMsg }

func (m quitOn) Init() tea.Cmd { return nil }
func (m quitOn) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && (k.Paste || k.Type == tea.KeyCtrlC) {
		*m.got = k
		return m, tea.Quit
	}
	return m, nil
}
func (m quitOn) View() string { return "" }

// Through Bubble Tea, a guarded paste is one paste of its text (cut to
// maxPaste), and a ctrl+c in a paste that never ends is the key.
func TestAGuardedPasteReachesBubbleTea(t *testing.T) {
	clock := func() time.Time { return epoch }
	k := pasted(t, newPasteGuard(strings.NewReader("\x1b[200~"+strings.Repeat("é", maxPaste)+"\x1b[201~"), clock))
	if !k.Paste || len(string(k.Runes)) < maxPaste-1 || len(string(k.Runes)) > maxPaste {
		t.Errorf("read a key %v of %d bytes, want a paste of %d", k.Type, len(string(k.Runes)), maxPaste)
	}
	k = pasted(t, newPasteGuard(strings.NewReader("\x1b[200~abc\x03"), clock))
	if k.Type != tea.KeyCtrlC {
		t.Errorf("ctrl+c inside a paste read as %v, want ctrl+c", k)
	}
}

// BenchmarkPaste reads a paste of 1, 2 and 4 MB through Bubble Tea, as
// it reads the terminal (256 bytes at a time), without the guard and
// with it.
func BenchmarkPaste(b *testing.B) {
	for _, mb := range []int{1, 2, 4} {
		paste := "\x1b[200~" + strings.Repeat("x9s pq y\r ", mb<<20/10) + "\x1b[201~"
		for _, guard := range []bool{false, true} {
			name := "bubbletea"
			if guard {
				name = "guarded"
			}
			b.Run(fmt.Sprintf("%s/%dMB", name, mb), func(b *testing.B) {
				for b.Loop() {
					var in io.Reader = strings.NewReader(paste)
					if guard {
						in = newPasteGuard(in, time.Now)
					}
					pasted(b, in)
				}
			})
		}
	}
}
