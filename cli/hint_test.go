package cli

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

const brokenRoutine = "name: Bad\nexercises: nope\n"

// The hint names the first broken files, as many as fit a line, and the
// command that shows their errors.
func TestHintNamesTheFirstFiles(t *testing.T) {
	for _, tt := range []struct {
		files []string
		want  string
	}{
		{[]string{"neck.yaml"}, "skipped, with errors: neck.yaml; run backcoach validate"},
		{[]string{"back.yaml", "neck.yaml"}, "skipped, with errors: back.yaml and neck.yaml; run backcoach validate"},
		{[]string{"a.yaml", "b.yaml", "c.yaml"}, "skipped, with errors: a.yaml, b.yaml and c.yaml; run backcoach validate"},
		{[]string{"f01.yaml", "f02.yaml", "f03.yaml", "f04.yaml", "f05.yaml", "f06.yaml", "f07.yaml", "f08.yaml", "f09.yaml", "f10.yaml", "f11.yaml", "f12.yaml"},
			"skipped, with errors: f01.yaml, f02.yaml and 10 more; run backcoach validate"},
		{[]string{"a.yaml", "b.yaml", "c.yaml", "d.yaml", "e.yaml"}, "skipped, with errors: a.yaml, b.yaml and 3 more; run backcoach validate"},
	} {
		cfg := t.TempDir()
		for _, f := range tt.files {
			write(t, filepath.Join(cfg, "backcoach", "routines"), f, brokenRoutine)
		}
		r := call(t, map[string]string{"XDG_CONFIG_HOME": cfg}, "list")
		if got := strings.TrimPrefix(strings.TrimSuffix(r.stderr, "\n"), "backcoach: "); got != tt.want {
			t.Errorf("%d files: hint\n %q\nwant %q", len(tt.files), got, tt.want)
		}
		if len(tt.want) > hintWidth {
			t.Errorf("%q is over %d columns", tt.want, hintWidth)
		}
	}
}

// After backcoach --routines DIR, the hint's command names DIR (plain
// validate checks only your folder), and typed as it is shown, it shows
// the errors.
func TestHintCommandShowsTheErrors(t *testing.T) {
	for _, both := range []bool{false, true} {
		cfg, shared := t.TempDir(), t.TempDir()
		mine := filepath.Join(cfg, "backcoach", "routines")
		env := map[string]string{"XDG_CONFIG_HOME": cfg}
		write(t, mine, "good.yaml", goodRoutine)
		write(t, shared, "neck.yaml", brokenRoutine)
		want := "; run backcoach validate " + shared
		shows := []string{filepath.Join(shared, "neck.yaml") + `:2:12: exercises: want a list of one or more exercises, got "nope"`}
		if both {
			write(t, mine, "back.yaml", brokenRoutine)
			want = "; run backcoach validate --routines " + shared
			shows = append(shows, filepath.Join(mine, "back.yaml")+":2:12: exercises:")
		}
		r := call(t, env, "list", "--routines", shared)
		hint := strings.TrimPrefix(strings.TrimSuffix(r.stderr, "\n"), "backcoach: ")
		if !strings.HasPrefix(hint, "skipped, with errors: ") || !strings.HasSuffix(hint, want) {
			t.Fatalf("hint\n %q\nwant one ending %q", hint, want)
		}
		_, cmd, _ := strings.Cut(hint, "; run backcoach ")
		v := call(t, env, strings.Fields(cmd)...) // as typed, without --routines
		if v.code != 1 {
			t.Errorf("backcoach %s: exit %d, want 1", cmd, v.code)
		}
		for _, w := range shows {
			if !strings.Contains(v.stdout, w) {
				t.Errorf("backcoach %s does not show %q:\n%s", cmd, w, v.stdout)
			}
		}
	}
}

// When the names and the command do not fit a line, the command is kept
// and the files counted.
func TestHintCountsTheFilesWhenNoNameFits(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("~ and quotes are a Unix shell's")
	}
	home := t.TempDir()
	shared := filepath.Join(home, "office routines")
	for _, f := range []string{"neck.yaml", "back.yaml", "hip.yaml"} {
		write(t, shared, f, brokenRoutine)
	}
	r := call(t, map[string]string{"HOME": home}, "list", "--routines", shared)
	if want := "backcoach: skipped, with errors: 3 files; run backcoach validate ~/'office routines'\n"; r.stderr != want {
		t.Errorf("stderr %q\nwant   %q", r.stderr, want)
	}
}

// The picker gets the same line.
func TestPickerHintNamesTheFolder(t *testing.T) {
	shared := t.TempDir()
	write(t, shared, "neck.yaml", brokenRoutine)
	lib, err := load(libraryFlags{routinesDir: shared}, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if got, want := warning(lib.problems), "skipped, with errors: neck.yaml; run backcoach validate "+shared; got != want {
		t.Errorf("warning %q, want %q", got, want)
	}
}

func TestShellArg(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("~ and quotes are a Unix shell's")
	}
	for _, tt := range []struct{ path, home, want string }{
		{"/home/u/.config/backcoach/routines", "/home/u", "~/.config/backcoach/routines"},
		{"/home/u", "/home/u", "~"},
		{"/home/u/my routines", "/home/u", "~/'my routines'"},
		{"/home/user2/x", "/home/u", "/home/user2/x"},
		{"/srv/it's", "", `'/srv/it'\''s'`},
		{"shared", "/home/u", "shared"},
		{"/tmp/$HOME", "/home/u", "'/tmp/$HOME'"},
	} {
		if got := shellArg(tt.path, tt.home); got != tt.want {
			t.Errorf("shellArg(%q, %q) = %s, want %s", tt.path, tt.home, got, tt.want)
		}
	}
}
