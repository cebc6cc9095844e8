package cli

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/config"
)

// soundsWith runs `backcoach sounds` with PATH holding only the programs
// named, each a fake player that logs the file it was given.
func soundsWith(t *testing.T, players []string, args ...string) (code int, stdout, stderr, played string) {
	t.Helper()
	bin := t.TempDir()
	log := filepath.Join(t.TempDir(), "played")
	for _, p := range players {
		script := "#!/bin/sh\nfor a; do last=$a; done\necho \"${last##*/}\" >> " + log + "\n"
		if err := os.WriteFile(filepath.Join(bin, p), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", bin)
	cache := t.TempDir()
	var out, errb bytes.Buffer
	code = Main(append([]string{"sounds"}, args...), Env{Stdin: os.Stdin, Stdout: &out, Stderr: &errb,
		Getenv:   func(k string) string { return map[string]string{"XDG_CACHE_HOME": cache}[k] },
		Terminal: func() (bool, bool) { return false, false },
		LookPath: exec.LookPath, Now: func() time.Time { return testNow }})
	b, _ := os.ReadFile(log)
	return code, out.String(), errb.String(), string(b)
}

// Each sound plays, whole and in turn, named as it plays.
func TestSoundsPlaysEachWithItsName(t *testing.T) {
	code, out, errs, played := soundsWith(t, []string{"aplay"})
	if code != 0 || played != "go.wav\ntick.wav\nrest.wav\nswitch.wav\ndone.wav\n" {
		t.Fatalf("exit %d, played %q, stderr %q", code, played, errs)
	}
	for _, want := range []string{"Playing each sound through ", "/aplay:\n", "  go      a hold starts\n", "  switch  a hold ends: switch sides\n", "  done    the routine is finished\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("sounds lacks %q:\n%s", want, out)
		}
	}
}

// With --quiet, or without a player, nothing plays, and it says why; the
// hint names the packages to install.
func TestSoundsSaysWhyItCannotPlay(t *testing.T) {
	code, out, _, played := soundsWith(t, []string{"paplay"}, "--quiet")
	if code != 0 || played != "" || !strings.Contains(out, "--quiet: nothing plays. These would through ") || !strings.Contains(out, "  tick    each of the last 3 seconds of a hold") {
		t.Errorf("--quiet: exit %d, played %q:\n%s", code, played, out)
	}
	code, out, errs, _ := soundsWith(t, nil)
	if code != 1 || !strings.Contains(out, "These would play, but none can:\n  go ") ||
		!strings.Contains(errs, "no sound player found (pw-play, paplay, aplay, afplay)") ||
		!strings.Contains(errs, "sudo apt install pipewire-bin (or pulseaudio-utils, or alsa-utils)") ||
		!strings.Contains(errs, "sudo dnf install pipewire-utils") {
		t.Errorf("no player: exit %d:\n%s%s", code, out, errs)
	}
}

// Where a run finds no player or no speech program, it says what to
// install.
func TestNoPlayerNoSpeakerSaysWhatToInstall(t *testing.T) {
	var errb bytes.Buffer
	env := Env{Stdout: &bytes.Buffer{}, Stderr: &errb, Getenv: func(string) string { return "" },
		LookPath: func(string) (string, error) { return "", errors.New("none") }}
	_, _ = tones(coachFlags{Settings: config.Settings{Sound: config.SoundTones}}, env)
	_, _ = speaker(coachFlags{Settings: config.Settings{Speak: true}}, env)
	for _, want := range []string{
		"--sound tones: no sound player found", "sudo apt install pipewire-bin (or pulseaudio-utils, or alsa-utils) on Debian",
		"--speak: no speech program found", "sudo apt install espeak-ng on Debian and Ubuntu; sudo dnf install espeak-ng on Fedora; brew install espeak-ng",
	} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errb.String())
		}
	}
}
