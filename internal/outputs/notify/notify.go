// Package notify asks for a desktop notification when a break falls due:
// a sink of the coach's events.
package notify

import (
	"fmt"
	"io"
	"os/exec"
	"strings"
	"sync"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/text/safetext"
)

// Notifier asks for a desktop notification when a break falls due: it
// writes OSC 9 and OSC 777 to the terminal, which many terminals turn into
// one, and runs notify-send where there is one.
type Notifier struct {
	mu       sync.Mutex
	w        io.Writer // the terminal, or nil (stdout is not one)
	tmux     bool      // inside tmux: the sequences go through its passthrough
	quiet    bool      // no bell with it
	lookPath func(string) (string, error)
}

// New notifies through the terminal w (nil for none) and
// notify-send.
func New(w io.Writer, tmux, quiet bool) *Notifier {
	return &Notifier{w: w, tmux: tmux, quiet: quiet, lookPath: exec.LookPath}
}

// Event implements coach.Sink.
func (n *Notifier) Event(e coach.Event) {
	due, ok := e.(coach.BreakDue)
	if !ok {
		return
	}
	text := "Time for a back break: " + due.Routine
	if n.w != nil {
		seq := notification(text)
		if n.quiet {
			seq = strings.TrimPrefix(seq, "\a")
		}
		if n.tmux {
			seq = passthrough(seq)
		}
		n.mu.Lock()
		_, _ = io.WriteString(n.w, seq)
		n.mu.Unlock()
	}
	notifySend(n.lookPath, text)
}

var _ coach.Sink = (*Notifier)(nil)

// passthrough wraps each OSC sequence of seq in tmux's DCS passthrough.
func passthrough(seq string) string {
	var b strings.Builder
	for _, part := range strings.SplitAfter(seq, "\x07") {
		if i := strings.Index(part, "\x1b]"); i >= 0 {
			b.WriteString(part[:i])
			b.WriteString("\x1bPtmux;" + strings.ReplaceAll(part[i:], "\x1b", "\x1b\x1b") + "\x1b\\")
			continue
		}
		b.WriteString(part)
	}
	return b.String()
}

// notification is what a due break writes to the terminal: the bell, then
// OSC 9 and OSC 777, which many terminals turn into a desktop
// notification. Control characters are kept out of the text.
func notification(text string) string {
	text = strings.Map(func(r rune) rune {
		if safetext.Unsafe(r) {
			return -1
		}
		return r
	}, text)
	return fmt.Sprintf("\a\x1b]9;%s\x07\x1b]777;notify;backcoach;%s\x07", text, text)
}

// markup writes the characters the notification servers' markup reads
// as their entities.
var markup = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "'", "&apos;", `"`, "&quot;")

// Markup is text as a notification's body, which the servers read as
// markup (the Desktop Notifications spec's subset of XML: <b>, <i>, <u>,
// <a href>, <img>): GNOME, KDE, dunst and mako show a routine named
// "<a href='...'>Sign in</a>" as a link, and drop a body with a bare &.
// The five characters XML reads are written as their entities, so the
// body is shown as the text it is. Every way to a notification server
// (notify-send now, D-Bus when it comes) escapes with this.
func Markup(text string) string { return markup.Replace(text) }

// notifySend shows text through notify-send where there is one; it never
// waits for it. The summary is only text; the body is markup.
func notifySend(lookPath func(string) (string, error), text string) {
	path, err := lookPath("notify-send")
	if err != nil {
		return
	}
	cmd := exec.Command(path, "backcoach", Markup(text))
	if cmd.Start() == nil {
		go func() { _ = cmd.Wait() }()
	}
}
