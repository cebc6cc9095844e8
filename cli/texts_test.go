package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A state folder that cannot be made is named whole, with what stood in
// the way: the error named only /dev/null (issue 20, item 13).
func TestAStateFolderThatCannotBeMadeIsNamed(t *testing.T) {
	file := write(t, t.TempDir(), "afile", "")
	state := filepath.Join(file, "state")
	env := map[string]string{"XDG_CONFIG_HOME": t.TempDir(), "XDG_STATE_HOME": state}
	r := callKeys(t, env, "How does your back feel", "run", "upper-back")
	want := "cannot make the folder " + filepath.Join(state, "backcoach") + ": " + file + " is not a folder"
	if r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stderr %q, want %q", r.code, r.stderr, want)
	}
}

// Every command's help text fits 80 columns: status --help had a line of
// 94 (issue 20, item 13). The flags' table is cobra's, left out here.
func TestHelpTextFitsEightyColumns(t *testing.T) {
	for _, cmd := range []string{"", "run", "list", "show", "new", "validate", "remind", "status", "history", "config", "config init", "completion", "man"} {
		args := append(strings.Fields(cmd), "--help")
		r := call(t, nil, args...)
		text, _, _ := strings.Cut(r.stdout, "\nFlags:")
		for _, l := range strings.Split(text, "\n") {
			if len([]rune(l)) > 80 {
				t.Errorf("backcoach %s --help: a line of %d columns: %q", cmd, len([]rune(l)), l)
			}
		}
	}
}

// A completion's descriptions of flags are plain words: the backticks
// that name a flag's value in --help ("`ID`") showed raw.
func TestCompletionDescriptionsHaveNoBackticks(t *testing.T) {
	for _, cmd := range []string{"run", "remind", "history", "new", "list"} {
		r := call(t, nil, "__complete", cmd, "--")
		if strings.Contains(r.stdout, "`") || !strings.Contains(r.stdout, "--") {
			t.Errorf("__complete %s --:\n%s", cmd, r.stdout)
		}
	}
	if r := call(t, nil, "__complete", "remind", "--routine"); !strings.Contains(r.stdout, "--routine\talways the routine ID (default") {
		t.Errorf("__complete remind --routine:\n%s", r.stdout)
	}
	if r := call(t, nil, "remind", "--help"); !strings.Contains(r.stdout, "--routine ID ") {
		t.Errorf("remind --help lost the value's name:\n%s", r.stdout)
	}
}

// The man page has config init, a command under config.
func TestTheManPageHasConfigInit(t *testing.T) {
	if r := call(t, nil, "man"); !strings.Contains(r.stdout, `.SS "backcoach config init"`) {
		t.Errorf("man lacks config init:\n%s", r.stdout)
	}
}
