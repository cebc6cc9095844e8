package cli

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/outputs/cue"
	"github.com/backcoach/backcoach/internal/outputs/sound"
	"github.com/backcoach/backcoach/internal/outputs/speech"
)

// The outputs a run gets: tones when a sound player is found, the bell's
// patterns on a terminal otherwise, nothing with --quiet or --sound off;
// plain lines with --plain; speech with --speak when a program is found.
func TestOutputsFollowTheFlags(t *testing.T) {
	env := func(programs ...string) Env {
		dir := t.TempDir()
		return Env{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{},
			Getenv: func(k string) string {
				if k == "XDG_CACHE_HOME" {
					return dir
				}
				return ""
			},
			LookPath: func(p string) (string, error) {
				for _, have := range programs {
					if p == have {
						return "/usr/bin/" + p, nil
					}
				}
				return "", errors.New("none")
			}}
	}
	kinds := func(sinks coach.Sinks) (sounds string, printer, speaker bool) {
		for _, s := range sinks {
			switch s := s.(type) {
			case sound.Sink:
				switch s.Player.(type) {
				case *sound.Tones:
					sounds = "tones"
				case *sound.Bells:
					sounds = "bell"
				}
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
		name     string
		o        coachFlags
		programs []string
		term     io.Writer
		plain    bool
		sounds   string
		printer  bool
		speaker  bool
	}{
		{"screen, no player", coachFlags{Settings: config.Settings{Sound: config.SoundAuto}}, nil, &term, false, "bell", false, false},
		{"screen, a player", coachFlags{Settings: config.Settings{Sound: config.SoundAuto}}, []string{"paplay"}, &term, false, "tones", false, false},
		{"bell asked for", coachFlags{Settings: config.Settings{Sound: config.SoundBell}}, []string{"paplay"}, &term, false, "bell", false, false},
		{"off", coachFlags{Settings: config.Settings{Sound: config.SoundOff}}, []string{"paplay"}, &term, false, "", false, false},
		{"quiet", coachFlags{Settings: config.Settings{Sound: config.SoundAuto, Quiet: true}}, []string{"paplay"}, &term, false, "", false, false},
		{"plain into a log", coachFlags{Settings: config.Settings{Sound: config.SoundAuto}, plain: true}, nil, nil, true, "", true, false},
		{"plain on a terminal", coachFlags{Settings: config.Settings{Sound: config.SoundAuto}, plain: true}, nil, &term, true, "bell", true, false},
		{"plain, a player, speech", coachFlags{Settings: config.Settings{Sound: config.SoundAuto, Speak: true}, plain: true}, []string{"aplay", "espeak-ng"}, nil, true, "tones", true, true},
	} {
		var lost func()
		if tc.plain {
			lost = func() {}
		}
		s, p, sp := kinds(prepareOutputs(tc.o, env(tc.programs...)).sinks(env(), tc.term, lost))
		if s != tc.sounds || p != tc.printer || sp != tc.speaker {
			t.Errorf("%s: sounds %q, printer %v, speaker %v; want %q %v %v", tc.name, s, p, sp, tc.sounds, tc.printer, tc.speaker)
		}
	}
	e := env()
	prepareOutputs(coachFlags{Settings: config.Settings{Sound: config.SoundTones}}, e)
	if msg := e.Stderr.(*bytes.Buffer).String(); msg == "" {
		t.Error("--sound tones without a player said nothing")
	}
}

// NO_COLOR reaches the coach, which then draws without colour but keeps
// bold (lipgloss's Ascii profile, which NO_COLOR gives, would drop it).
func TestNoColorReachesTheCoach(t *testing.T) {
	for _, v := range []string{"", "1"} {
		env := Env{Getenv: func(k string) string {
			if k == "NO_COLOR" {
				return v
			}
			return ""
		}}
		if got, _ := coachOptions(coachFlags{noJournal: true}, library{}, "", env); got.NoColor != (v != "") {
			t.Errorf("NO_COLOR=%q: NoColor %v", v, got)
		}
	}
}

// A terminal that moves no cursor, or may not, gets the plain lines: a
// Unix terminal always names itself, a Windows console never does.
func TestCursorlessTerminals(t *testing.T) {
	for _, c := range []struct {
		term, goos string
		want       bool
	}{
		{"dumb", "linux", true}, {"unknown", "darwin", true}, {"", "linux", true}, {"dumb", "windows", true},
		{"", "windows", false}, {"xterm-256color", "linux", false}, {"linux", "linux", false}, {"screen", "linux", false},
	} {
		if got := cursorless(c.term, c.goos); got != c.want {
			t.Errorf("cursorless(%q, %s) = %v, want %v", c.term, c.goos, got, c.want)
		}
	}
}
