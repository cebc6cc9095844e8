package cli

import (
	"bytes"
	"errors"
	"testing"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/cue"
	"github.com/backcoach/backcoach/screen"
	"github.com/backcoach/backcoach/speech"
)

// The outputs a run gets: the bell unless --quiet, plain lines with
// --plain, speech with --speak when there is a program to speak with.
func TestOutputsFollowTheFlags(t *testing.T) {
	env := Env{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: func(string) string { return "" },
		LookPath: func(p string) (string, error) {
			if p == "espeak-ng" {
				return "/usr/bin/espeak-ng", nil
			}
			return "", errors.New("none")
		}}
	has := func(sinks coach.Sinks) (bell, printer, speaker bool) {
		for _, s := range sinks {
			switch s.(type) {
			case screen.Bell:
				bell = true
			case *cue.Printer:
				printer = true
			case *speech.Speaker:
				speaker = true
			}
		}
		return
	}
	var term bytes.Buffer
	for _, tc := range []struct {
		name                   string
		o                      options
		plain                  bool
		bell, printer, speaker bool
	}{
		{"screen", options{}, false, true, false, false},
		{"screen, quiet", options{quiet: true}, false, false, false, false},
		{"plain", options{plain: true}, true, false, true, false},
		{"screen, speak", options{speak: true}, false, true, false, true},
		{"plain, quiet, speak", options{plain: true, quiet: true, speak: true}, true, false, true, true},
	} {
		b, p, s := has(outputs(tc.o, env, &term, tc.plain))
		if b != tc.bell || p != tc.printer || s != tc.speaker {
			t.Errorf("%s: bell %v, printer %v, speaker %v; want %v %v %v", tc.name, b, p, s, tc.bell, tc.printer, tc.speaker)
		}
	}
}
