package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The small slips of a command line each get a message that says what
// happened, and exit 2.
func TestCommandLineSlips(t *testing.T) {
	many := []string{"list"}
	for i := range 10000 {
		many = append(many, fmt.Sprintf("a%d", i))
	}
	for _, c := range []struct {
		args     []string
		want     string // the "backcoach:" line
		wantHint string // a line after it, if any
	}{
		// 10,000 arguments were all echoed back.
		{many, `list takes no arguments, got "a0 a1 a2 a3 a4" and 9,995 more`, ""},
		{[]string{"list", strings.Repeat("x", 5000)}, `list takes no arguments, got "` + strings.Repeat("x", 40) + `…"`, ""},
		// help with a topic that is no command printed the root's help, exit 0.
		{[]string{"help", "remnd"}, `unknown help topic "remnd"; did you mean remind?`, "The commands are: completion, config,"},
		{[]string{"help", "dance"}, `unknown help topic "dance"`, "The commands are:"},
		// After --, every word is an argument: "run" is not the command.
		{[]string{"--", "run"}, `"run" comes after "--", so it is not read as a command`, "Put the command before --: backcoach run"},
		{[]string{"--", "dance"}, `"dance" comes after "--", so it is not read as a command`, "The commands are:"},
		// An empty level was taken as gentle, an empty --every refused.
		{[]string{"list", "--level="}, `--level: want gentle or full, got ""`, ""},
		{[]string{"run", "low-back", "--sound="}, `--sound: want auto, tones, bell or off, got ""`, ""},
		// new .. said "…like " with nothing after it.
		{[]string{"new", ".."}, `new: ".." is not an id; ids are lower-case words joined by -, like neck or desk-break`,
			"new writes ID.yaml in your routines folder; to write a file elsewhere: backcoach new - > FILE.yaml"},
		{[]string{"new", "../Neck.yaml"}, `new: "../Neck.yaml" is not an id; ids are lower-case words joined by -, like neck`, "backcoach new - > FILE.yaml"},
	} {
		r := call(t, nil, c.args...)
		lines := strings.Split(r.stderr, "\n")
		name := strings.Join(c.args[:min(3, len(c.args))], " ")
		if r.code != 2 || lines[0] != "backcoach: "+c.want {
			t.Errorf("%.60s: exit %d, stderr %.300q; want 2 and %q", name, r.code, r.stderr, c.want)
		}
		if len(r.stderr) > 500 {
			t.Errorf("%.60s: %d bytes of stderr", name, len(r.stderr))
		}
		if c.wantHint != "" && (len(lines) < 2 || !strings.Contains(lines[1], c.wantHint)) {
			t.Errorf("%.60s: hint %q, want %q in it", name, lines[1:], c.wantHint)
		}
	}
	// Help on a command, or on nothing, is help: exit 0.
	if r := call(t, nil, "help", "remind"); r.code != 0 || !strings.Contains(r.stdout, "--every") {
		t.Errorf("help remind: exit %d, %q", r.code, r.stderr)
	}
	if r := call(t, nil, "help"); r.code != 0 || !strings.Contains(r.stdout, "not medical advice") {
		t.Errorf("help: exit %d, %q", r.code, r.stderr)
	}
	if r := call(t, nil, "__complete", "help", "rem"); r.code != 0 || !strings.HasPrefix(r.stdout, "remind\t") {
		t.Errorf("help rem<TAB>: exit %d, %q", r.code, r.stdout)
	}
	// new .. wrote nothing anywhere.
	cfg := t.TempDir()
	call(t, map[string]string{"XDG_CONFIG_HOME": filepath.Join(cfg, "a")}, "new", "..")
	if entries, _ := os.ReadDir(cfg); len(entries) != 0 {
		t.Errorf("new .. wrote %v", entries)
	}
}
