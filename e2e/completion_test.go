//go:build linux

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// In a real bash, with the script backcoach completion bash prints,
// a TAB on "backcoach run lo" offers the routines whose ids start with
// lo: the built-in and the user's own.
func TestBashCompletesARoutineID(t *testing.T) {
	// cobra's bash script uses the bash-completion package when there is
	// one, as every bash with completion has (.ci/run installs it).
	const bashCompletion = "/usr/share/bash-completion/bash_completion"
	if _, err := os.Stat(bashCompletion); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI has no bash-completion package: .ci/run installs it")
		}
		t.Skip("no bash-completion package here (" + bashCompletion + ")")
	}
	bashTab(t, "source "+bashCompletion)
}

// Without the bash-completion package a TAB works too: it printed
// "_get_comp_words_by_ref: command not found" (issue 20, item 9).
func TestBashCompletesWithoutTheCompletionPackage(t *testing.T) {
	out := bashTab(t, "")
	if strings.Contains(out, "command not found") {
		t.Errorf("a TAB without bash-completion:\n%s", out)
	}
}

// bashTab presses TAB on "backcoach run lo" in a real bash, after setup,
// checks the routines offered and returns what bash printed.
func bashTab(t *testing.T, setup string) string {
	t.Helper()
	needBinary(t)
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash here")
	}
	home := t.TempDir()
	dir := filepath.Join(home, ".config", "backcoach", "routines")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	routine := "name: Lower neck\nexercises:\n  - {name: Chin tuck, steps: [Pull your chin back.], hold: 5s}\n"
	if err := os.WriteFile(filepath.Join(dir, "lower-neck.yaml"), []byte(routine), 0o644); err != nil {
		t.Fatal(err)
	}
	// What bash does on a TAB: call the function complete -p names, with
	// the line split into COMP_WORDS; the answer is left in COMPREPLY.
	script := `set -e
PATH="` + filepath.Dir(bin) + `:$PATH"
` + setup + `
source <(backcoach completion bash)
spec=$(complete -p backcoach)
fn=${spec#*-F }; fn=${fn%% *}
compopt() { :; } # options for the shell's display only; bash allows it only inside a real TAB
COMP_LINE="backcoach run lo"; COMP_POINT=${#COMP_LINE}
COMP_WORDS=(backcoach run lo); COMP_CWORD=2; COMP_TYPE=9
"$fn" backcoach lo run
echo "spec: $spec"
printf 'reply: %s\n' "${COMPREPLY[@]}"
`
	cmd := exec.Command(bash, "--norc", "--noprofile", "-c", script)
	cmd.Env = envIn(home)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("bash: %v\n%s", err, out)
	}
	var got []string
	for _, l := range strings.Split(string(out), "\n") {
		if r, ok := strings.CutPrefix(l, "reply: "); ok {
			got = append(got, strings.TrimSpace(r))
		}
	}
	if strings.Join(got, " ") != "low-back lower-neck" {
		t.Errorf("TAB on 'backcoach run lo' offers %q, want low-back and lower-neck\n%s", got, out)
	}
	if !strings.Contains(string(out), "spec: complete -o default -F __start_backcoach backcoach") {
		t.Errorf("complete -p does not name backcoach's function:\n%s", out)
	}
	return string(out)
}

// brokenFolder fills dir with n routine files of 900 KiB that are refused
// only once read whole (22,000 exercises each, over the 20 a routine may
// have): the slowest to refuse, about 0.2 s each. Two fit a folder's
// 2 MiB, with room for small files after them.
func brokenFolder(t *testing.T, dir string, n int) {
	t.Helper()
	var b strings.Builder
	b.WriteString("name: Big\nexercises:\n")
	const ex = "  - name: E\n    steps: [s]\n    hold: 5s\n"
	for b.Len()+len(ex) < 900<<10 {
		b.WriteString(ex)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("big%02d.yaml", i)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// A TAB must answer at once: a routines folder of 30 huge broken files
// took 4 s to read, at every TAB. Completion waits for the user's folders
// only as long as a person does not notice, then offers what it has: the
// built-ins at least, without what the folders still being read hold
// (here lower-neck.yaml, after the broken files: reading a folder's 2 MiB
// of them takes 0.35 s or more). e2e/measure-completion.sh has the times.
func TestATabDoesNotWaitForASlowFolder(t *testing.T) {
	needBinary(t)
	home, extra := t.TempDir(), t.TempDir()
	dir := filepath.Join(home, ".config", "backcoach", "routines")
	brokenFolder(t, dir, 30)
	routine := "name: Lower neck\nexercises:\n  - {name: Chin tuck, steps: [Pull your chin back.], hold: 5s}\n"
	if err := os.WriteFile(filepath.Join(dir, "lower-neck.yaml"), []byte(routine), 0o644); err != nil {
		t.Fatal(err)
	}
	brokenFolder(t, extra, 30)
	cmd := exec.Command(bin, "__complete", "run", "--routines", extra, "lo")
	cmd.Env = envIn(home)
	start := time.Now()
	out, err := cmd.Output()
	took := time.Since(start)
	if err != nil || !strings.HasPrefix(string(out), "low-back\t") || strings.Contains(string(out), "lower-neck") {
		t.Errorf("a TAB offered %q (%v), want low-back alone", out, err)
	}
	if took > time.Second { // a guard against a block: it takes about 55 ms
		t.Errorf("a TAB took %v", took)
	}
	// With the broken files gone, the folder is read in time.
	for i := range 30 {
		_ = os.Remove(filepath.Join(dir, fmt.Sprintf("big%02d.yaml", i)))
	}
	cmd = exec.Command(bin, "__complete", "run", "lo")
	cmd.Env = envIn(home)
	if out, err := cmd.Output(); err != nil || !strings.Contains(string(out), "\nlower-neck\tLower neck\n") {
		t.Errorf("a TAB offered %q (%v), want low-back and lower-neck", out, err)
	}
}
