package notify

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/backcoach/backcoach/coach"
)

// A due break asks for a notification: the bell unless quiet, OSC 9 and
// 777, through tmux's passthrough in tmux; other events notify nothing.
func TestANotificationIsAskedForWhenABreakIsDue(t *testing.T) {
	var out bytes.Buffer
	var sent []string
	n := New(&out, false, false)
	n.lookPath = func(p string) (string, error) { sent = append(sent, p); return "", errors.New("none") }
	n.Event(coach.StepEnded{})
	if out.Len() != 0 || len(sent) != 0 {
		t.Fatalf("a step's end notified: %q %v", out.String(), sent)
	}
	n.Event(coach.BreakDue{Routine: "Low back"})
	if want := "\a\x1b]9;Time for a back break: Low back\x07\x1b]777;notify;backcoach;Time for a back break: Low back\x07"; out.String() != want || len(sent) != 1 {
		t.Errorf("a due break wrote %q and looked for %v, want %q and notify-send", out.String(), sent, want)
	}
	out.Reset()
	q := New(&out, true, true)
	q.lookPath = n.lookPath
	q.Event(coach.BreakDue{Routine: "Low back"})
	if got := out.String(); strings.Contains(got, "\a\x1bP") || strings.HasPrefix(got, "\a") || !strings.HasPrefix(got, "\x1bPtmux;") {
		t.Errorf("quiet, in tmux: wrote %q, want the passthrough and no bell", got)
	}
	none := New(nil, false, false)
	none.lookPath = n.lookPath
	before := len(sent)
	none.Event(coach.BreakDue{Routine: "Low back"}) // stdout is no terminal: notify-send only
	if len(sent) != before+1 {
		t.Error("without a terminal, notify-send was not tried")
	}
}

func TestNotificationsPassThroughTmux(t *testing.T) {
	seq := notification("Time for a back break")
	if seq != "\a\x1b]9;Time for a back break\x07\x1b]777;notify;backcoach;Time for a back break\x07" {
		t.Fatalf("notification %q", seq)
	}
	want := "\a\x1bPtmux;\x1b\x1b]9;Time for a back break\x07\x1b\\\x1bPtmux;\x1b\x1b]777;notify;backcoach;Time for a back break\x07\x1b\\"
	if got := passthrough(seq); got != want {
		t.Errorf("passthrough:\n got %q\nwant %q", got, want)
	}
	if got := notification("evil\x1b]0;x\x07"); strings.Count(got, "\x1b") != 2 {
		t.Errorf("control characters reached the notification: %q", got)
	}
}
