package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/routines"
	"github.com/backcoach/backcoach/tui"
)

// The shell asks backcoach itself what completes a word (cobra's hidden
// __complete command, which every completion script calls): a partial
// routine id completes to the routines that start with it, the user's
// own among them, and flag values complete to their choices.
func TestCompletion(t *testing.T) {
	cfg := t.TempDir()
	write(t, filepath.Join(cfg, "backcoach", "routines"), "lower-neck.yaml", goodRoutine)
	env := map[string]string{"XDG_CONFIG_HOME": cfg}
	words := func(args ...string) []string {
		r := call(t, env, append([]string{"__complete"}, args...)...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d, %s", args, r.code, r.stderr)
		}
		var out []string
		for _, l := range strings.Split(r.stdout, "\n") {
			if l != "" && !strings.HasPrefix(l, ":") {
				out = append(out, strings.SplitN(l, "\t", 2)[0])
			}
		}
		return out
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"run", "lo"}, "low-back lower-neck"},
		{[]string{"show", "up"}, "upper-back"},
		{[]string{"remind", "--routine", "low"}, "low-back lower-neck"},
		{[]string{"ru"}, "run"},
		{[]string{"run", "low-back", "--level", ""}, "gentle full"},
		{[]string{"history", "--export", ""}, "csv json"},
		{[]string{"completion", ""}, "bash zsh fish powershell"},
	} {
		if got := strings.Join(words(c.args...), " "); got != c.want {
			t.Errorf("%v completes to %q, want %q", c.args, got, c.want)
		}
	}
	// Each shell gets a script that calls back into backcoach.
	for _, sh := range []string{"bash", "zsh", "fish", "powershell"} {
		r := call(t, env, "completion", sh)
		if r.code != 0 || !strings.Contains(r.stdout, "__complete") {
			t.Errorf("completion %s: exit %d, %d bytes", sh, r.code, len(r.stdout))
		}
	}
	if r := call(t, env, "completion", "tcsh"); r.code != 2 {
		t.Errorf("completion tcsh: exit %d, want 2", r.code)
	}
}

// The man page is made from the command tree: every command a person
// runs has its section with its description, its flags with the value
// each takes and its default, and its examples line by line; and roff
// reads it without a warning.
func TestManPage(t *testing.T) {
	r := call(t, map[string]string{"SOURCE_DATE_EPOCH": "1790000000"}, "man")
	if r.code != 0 || !strings.HasPrefix(r.stdout, `.TH BACKCOACH 1 "2026-09-21"`) {
		t.Fatalf("man: exit %d, %.60q", r.code, r.stdout)
	}
	for _, want := range []string{
		`.SS "backcoach remind [snooze|skip|pause|resume|now]"`, `.SS "backcoach run ID|FILE.yaml"`, `.SS "backcoach show ID|FILE.yaml"`,
		`.SS "backcoach new [ID|\-]"`, `.SS "backcoach validate [FILE|DIR...]"`, `.SS "backcoach history"`,
		`\fB\-\-every\fR \fIduration\fR`, "(default 50m)", `\fB\-\-level\fR \fIgentle|full\fR`,
		`\fB\-\-export\fR \fIcsv|json\fR`, "z snooze 5 min",
		".nf\nbackcoach remind\nbackcoach remind \\-\\-every 45m \\-\\-hours 09:00\\-17:30\n",
		".SH EXIT STATUS", ".SH NOT MEDICAL ADVICE",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the man page lacks %q", want)
		}
	}
	if strings.Contains(r.stdout, "`") || strings.Contains(r.stdout, `.SS "backcoach help`) {
		t.Errorf("the man page has a backquote or cobra's help command:\n%s", r.stdout)
	}
	if groff, err := exec.LookPath("groff"); err == nil {
		cmd := exec.Command(groff, "-man", "-Tutf8", "-ww", "-z")
		cmd.Stdin = strings.NewReader(r.stdout)
		if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
			t.Errorf("groff: %v\n%s", err, out)
		}
	}
}

// new writes a starter routine that validates, shows and names the
// schema for editors; it never writes over a file.
func TestNewWritesAStarterThatValidates(t *testing.T) {
	cfg := t.TempDir()
	env := map[string]string{"XDG_CONFIG_HOME": cfg}
	r := call(t, env, "new", "neck", "--name", "Neck & shoulders")
	path := filepath.Join(cfg, "backcoach", "routines", "neck.yaml")
	if r.code != 0 || !strings.Contains(r.stdout, "Wrote "+path) {
		t.Fatalf("new: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(src), "# yaml-language-server: $schema=../routine.schema.json\n") {
		t.Errorf("the starter does not name the schema beside it:\n%.100s", src)
	}
	schema, err := os.ReadFile(filepath.Join(cfg, "backcoach", "routine.schema.json"))
	if err != nil || string(schema) != string(routines.SchemaJSON()) {
		t.Errorf("the schema was not written beside the routines folder: %v", err)
	}
	if v := call(t, env, "validate", path); v.code != 0 || !strings.Contains(v.stdout, path+": ok") {
		t.Errorf("validate on new's file: exit %d, %q", v.code, v.stdout)
	}
	s := call(t, env, "show", "neck")
	if s.code != 0 || !strings.Contains(s.stdout, "Neck & shoulders") || !strings.Contains(s.stdout, "Shoulder blade squeeze") {
		t.Errorf("show neck: exit %d\n%s", s.code, s.stdout)
	}
	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	again := call(t, env, "new", "neck")
	if b, _ := os.ReadFile(path); again.code != 1 || string(b) != "mine" || !strings.Contains(again.stderr, "exists already") {
		t.Errorf("new over a file: exit %d, stderr %q, file now %q", again.code, again.stderr, b)
	}
	if bad := call(t, env, "new", "Neck Stretch"); bad.code != 2 || !strings.Contains(bad.stderr, "neck-stretch") {
		t.Errorf("new with a bad id: exit %d, %q", bad.code, bad.stderr)
	}
}

// new - writes the starter to stdout, with the schema's absolute path.
func TestNewToStdout(t *testing.T) {
	cfg := t.TempDir()
	r := call(t, map[string]string{"XDG_CONFIG_HOME": cfg}, "new", "-")
	if r.code != 0 || !strings.Contains(r.stdout, "$schema="+filepath.Join(cfg, "backcoach", "routine.schema.json")) {
		t.Fatalf("new -: exit %d\n%.200s", r.code, r.stdout)
	}
	if _, err := routines.Parse("my-routine.yaml", []byte(r.stdout)); err != nil {
		t.Errorf("new - is not a routine: %v", err)
	}
	if entries, _ := os.ReadDir(filepath.Join(cfg, "backcoach", "routines")); len(entries) != 0 {
		t.Errorf("new - wrote into the routines folder: %v", entries)
	}
}

// show prints a routine's plan, in Markdown when asked, for a built-in
// or a file, and names what it cannot find.
func TestShow(t *testing.T) {
	r := call(t, nil, "show", "low-back", "--format", "md")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "# ") || !strings.Contains(r.stdout, "## 2. Bird dog") {
		t.Errorf("show low-back --format md: exit %d\n%.300s", r.code, r.stdout)
	}
	f := write(t, t.TempDir(), "neck.yaml", goodRoutine)
	if r := call(t, nil, "show", f); r.code != 0 || !strings.Contains(r.stdout, "Chin tuck") {
		t.Errorf("show FILE: exit %d\n%s", r.code, r.stdout)
	}
	if r := call(t, nil, "show", "nope"); r.code != 1 || !strings.Contains(r.stderr, `no routine "nope"`) {
		t.Errorf("show nope: exit %d, %q", r.code, r.stderr)
	}
	if r := call(t, nil, "show", "low-back", "--format", "pdf"); r.code != 2 || !strings.Contains(r.stderr, `--format: want text or md, got "pdf"`) {
		t.Errorf("show --format pdf: exit %d, %q", r.code, r.stderr)
	}
}

// Whatever id and name new is given, the file it writes reads back as
// that id and name: YAML's null, true, numbers and "- x" are quoted.
func TestNewQuotesWhatYAMLWouldMisread(t *testing.T) {
	cfg := t.TempDir()
	env := map[string]string{"XDG_CONFIG_HOME": cfg}
	for _, c := range []struct{ id, name string }{
		{"null", ""}, {"true", ""}, {"yes", "Yes"}, {"n1", "123"}, {"n2", "-"}, {"n3", "- x"}, {"n4", "1e3"}, {"n5", "a: b"}, {"n6", "#tag"},
	} {
		args := []string{"new", c.id}
		if c.name != "" {
			args = append(args, "--name", c.name)
		}
		if r := call(t, env, args...); r.code != 0 {
			t.Fatalf("%v: exit %d, %s", args, r.code, r.stderr)
		}
		path := filepath.Join(cfg, "backcoach", "routines", c.id+".yaml")
		r, err := routines.LoadFile(path)
		want := c.name
		if want == "" {
			want = strings.ToUpper(c.id[:1]) + c.id[1:]
		}
		if err != nil || r.ID != c.id || r.Name != want {
			t.Errorf("%v: read back id %q name %q, %v; want %q %q", args, r.ID, r.Name, err, c.id, want)
		}
	}
	if r := call(t, env, "new", ""); r.code != 2 || !strings.Contains(r.stderr, "the id is empty") {
		t.Errorf("new '': exit %d, %q", r.code, r.stderr)
	}
}

// The schema new keeps for editors replaces only a file of its own: a
// link or a folder at its place is the user's, and stays.
func TestNewLeavesAForeignSchemaPathAlone(t *testing.T) {
	for _, kind := range []string{"symlink", "folder"} {
		cfg := t.TempDir()
		schema := filepath.Join(cfg, "backcoach", "routine.schema.json")
		if err := os.MkdirAll(filepath.Dir(schema), 0o755); err != nil {
			t.Fatal(err)
		}
		mine := filepath.Join(cfg, "mine.json")
		if err := os.WriteFile(mine, []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
		if kind == "symlink" {
			if err := os.Symlink(mine, schema); err != nil {
				t.Fatal(err)
			}
		} else if err := os.Mkdir(schema, 0o755); err != nil {
			t.Fatal(err)
		}
		r := call(t, map[string]string{"XDG_CONFIG_HOME": cfg}, "new", "neck")
		st, _ := os.Lstat(schema)
		b, _ := os.ReadFile(mine)
		if r.code != 0 || st == nil || st.Mode().IsRegular() || string(b) != "mine" || !strings.Contains(r.stderr, "not a regular file") {
			t.Errorf("%s at the schema's place: exit %d, stderr %q, now %v, mine %q", kind, r.code, r.stderr, st.Mode(), b)
		}
		if leftovers, _ := filepath.Glob(schema + ".*"); len(leftovers) != 0 {
			t.Errorf("%s: left %v", kind, leftovers)
		}
	}
}

// remind's help names the keys the waiting screen answers to.
func TestRemindHelpNamesItsKeys(t *testing.T) {
	r := call(t, nil, "remind", "--help")
	help := strings.Join(strings.Fields(r.stdout), " ") // wrapped at 80 columns
	for _, want := range []string{"enter break now", "z snooze 5 min", "s skip this break", "h pause 1 hour", "q quit"} {
		if !strings.Contains(help, want) {
			t.Errorf("remind --help lacks %q:\n%s", want, r.stdout)
		}
	}
}

// The root's help says a routine's keys as the session's bindings do
// (the line was typed by hand, and had drifted: "enter/→ skip a step",
// no ctrl+c), wrapped with the rest of the text.
func TestRootHelpSaysTheSessionKeys(t *testing.T) {
	r := call(t, nil, "--help")
	i := strings.Index(r.stdout, "Keys: ")
	if i < 0 {
		t.Fatalf("--help has no keys:\n%s", r.stdout)
	}
	para, _, _ := strings.Cut(r.stdout[i:], "\n\n")
	if got := strings.ReplaceAll(para, "\n", " "); got != tui.SessionKeys() {
		t.Errorf("--help says %q, the bindings %q", got, tui.SessionKeys())
	}
	for _, l := range strings.Split(para, "\n") {
		if w := lipgloss.Width(l); w > 72 {
			t.Errorf("a line of %d columns: %q", w, l)
		}
	}
}
