package cli

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// configIn writes config.yaml under a config folder of the test's own.
func configIn(t *testing.T, body string) map[string]string {
	t.Helper()
	cfg := t.TempDir()
	write(t, filepath.Join(cfg, "backcoach"), "config.yaml", body)
	return map[string]string{"XDG_CONFIG_HOME": cfg}
}

// backcoach config shows each setting with where it came from: the
// file, a flag given (which wins), or the default.
func TestConfigShowsWhereEachSettingCameFrom(t *testing.T) {
	env := configIn(t, "level: full\nremind:\n  every: 1m\n  routines: [upper-back]\n")
	r := call(t, env, "config", "--every", "30m", "--quiet")
	for _, want := range []string{
		`level +full +config.yaml line 1\n`, `quiet +true +flag\n`, `speak +false +default\n`,
		`remind.every +30m +flag\n`, `remind.routines +upper-back +config.yaml line 4\n`, `remind.again +5m +default\n`,
	} {
		if !regexp.MustCompile(want).MatchString(r.stdout) {
			t.Errorf("config lacks %q:\n%s", want, r.stdout)
		}
	}
}

// The file's level is the level of list's times; a flag still wins.
func TestTheConfigLevelIsUsed(t *testing.T) {
	env := configIn(t, "level: full\n")
	full := call(t, env, "list")
	gentle := call(t, env, "list", "--level", "gentle")
	if !strings.Contains(full.stdout, "3:05") || !strings.Contains(gentle.stdout, "2:30") {
		t.Errorf("list with level: full in the file\n%s\nand --level gentle\n%s", full.stdout, gentle.stdout)
	}
}

// A broken config stops every command that uses it, naming each mistake
// at its line, with exit 1; those that do not use it still run.
func TestABrokenConfigStopsWhatUsesIt(t *testing.T) {
	env := configIn(t, "levl: full\nremind:\n  every: soon\n")
	for _, args := range [][]string{{"config"}, {"list"}, {"run", "low-back"}, {"remind"}, {}} {
		r := call(t, env, args...)
		if r.code != 1 || !strings.Contains(r.stderr, "config.yaml:1:1: levl: no such setting; did you mean level?") ||
			!strings.Contains(r.stderr, `config.yaml:3:10: remind.every: want a time above zero`) {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
	if r := call(t, env, "status"); r.code != 0 {
		t.Errorf("status with a broken config: exit %d, %s", r.code, r.stderr)
	}
}

// A routine named in the config that does not exist is named with the
// file it came from.
func TestAConfigRoutineThatDoesNotExist(t *testing.T) {
	env := configIn(t, "remind:\n  routines: [neck]\n")
	env["XDG_STATE_HOME"] = t.TempDir()
	r := call(t, env, "remind")
	if r.code != 1 || !strings.Contains(r.stderr, "config.yaml: remind.routines: no routine \"neck\"") {
		t.Errorf("exit %d, %q", r.code, r.stderr)
	}
}

// The level chosen in the picker is remembered for the next run when
// config.yaml sets none; a flag wins over it.
func TestThePickersLevelIsRemembered(t *testing.T) {
	env := configIn(t, "quiet: false\n")
	env["XDG_STATE_HOME"] = t.TempDir()
	if err := rememberLevel(func(k string) string { return env[k] })(routines.Full); err != nil {
		t.Fatal(err)
	}
	if r := call(t, env, "config"); !regexp.MustCompile(`level +full +picker: its l remembered it`).MatchString(r.stdout) {
		t.Errorf("config after the picker chose full:\n%s", r.stdout)
	}
	if r := call(t, env, "config", "--level", "gentle"); !regexp.MustCompile(`level +gentle +flag; the picker's l remembers full but the flag wins`).MatchString(r.stdout) {
		t.Errorf("a flag over the remembered level:\n%s", r.stdout)
	}
	// list's times are at the same level as config says.
	if r := call(t, env, "list"); !strings.Contains(r.stdout, "3:05") {
		t.Errorf("list after the picker chose full, want its full times:\n%s", r.stdout)
	}
}

// A level written in config.yaml wins over the picker's remembered l, for
// run and list as for the picker, and config says which is in force and
// why (issue 20, item 1).
func TestTheFilesLevelWinsOverThePickers(t *testing.T) {
	env := configIn(t, "# mine\nquiet: false\nlevel: full\n")
	env["XDG_STATE_HOME"] = t.TempDir()
	if err := rememberLevel(func(k string) string { return env[k] })(routines.Gentle); err != nil {
		t.Fatal(err)
	}
	r := call(t, env, "config")
	if !regexp.MustCompile(`level +full +config.yaml line 3; the picker's l remembers gentle but the file wins\n`).MatchString(r.stdout) {
		t.Errorf("config with level: full in the file and gentle remembered:\n%s", r.stdout)
	}
	if r := call(t, env, "list"); !strings.Contains(r.stdout, "3:05") {
		t.Errorf("list, want the file's full times:\n%s", r.stdout)
	}
}

// A routine done elsewhere while remind waits is found in the journal,
// once: the next look finds nothing new.
func TestRemindFindsABreakTakenElsewhere(t *testing.T) {
	now := testNow
	env := stateWith(t, session("elsewhere", now.Add(-10*time.Minute), journal.Finished, 0, 0))
	find := lastBreak(Env{Getenv: func(k string) string { return env[k] }, Now: func() time.Time { return now }}, coachFlags{})
	end, ok := find(now.Add(-time.Hour))
	if !ok || !end.Equal(now.Add(-4*time.Minute).Round(0)) && end.Sub(now.Add(-4*time.Minute)).Abs() > time.Second {
		t.Errorf("found %v %v, want the session's end 4 min ago", end, ok)
	}
	if _, ok := find(now.Add(-time.Hour)); ok {
		t.Error("the same journal was read again")
	}
}

// A session that ends later than now does not hide a routine done
// elsewhere just now: remind is given the one that ended, and the one
// ahead only when there is none (it counts that as ended now).
func TestRemindPrefersABreakThatEndedToOneAhead(t *testing.T) {
	now := testNow
	ahead := session("ahead", now.Add(3*time.Hour), journal.Finished, 0, 0)
	for _, c := range []struct {
		name     string
		sessions []journal.Session
		want     time.Time
	}{
		{"both", []journal.Session{session("just now", now.Add(-10*time.Minute), journal.Finished, 0, 0), ahead}, now.Add(-4 * time.Minute)},
		{"only ahead", []journal.Session{ahead}, now.Add(3*time.Hour + 6*time.Minute)},
	} {
		env := stateWith(t, c.sessions...)
		find := lastBreak(Env{Getenv: func(k string) string { return env[k] }, Now: func() time.Time { return now }}, coachFlags{})
		if end, ok := find(now.Add(-time.Hour)); !ok || end.Sub(c.want).Abs() > time.Second {
			t.Errorf("%s: found %v %v, want %v", c.name, end, ok, c.want)
		}
	}
}

// Every row of the settings table is a flag of the commands it is for
// (remind's settings of remind and config, the others of every coached
// command too), with its help and completions, and a line of
// backcoach config: a setting is added in one place.
func TestEverySettingIsAFlagAndALine(t *testing.T) {
	r := call(t, nil, "config")
	root := newRoot(Env{Getenv: func(string) string { return "" }}, nil)
	for _, row := range config.Table() {
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(row.Key) + ` +\S`).MatchString(r.stdout) {
			t.Errorf("config shows no %s:\n%s", row.Key, r.stdout)
		}
		for _, name := range []string{"", "run", "remind", "config"} {
			c, _, _ := root.Find(strings.Fields(name))
			f := c.Flags().Lookup(row.Flag)
			if want := name == "remind" || name == "config" || !strings.HasPrefix(row.Key, "remind."); (f != nil) != want {
				t.Errorf("%q has --%s: %v, want %v", c.CommandPath(), row.Flag, f != nil, want)
				continue
			}
			if f != nil && f.Usage != row.Usage {
				t.Errorf("--%s of %s: usage %q", row.Flag, c.CommandPath(), f.Usage)
			}
		}
	}
}
