//go:build linux

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// In a real bash, with the script backcoach completion bash prints,
// a TAB on "backcoach run lo" offers the routines whose ids start with
// lo: the built-in and the user's own.
func TestBashCompletesARoutineID(t *testing.T) {
	needBinary(t)
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash here")
	}
	// cobra's bash script needs the bash-completion package, as every
	// bash with completion has (.ci/run installs it).
	const bashCompletion = "/usr/share/bash-completion/bash_completion"
	if _, err := os.Stat(bashCompletion); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI has no bash-completion package: .ci/run installs it")
		}
		t.Skip("no bash-completion package here (" + bashCompletion + ")")
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
source ` + bashCompletion + `
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
}
