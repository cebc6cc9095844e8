package tui

import (
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
)

// frameKey is what a session's frame is laid out for: the step, the
// window, the help shown, the pause and the question, and the figure's
// frame. Within one key only the time changes.
type frameKey struct {
	step, width, height, figure int
	paused, asking, fullHelp    bool
	askEnd                      bool
}

func (s sessionModel) frameKey(rem time.Duration) frameKey {
	return frameKey{step: s.walk.Index(), width: s.c.width, height: s.c.height, figure: s.figureFrame(rem),
		paused: s.walk.Paused(), asking: s.asking, askEnd: s.askEnd, fullHelp: s.c.help.ShowAll}
}

// frame is a laid-out session screen: its lines, and where the lines that
// change each second are (-1 when they did not fit).
type frame struct {
	lines     []string
	header    int
	clock     int
	clockRows int
	big       bool // the clock has digits below the band, in font
	font      font
	bar       int
}

// frameCache keeps the last two frames laid out (a movement's figure
// alternates between two). It is derived data, shared by the copies of a
// session model.
type frameCache struct {
	keys   [2]frameKey
	frames [2]*frame
	next   int
}

func (c *frameCache) get(k frameKey) *frame {
	for i := range c.frames {
		if c.frames[i] != nil && c.keys[i] == k {
			return c.frames[i]
		}
	}
	return nil
}

func (c *frameCache) put(k frameKey, f *frame) {
	c.keys[c.next], c.frames[c.next] = k, f
	c.next = (c.next + 1) % len(c.frames)
}

// wrapped is a style taken apart into what goes before and after the
// text, so that text that changes each second is styled without
// lipgloss's measuring and padding.
type wrapped struct{ pre, post string }

func wrapOf(st lipgloss.Style) wrapped {
	r := st.Render("\x00")
	i := strings.IndexByte(r, 0)
	if i < 0 {
		return wrapped{}
	}
	return wrapped{r[:i], r[i+1:]}
}

func (w wrapped) render(s string) string {
	if s == "" {
		return ""
	}
	return w.pre + s + w.post
}

// fastPhase is a phase's styles, taken apart.
type fastPhase struct {
	text, band wrapped
	fill       string
}

// fastStyles are the styles of what is drawn each second, taken apart.
type fastStyles struct {
	header, muted, barFull, barEmpty wrapped
	phases                           [phases]fastPhase
}

func newFastStyles(st Styles) fastStyles {
	f := fastStyles{header: wrapOf(st.Header), muted: wrapOf(st.Muted), barFull: wrapOf(st.BarFull), barEmpty: wrapOf(st.BarEmpty)}
	for i, p := range st.Phases {
		f.phases[i] = fastPhase{text: wrapOf(p.Text), band: wrapOf(p.Band), fill: p.Fill}
	}
	return f
}
