package coach_test

import (
	"os/exec"
	"strings"
	"testing"
)

// The walk is the domain: it knows no Bubble Tea, no terminal and no
// journal file. `go list -deps ./coach` shows it; this test checks it.
func TestTheWalkImportsNoScreenAndNoJournal(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"charmbracelet/bubbletea", "charmbracelet/lipgloss", "backcoach/journal", "backcoach/tui", "backcoach/screen"} {
			if strings.Contains(dep, banned) {
				t.Errorf("coach depends on %s", dep)
			}
		}
	}
}
