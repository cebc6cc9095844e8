package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// config init writes config.yaml with the defaults, commented, says
// where, and never writes over a file already there (issue 20, item 26).
func TestConfigInitWritesTheDefaultsOnce(t *testing.T) {
	cfg := t.TempDir()
	env := map[string]string{"XDG_CONFIG_HOME": cfg}
	path := filepath.Join(cfg, "backcoach", "config.yaml")
	r := call(t, env, "config", "init")
	if r.code != 0 || !strings.Contains(r.stdout, "Wrote "+path) {
		t.Fatalf("config init: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	b, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(b), "# gentle: the low end of ranges like 3-5 reps; full: the high end (gentle|full)\nlevel: gentle\n") {
		t.Fatalf("config.yaml after init (%v):\n%s", err, b)
	}
	if r := call(t, env, "config"); r.code != 0 || !regexp.MustCompile(`level +gentle +config.yaml line \d+\n`).MatchString(r.stdout) {
		t.Errorf("config after init: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if err := os.WriteFile(path, []byte("level: full\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = call(t, env, "config", "init")
	if b, _ := os.ReadFile(path); r.code != 1 || string(b) != "level: full\n" || !strings.Contains(r.stderr, path+" is already there; left as it is") {
		t.Errorf("init over a file: exit %d, %q, file now %q", r.code, r.stderr, b)
	}
}

// --quiet with --sound other than off is refused, naming both (issue 20,
// item 22); with off it is no conflict.
func TestQuietAndASoundConflict(t *testing.T) {
	for _, cmd := range [][]string{{"config"}, {"run", "low-back"}} {
		r := call(t, nil, append(cmd, "--quiet", "--sound", "bell")...)
		if r.code != 2 || !strings.Contains(r.stderr, "--quiet and --sound bell conflict: --quiet is no sound at all; give one of them") {
			t.Errorf("%s --quiet --sound bell: exit %d, %q", cmd, r.code, r.stderr)
		}
	}
	if r := call(t, nil, "config", "--quiet", "--sound", "off"); r.code != 0 {
		t.Errorf("--quiet --sound off: exit %d, %q", r.code, r.stderr)
	}
}

// config says what sound auto comes to here: the tones through the player
// found, or the bell when there is none; quiet in the file wins.
func TestConfigSaysWhatSoundAutoIs(t *testing.T) {
	for _, c := range []struct {
		name, file string
		players    []string
		want       string
	}{
		{"player", "", []string{"paplay"}, `sound +auto: tones \(paplay found\) +default`},
		{"none", "", nil, `sound +auto: the bell \(no sound player found\) +default`},
		{"quiet", "quiet: true\n", []string{"paplay"}, `sound +auto: none, quiet wins +default`},
	} {
		env := configIn(t, c.file)
		var out, errb bytes.Buffer
		code := Main([]string{"config"}, Env{
			Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] },
			Terminal: func() (bool, bool) { return false, false },
			Now:      func() time.Time { return testNow },
			LookPath: func(name string) (string, error) {
				for _, p := range c.players {
					if p == name {
						return "/usr/bin/" + name, nil
					}
				}
				return "", errors.New("not found")
			},
		})
		if code != 0 || !regexp.MustCompile(c.want).MatchString(out.String()) {
			t.Errorf("%s: exit %d, want %s:\n%s%s", c.name, code, c.want, out.String(), errb.String())
		}
	}
}
