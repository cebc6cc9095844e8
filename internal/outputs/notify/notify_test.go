package notify

import (
	"bytes"
	"errors"
	"html"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

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
	// ESC and BEL would end the sequence early and start another; the C1
	// ST (U+009C) ends it too; a bidi override turns the text round.
	if got := notification("evil\x1b]0;x\x07\u009c\u202e"); strings.Count(got, "\x1b") != 2 || strings.Count(got, "\a") != 3 ||
		strings.ContainsAny(got, "\u009c\u202e") {
		t.Errorf("control characters reached the notification: %q", got)
	}
}

// hostile is a routine name that validates (one line, nothing invisible)
// and is markup to a notification server: GNOME, KDE and dunst showed a
// link and bold, and a bare & made the server drop the text.
const hostile = `<a href='https://evil.example/x'>Sign in</a> & <b>now</b> "q"`

// fakeNotifySend puts a notify-send on PATH that writes its arguments,
// one a line, to the file it returns.
func fakeNotifySend(t *testing.T) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the fake notify-send is a shell script")
	}
	dir := t.TempDir()
	args := filepath.Join(dir, "args")
	script := "#!/bin/sh\nprintf '%s\\n' \"$@\" > " + args + ".tmp && mv " + args + ".tmp " + args + "\n"
	if err := os.WriteFile(filepath.Join(dir, "notify-send"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	return args
}

// A routine's name reaches notify-send as text, never as markup: what
// the Desktop Notifications spec's markup reads (& < > ' ") is written
// as its entity, so the server shows the name as it is written.
func TestANameIsNoMarkupToTheNotificationServer(t *testing.T) {
	args := fakeNotifySend(t)
	var out bytes.Buffer
	New(&out, false, true).Event(coach.BreakDue{Routine: hostile})
	var got []byte
	for deadline := time.Now().Add(5 * time.Second); got == nil && time.Now().Before(deadline); {
		got, _ = os.ReadFile(args) // written once notify-send has run
		time.Sleep(10 * time.Millisecond)
	}
	want := "backcoach\nTime for a back break: &lt;a href=&apos;https://evil.example/x&apos;&gt;Sign in&lt;/a&gt; &amp; &lt;b&gt;now&lt;/b&gt; &quot;q&quot;\n"
	if string(got) != want {
		t.Errorf("notify-send was given:\n%s\nwant:\n%s", got, want)
	}
	// The terminal's notification is text already (OSC 9 and 777 take
	// no markup): only what could act on the terminal is taken out.
	if want := "\x1b]9;Time for a back break: " + hostile + "\x07"; !strings.HasPrefix(out.String(), want) {
		t.Errorf("the terminal was sent %q, want it to start %q", out.String(), want)
	}
}

// Markup escapes the five characters and nothing else, and reads back
// as the text it was given.
func TestMarkup(t *testing.T) {
	for in, want := range map[string]string{
		"Low back":             "Low back",
		"a & b":                "a &amp; b",
		"&amp;":                "&amp;amp;",
		`<i>'x'</i> "y"`:       "&lt;i&gt;&apos;x&apos;&lt;/i&gt; &quot;y&quot;",
		"&#x202E; &rlm; ñandú": "&amp;#x202E; &amp;rlm; ñandú",
	} {
		if got := Markup(in); got != want {
			t.Errorf("Markup(%q) = %q, want %q", in, got, want)
		}
		if back := html.UnescapeString(Markup(in)); back != in {
			t.Errorf("Markup(%q) reads back as %q", in, back)
		}
	}
}
