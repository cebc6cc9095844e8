package screen

import (
	"fmt"
	"io"
	"os/exec"
	"strings"
)

// Notifier is a model that asks for desktop notifications: Notices counts
// them, Notice is the text of the last; Quiet leaves the bell out.
type Notifier interface {
	Notices() int
	Notice() string
	Quiet() bool
}

// notify writes the notification to w (the terminal) and runs notify-send.
// Inside tmux the OSC sequences are wrapped for tmux to pass them on to
// the terminal (tmux 3.3+ with allow-passthrough on).
func notify(w io.Writer, n Notifier, tmux bool) {
	seq := notification(n.Notice())
	if n.Quiet() {
		seq = strings.TrimPrefix(seq, "\a")
	}
	if tmux {
		seq = passthrough(seq)
	}
	_, _ = io.WriteString(w, seq)
	notifySend(exec.LookPath, n.Notice())
}

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
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return -1
		}
		return r
	}, text)
	return fmt.Sprintf("\a\x1b]9;%s\x07\x1b]777;notify;backcoach;%s\x07", text, text)
}

// notifySend shows text through notify-send where there is one; it never
// waits for it.
func notifySend(lookPath func(string) (string, error), text string) {
	path, err := lookPath("notify-send")
	if err != nil {
		return
	}
	cmd := exec.Command(path, "backcoach", text)
	if cmd.Start() == nil {
		go func() { _ = cmd.Wait() }()
	}
}
