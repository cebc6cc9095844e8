package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

type run struct {
	code           int
	stdout, stderr string
}

// call runs Main in-process with a fake environment: no terminal, the
// clock stopped at testNow, and a config folder of the test's own.
func call(t *testing.T, env map[string]string, args ...string) run {
	t.Helper()
	var out bytes.Buffer
	if env == nil {
		env = map[string]string{"XDG_CONFIG_HOME": t.TempDir()}
	}
	r := callTo(t, &out, env, args...)
	r.stdout = out.String()
	return r
}

// testNow is "now" to the commands that call runs, and to the tests that
// build their journals and reminders' states: a fixed afternoon, so that
// "an hour ago" is today and "yesterday" a day ago at any time of day and
// in any time zone (.ci/run runs these tests at 00:30 and 23:50 too).
var testNow = time.Date(2026, 11, 27, 14, 0, 0, 0, time.Local)

// callWithin is call, failing the test if the command has not ended in a
// few seconds: what is tested is that it never blocks.
func callWithin(t *testing.T, env map[string]string, args ...string) run {
	t.Helper()
	done := make(chan run, 1)
	go func() { done <- call(t, env, args...) }()
	select {
	case r := <-done:
		return r
	case <-time.After(5 * time.Second):
		t.Fatalf("backcoach %s blocked", strings.Join(args, " "))
		return run{}
	}
}

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const goodRoutine = `name: Quick neck
exercises:
  - name: Chin tuck
    steps: [Pull your chin back.]
    hold: 5s
    reps: 2
`

func TestListShowsBuiltInsWithTimeAndSource(t *testing.T) {
	r := call(t, nil, "list")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("list printed %d lines, want a header and 2 routines:\n%s", len(lines), r.stdout)
	}
	for _, want := range []string{"ID", "WHERE", "low-back", "Low back", "6:55", "on the floor", "built-in", "upper-back", "2:30", "in a chair, standing"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("list lacks %q:\n%s", want, r.stdout)
		}
	}
	full := call(t, nil, "list", "--level", "full")
	if !strings.Contains(full.stdout, "3:05") {
		t.Errorf("list --level full lacks upper-back's 3:05:\n%s", full.stdout)
	}
}

func TestUserRoutinesOverrideAndAdd(t *testing.T) {
	cfg := t.TempDir()
	dir := filepath.Join(cfg, "backcoach", "routines")
	mine := write(t, dir, "low-back.yaml", strings.Replace(goodRoutine, "Quick neck", "My low back", 1))
	write(t, dir, "neck.yaml", goodRoutine)
	r := call(t, map[string]string{"XDG_CONFIG_HOME": cfg}, "list")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "My low back") || strings.Contains(r.stdout, "Low back ") {
		t.Errorf("a user low-back.yaml did not replace the built-in:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, mine) || !strings.Contains(r.stdout, "neck") {
		t.Errorf("list lacks the user's files and paths:\n%s", r.stdout)
	}
}

func TestHomeConfigIsTheFallback(t *testing.T) {
	home := t.TempDir()
	write(t, filepath.Join(home, ".config", "backcoach", "routines"), "neck.yaml", goodRoutine)
	r := call(t, map[string]string{"HOME": home}, "list")
	if !strings.Contains(r.stdout, "Quick neck") {
		t.Errorf("without XDG_CONFIG_HOME, ~/.config/backcoach/routines was not read:\n%s", r.stdout)
	}
}

func TestABrokenUserFileDoesNotStopTheOthers(t *testing.T) {
	cfg := t.TempDir()
	dir := filepath.Join(cfg, "backcoach", "routines")
	bad := write(t, dir, "bad.yaml", "name: Bad\nexercises: nope\n")
	write(t, dir, "neck.yaml", goodRoutine)
	r := call(t, map[string]string{"XDG_CONFIG_HOME": cfg}, "list")
	if r.code != 0 || !strings.Contains(r.stdout, "Quick neck") || !strings.Contains(r.stdout, "low-back") {
		t.Fatalf("exit %d; a broken file stopped the others:\n%s", r.code, r.stdout)
	}
	if want := "backcoach: skipped, with errors: bad.yaml; run backcoach validate\n"; r.stderr != want {
		t.Errorf("stderr %q, want %q", r.stderr, want)
	}
	v := call(t, map[string]string{"XDG_CONFIG_HOME": cfg}, "validate")
	if v.code != 1 || !strings.Contains(v.stdout, bad+":2:12: exercises: want a list of one or more exercises, got \"nope\"") || !strings.Contains(v.stdout, "neck.yaml: ok") {
		t.Errorf("validate with no files: exit %d, output:\n%s", v.code, v.stdout)
	}
}

func TestValidate(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.yaml", goodRoutine)
	bad := write(t, dir, "bad.yaml", "name: x\nexercises:\n  - name: Bird dog\n    steps: [a]\n    hold: thirty\n    reps: 0\n")
	r := call(t, nil, "validate", good)
	if r.code != 0 || r.stdout != good+": ok\n" {
		t.Errorf("good file: exit %d, %q", r.code, r.stdout)
	}
	r = call(t, nil, "validate", good, bad)
	want := good + ": ok\n" +
		bad + `:5:11: exercise "bird-dog": hold: want a duration like 30s, got "thirty"` + "\n" +
		bad + `:6:11: exercise "bird-dog": reps: want at least 1, got "0"` + "\n"
	if r.code != 1 || r.stdout != want {
		t.Errorf("exit %d, output:\n%s\nwant:\n%s", r.code, r.stdout, want)
	}
	r = call(t, nil, "validate", filepath.Join(dir, "missing.yaml"))
	if r.code != 1 || !strings.Contains(r.stdout, "missing.yaml: cannot read: no such file or directory") {
		t.Errorf("missing file: exit %d, %q", r.code, r.stdout)
	}
}

func TestDuplicateIDsInOneFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.yaml", "id: neck\n"+goodRoutine)
	write(t, dir, "b.yaml", "id: neck\n"+goodRoutine)
	r := call(t, nil, "validate", dir)
	if r.code != 1 || !strings.Contains(r.stdout, filepath.Join(dir, "b.yaml")+`: id: "neck" is already the id of `+filepath.Join(dir, "a.yaml")) {
		t.Errorf("exit %d, output %q", r.code, r.stdout)
	}
}

func TestInteractiveCommandsNeedATerminal(t *testing.T) {
	for _, args := range [][]string{{}, {"run", "low-back"}} {
		r := call(t, nil, args...)
		if r.code != 2 || !strings.Contains(r.stderr, "needs a terminal") || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%v without a terminal: exit %d, stderr %q; want 2 and one line", args, r.code, r.stderr)
		}
	}
}

func TestBadInputAndUsage(t *testing.T) {
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"run", "nope"}, 1, `no routine "nope"; the routines are: low-back, upper-back`},
		{[]string{"run", "/no/such/file.yaml"}, 1, "/no/such/file.yaml: cannot open"},
		{[]string{"run"}, 2, "run wants one routine"},
		{[]string{"--level", "extreme"}, 2, `--level: want gentle or full, got "extreme"`},
		{[]string{"--bogus"}, 2, "backcoach has no flag --bogus"},
		{[]string{"dance"}, 2, `unknown command "dance"`},
		{[]string{"lsit"}, 2, `unknown command "lsit"; did you mean list?`},
		{[]string{"remnd", "--every", "5m"}, 2, `unknown command "remnd"; did you mean remind?`},
		{[]string{"--every", "5m"}, 2, "backcoach has no flag --every"},
		{[]string{"--no-journal=maybe"}, 2, `--no-journal: want true or false, got "maybe"`},
		{[]string{"remind", "--every", "0"}, 2, `--every: want a time above zero, like 50m, 1h or 90s, got "0"`},
		// As in config.yaml: years between breaks overflowed the clock ("in -153722866 min").
		{[]string{"remind", "--every", "2562047h"}, 2, `--every: want at most a day (24h), like 50m, 1h or 90s, got "2562047h"`},
		{[]string{"config", "--again", "25h"}, 2, `--again: want at most a day (24h)`},
		{[]string{"remind", "--every", "30s"}, 2, `--every: want at least 1 minute (1m), like 50m, 1h or 90s, got "30s"`},
		{[]string{"remind", "--again", "5ms"}, 2, `--again: want at least 30 seconds (30s), like 50m, 1h or 90s, got "5ms"`},
		{[]string{"config", "--again", "29s"}, 2, `--again: want at least 30 seconds (30s)`},
		{[]string{"remind", "--every", "5"}, 2, `--every: want a time with its unit, like 50m, 1h or 90s, got "5": a bare number could be seconds or minutes`},
		{[]string{"remind", "--evry", "5m"}, 2, "backcoach remind has no flag --evry; did you mean --every?"},
		{[]string{"run", "low-back", "--levle", "full"}, 2, "backcoach run has no flag --levle; did you mean --level?"},
		{[]string{"list", "--routine", "x"}, 2, "backcoach list has no flag --routine; did you mean --routines?"},
		{[]string{"history", "--export", "xml"}, 2, `--export: want csv or json, got "xml"`},
		{[]string{"run", "low-back", "--sound"}, 2, "--sound wants a value"},
		{[]string{"status", "--width", "abc"}, 2, `--width: want a number of columns, like 40 (0: no limit), got "abc"`},
		{[]string{"status", "--width", "-5"}, 2, `--width: want a number of columns, like 40 (0: no limit), got "-5"`},
		{[]string{"status", "now"}, 2, `status takes no arguments, got "now"`},
		{[]string{"list", "--routines", "/no/such/dir"}, 1, "--routines /no/such/dir: no such file or directory"},
	}
	for _, c := range cases {
		r := call(t, nil, c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, r.code, r.stderr, c.code, c.want)
		}
	}
}

func TestFlagsGoAnywhere(t *testing.T) {
	if r := call(t, nil, "show", "low-back", "--format", "md"); r.code != 0 || !strings.HasPrefix(r.stdout, "# ") {
		t.Errorf("show ID --format md: exit %d, stdout %.80q, stderr %q", r.code, r.stdout, r.stderr)
	}
	dir := t.TempDir()
	write(t, dir, "neck.yaml", goodRoutine)
	for _, args := range [][]string{{"--routines", dir, "list"}, {"list", "--routines", dir}} {
		if r := call(t, nil, args...); r.code != 0 || !strings.Contains(r.stdout, "Quick neck") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
}

// Each command has only its own flags, in its own help; a flag of
// another command is refused saying whose it is.
func TestEachCommandHasItsOwnFlags(t *testing.T) {
	r := call(t, nil, "help", "remind")
	if r.code != 0 || !strings.Contains(r.stdout, "--every") || strings.Contains(r.stdout, "--export") {
		t.Errorf("help remind: exit %d\n%s", r.code, r.stdout)
	}
	r = call(t, nil, "list", "--help")
	if r.code != 0 || strings.Contains(r.stdout, "--every") || !strings.Contains(r.stdout, "--routines") {
		t.Errorf("list --help: exit %d\n%s", r.code, r.stdout)
	}
	r = call(t, nil, "list", "--every", "5m")
	if r.code != 2 || !strings.Contains(r.stderr, "backcoach list has no flag --every") ||
		!strings.Contains(r.stderr, "--every is a flag of backcoach remind") || strings.Count(r.stderr, "backcoach:") != 1 {
		t.Errorf("list --every: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestHelpAndVersion(t *testing.T) {
	if r := call(t, nil, "--help"); r.code != 0 || !strings.Contains(r.stdout, "run") || !strings.Contains(r.stdout, "not medical advice") {
		t.Errorf("--help: exit %d, %q", r.code, r.stdout)
	}
	if r := call(t, nil, "--version"); r.code != 0 || !strings.HasPrefix(r.stdout, "backcoach ") {
		t.Errorf("--version: exit %d, %q", r.code, r.stdout)
	}
}

// Text from routine files, and their names, never reach the terminal raw.
func TestFileTextNeverReachesTheTerminalRaw(t *testing.T) {
	cfg := t.TempDir()
	dir := filepath.Join(cfg, "backcoach", "routines")
	write(t, dir, "evil.yaml", "name: \"Evil\\e]0;pwned\\a\\e[2J\"\nexercises:\n  - name: \"Step\\e[5m\"\n    steps: [\"\\e[31mred\"]\n    hold: 5s\n")
	write(t, dir, "bad\x1b[2J.yaml", "name: x\n")
	env := map[string]string{"XDG_CONFIG_HOME": cfg}
	for _, args := range [][]string{{"list"}, {"validate"}, {"run", filepath.Join(dir, "bad\x1b[2J.yaml")}} {
		r := call(t, env, args...)
		if strings.ContainsAny(r.stdout+r.stderr, "\x1b\a") {
			t.Errorf("%v wrote a raw control character:\nstdout %q\nstderr %q", args, r.stdout, r.stderr)
		}
		if !strings.Contains(r.stdout+r.stderr, `bad\x1b[2J.yaml`) {
			t.Errorf("%v does not name the broken file, escaped:\nstdout %q\nstderr %q", args, r.stdout, r.stderr)
		}
	}
	if r := call(t, env, "list"); !strings.Contains(r.stdout, "Evil") {
		t.Errorf("the routine with escapes in its name was not listed:\n%s", r.stdout)
	}
}

// A routine not found while a broken file of another id is skipped names
// that file too: it may be the one meant (by its name).
func TestRunNamesTheBrokenFileItMayBe(t *testing.T) {
	cfg := t.TempDir()
	write(t, filepath.Join(cfg, "backcoach", "routines"), "neck.yaml", "name: Neck\nexercises: nope\n")
	r := call(t, map[string]string{"XDG_CONFIG_HOME": cfg}, "run", "Neck")
	if r.code != 1 || !strings.Contains(r.stderr, `no routine "Neck"`) || !strings.Contains(r.stderr, "skipped, with errors: neck.yaml; run backcoach validate") {
		t.Errorf("exit %d, stderr %q; want the missing routine and the broken file named", r.code, r.stderr)
	}
}

// --version names the build: the release, or the commit and its date for
// a build from a git checkout, never a bare "dev" when the binary knows.
func TestVersionSaysWhichBuild(t *testing.T) {
	git := func(version string, kv ...string) *debug.BuildInfo {
		bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/backcoach/backcoach", Version: version}}
		for i := 0; i < len(kv); i += 2 {
			bi.Settings = append(bi.Settings, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return bi
	}
	checkout := []string{"vcs", "git", "vcs.revision", "8333191c564cb4c5a8824ddee7e1ec44ad4783b6", "vcs.time", "2026-11-27T20:56:26Z"}
	for _, tc := range []struct {
		set  string
		bi   *debug.BuildInfo
		want string
	}{
		{"v1.2.3", git("(devel)", checkout...), "v1.2.3"},
		{"", git("v1.2.3"), "v1.2.3"},
		{"", git("v1.2.3+dirty", append(checkout, "vcs.modified", "true")...), "v1.2.3 (modified)"},
		{"", git("(devel)", append(checkout, "vcs.modified", "false")...), "dev (8333191, 2026-11-27)"},
		{"", git("v0.0.0-20261127205626-8333191c564c+dirty", append(checkout, "vcs.modified", "true")...), "dev (8333191, 2026-11-27, modified)"},
		{"", git("v1.2.4-0.20261127205626-8333191c564c", checkout...), "dev (8333191, 2026-11-27)"},
		{"", git("v0.0.0-20261127205626-8333191c564c"), "v0.0.0-20261127205626-8333191c564c"},
		{"", git("(devel)"), "dev"},
		{"", nil, "dev"},
	} {
		if got := versionOf(tc.set, tc.bi); got != tc.want {
			t.Errorf("versionOf(%q, %v) = %q, want %q", tc.set, tc.bi, got, tc.want)
		}
	}
}

// A routine is found by its name, in any case, as list and the picker
// show it; a name two routines share is refused with their ids.
func TestARoutineByItsName(t *testing.T) {
	for _, name := range []string{"Upper back", "upper BACK"} {
		r := call(t, nil, "show", name)
		if r.code != 0 || !strings.HasPrefix(r.stdout, "Upper back") {
			t.Errorf("show %q: exit %d, stdout %q, stderr %q", name, r.code, r.stdout, r.stderr)
		}
	}
	env := map[string]string{"XDG_CONFIG_HOME": t.TempDir()}
	r := callKeys(t, env, "Get ready: Thoracic extension", "run", "Upper back", "--no-journal")
	if r.code != 0 || r.stderr != "" {
		t.Errorf("run \"Upper back\": exit %d, stderr %q", r.code, r.stderr)
	}

	cfg := t.TempDir()
	write(t, filepath.Join(cfg, "backcoach", "routines"), "mine.yaml", strings.Replace(goodRoutine, "Quick neck", "Upper Back", 1))
	r = call(t, map[string]string{"XDG_CONFIG_HOME": cfg}, "show", "upper back")
	if r.code != 1 || r.stderr != "backcoach: 2 routines are named \"upper back\": mine, upper-back; name one by its id\n" {
		t.Errorf("a shared name: exit %d, stderr %q", r.code, r.stderr)
	}
	if r = call(t, map[string]string{"XDG_CONFIG_HOME": cfg}, "show", "mine"); r.code != 0 {
		t.Errorf("show mine by its id: exit %d, %q", r.code, r.stderr)
	}
}
