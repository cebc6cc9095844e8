package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/routines"
)

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// The example reads as written, and says which settings came
// from the file.
func TestLoadAGoodFile(t *testing.T) {
	p := writeConfig(t, `level: full            # gentle | full
quiet: false
speak: true
checkins: daily        # always | daily | never
remind:
  every: 1m
  again: 30s
  hours: 09:00-17:30
  routines: [upper-back]
`)
	l, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	want := Settings{Level: routines.Full, Speak: true, Sound: SoundAuto, CheckIns: coach.CheckInsDaily,
		Remind: Remind{Every: time.Minute, Again: 30 * time.Second, Hours: "09:00-17:30", Routines: []string{"upper-back"}}}
	if l.Level != want.Level || l.Speak != want.Speak || l.CheckIns != want.CheckIns || l.Remind.Every != want.Remind.Every ||
		l.Remind.Again != want.Remind.Again || l.Remind.Hours != want.Remind.Hours || strings.Join(l.Remind.Routines, ",") != "upper-back" {
		t.Errorf("got %+v, want %+v", l.Settings, want)
	}
	if l.Sources["level"] != FromFile || l.Sources["sound"] != FromDefault || l.Sources["remind.every"] != FromFile || l.File != p {
		t.Errorf("sources %v, file %q", l.Sources, l.File)
	}
}

// No file, or an empty one: the defaults.
func TestNoFileIsTheDefaults(t *testing.T) {
	for _, p := range []string{filepath.Join(t.TempDir(), "none.yaml"), writeConfig(t, ""), writeConfig(t, "# nothing yet\n")} {
		l, err := Load(p)
		if err != nil || l.Level != routines.Gentle || l.Remind.Every != 50*time.Minute || l.Remind.Again != 5*time.Minute || l.Sources["level"] != FromDefault {
			t.Errorf("%s: %+v, %v", p, l.Settings, err)
		}
	}
}

// Every kind of mistake is reported at its line and column, with the
// key, and nothing of a broken file is used.
func TestEveryMistakeIsReported(t *testing.T) {
	cases := []struct{ body, want string }{
		{"levl: full\n", "config.yaml:1:1: levl: no such setting; did you mean level?"},
		{"level: extreme\n", `config.yaml:1:8: level: want gentle or full, got "extreme"`},
		{"quiet: yes please\n", `config.yaml:1:8: quiet: want true or false, got "yes please"`},
		{"remind:\n  every: soon\n", `config.yaml:2:10: remind.every: want a time above zero and at most a day, like 50m, 1h or 90s, got "soon"`},
		{"remind:\n  every: 0s\n", `remind.every: want a time above zero`},
		// "5ms" for 5m rang a thousand times a second.
		{"remind:\n  every: 59s\n", `config.yaml:2:10: remind.every: want a time of at least 1 minute, like 50m, 1h or 90s, got "59s"`},
		{"remind:\n  again: 5ms\n", `config.yaml:2:10: remind.again: want a time of at least 30 seconds, like 50m, 1h or 90s, got "5ms"`},
		{"remind:\n  hours: 09:00-09:00\n", `config.yaml:2:10: remind.hours: want working hours like 09:00-17:30, or 22:00-06:00 across midnight, got "09:00-09:00"`},
		{"remind:\n  hours: 09:00-24:00\n", `remind.hours: want working hours like 09:00-17:30, or 22:00-06:00 across midnight, got "09:00-24:00"`},
		{"remind:\n  routines: low-back\n", `config.yaml:2:13: remind.routines: want a list of routine ids, like [low-back, upper-back], got "low-back"`},
		{"remind:\n  routines: [\"a b\"]\n", `remind.routines: want a routine id like low-back, got "a b"`},
		{"remind: 5m\n", `config.yaml:1:9: remind: want keys and values (like level: full), got "5m"`},
		{"remind:\n  evry: 5m\n", "config.yaml:2:3: remind.evry: no such setting; did you mean every?"},
		{"level: full\nlevel: gentle\n", "config.yaml:2:1: level: set twice"},
		{"level: [full\n", "config.yaml:"},
		{"checkins: weekly\n", `checkins: want always, daily or never, got "weekly"`},
	}
	for _, c := range cases {
		p := writeConfig(t, c.body)
		l, err := Load(p)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v\nwant %q", c.body, err, c.want)
		}
		if l.Level != routines.Gentle || l.Remind.Every != 50*time.Minute {
			t.Errorf("%q: a broken file was half used: %+v", c.body, l.Settings)
		}
	}
	// All of them at once, each on its line.
	p := writeConfig(t, "levl: full\nquiet: maybe\nremind:\n  every: soon\n")
	_, err := Load(p)
	if es, ok := err.(Errors); !ok || len(es) != 3 {
		t.Errorf("want 3 errors, got %v", err)
	}
}

// A config that is not a regular file (a pipe would hang every start)
// or is huge is refused.
func TestOnlyASmallRegularFileIsRead(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(dir); err == nil || err.Error() != dir+": not a regular file (a folder)" {
		t.Errorf("a folder: %v", err)
	}
	p := writeConfig(t, "# "+strings.Repeat("x", MaxConfig)+"\n")
	if _, err := Load(p); err == nil || !strings.Contains(err.Error(), "at most") {
		t.Errorf("a huge file: %v", err)
	}
}

// A hostile or careless file is reported line by line, each message
// one line of bounded length: a key cannot pass for another line of the
// message, a huge value is cut, a file of mistakes lists MaxErrors and
// counts the rest, and what the YAML parser reads without a line (a
// control character, a byte that is not UTF-8) is given its line.
func TestHostileFilesAreReportedSafely(t *testing.T) {
	cases := []struct{ body, want string }{
		{"\"a\\nbackcoach: fake\": 1\n", `config.yaml:1:1: "a\nbackcoach: fake": no such setting`},
		{"? [a, b]\n: 1\n", "config.yaml:1:3: a list: no such setting"},
		{"level: " + strings.Repeat("x", 60000) + "\n", `level: want gentle or full, got "` + strings.Repeat("x", 40) + `"... (60,000 characters)`},
		{"remind:\n  routines: [" + strings.Repeat("a", 61) + "]\n", "remind.routines: want a routine id of at most 60 characters"},
		{"remind:\n  routines: []\n", "remind.routines: want a list of routine ids, like [low-back, upper-back], got an empty list"},
		{"level: full\nsound: a\x1bb\n", `config.yaml:2:9: not valid YAML: control character \x1b is not allowed`},
		{"level: full\nsound: \xff\n", `config.yaml:2:8: not valid YAML: byte \xff is not UTF-8`},
		{"level: gentle\n---\nlevel: full\n", "config.yaml:2:1: a second YAML document (after ---); want the settings in one"},
		{"base: &b {every: 1m}\nremind: *b\n", "config.yaml:2:9: YAML aliases (*b) are not allowed in a config file"},
		{"level: !foo full\n", `config.yaml:1:8: YAML tags (!foo) are not allowed in a config file`},
	}
	for _, c := range cases {
		_, err := Load(writeConfig(t, c.body))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%.60q: %.300v\nwant %q", c.body, err, c.want)
			continue
		}
		if es, ok := err.(Errors); ok {
			for _, e := range es {
				if strings.Contains(e.Error(), "\n") || len(e.Error()) > 400 {
					t.Errorf("%.60q: a message of %d bytes or of two lines: %.200q", c.body, len(e.Error()), e.Error())
				}
			}
		}
	}
	// A file of mistakes: the first MaxErrors, then how many more.
	_, err := Load(writeConfig(t, "remind:\n  routines: ["+strings.Repeat("-x,", 5000)+"-x]\n"))
	es, ok := err.(Errors)
	if !ok || len(es) != MaxErrors+1 || !strings.Contains(es[MaxErrors].Error(), "...and 4981 more errors in this file") {
		t.Errorf("5001 bad ids: %d errors, last %v", len(es), es[len(es)-1])
	}
	// The core tags are allowed.
	if l, err := Load(writeConfig(t, "quiet: !!bool true\nlevel: !!str full\n")); err != nil || !l.Quiet || l.Level != routines.Full {
		t.Errorf("core tags: %+v, %v", l.Settings, err)
	}
}

// A file that says it is empty but never ends (a /proc file; Linux) ran
// out of memory: it is refused, named (outside Linux it would be read no
// further than a config file may go).
func TestAnEndlessFileIsReadNoFurtherThanTheLimit(t *testing.T) {
	const endless = "/proc/self/pagemap" // 8 bytes for every page of the address space
	if _, err := os.Stat(endless); err != nil {
		t.Skip(err)
	}
	p := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.Symlink(endless, p); err != nil {
		t.Skip(err)
	}
	done := make(chan error, 1)
	go func() { _, err := Load(p); done <- err }()
	select {
	case err := <-done:
		if err == nil || err.Error() != p+": a file of /proc, not read" {
			t.Errorf("Load: %v, want %s: a file of /proc, not read", err, p)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Load still reading after 5 s")
	}
}

// The file reads working hours as --hours does: 9:00-17:30 is taken (and
// written back as 09:00-17:30), not refused by one and taken by the other.
func TestHoursAsTheFlagReadsThem(t *testing.T) {
	l, err := Load(writeConfig(t, "remind:\n  hours: 9:00-17:30\n"))
	if err != nil || l.Remind.Hours != "09:00-17:30" {
		t.Errorf("hours: 9:00-17:30: %q, %v", l.Remind.Hours, err)
	}
	// A night shift, across midnight, is working hours too.
	if l, err := Load(writeConfig(t, "remind:\n  hours: 22:00-06:00\n")); err != nil || l.Remind.Hours != "22:00-06:00" {
		t.Errorf("hours: 22:00-06:00: %q, %v", l.Remind.Hours, err)
	}
}
