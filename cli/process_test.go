package cli

import (
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Main changes nothing that is the whole process's, even for a coach run
// under NO_COLOR: GOMAXPROCS, the GC percent, lipgloss's colour profile
// and SIGPIPE are main's to set, so the tests after a coach run run as
// the ones before it did (they all ran with GOMAXPROCS 1 once).
func TestMainLeavesTheProcessAsItWas(t *testing.T) {
	// A terminal with colour's profile, for this test only: Main set
	// lipgloss's to Ascii for NO_COLOR.
	profile := lipgloss.ColorProfile()
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(profile)
	procs, pipe := runtime.GOMAXPROCS(0), signal.Ignored(syscall.SIGPIPE)
	gc := debug.SetGCPercent(100)
	debug.SetGCPercent(gc)

	env := map[string]string{"XDG_CONFIG_HOME": t.TempDir(), "NO_COLOR": "1"}
	if r := callKeys(t, env, "Get ready: Thoracic extension", "run", "upper-back", "--no-journal"); !strings.Contains(r.stdout, "Get ready") {
		t.Fatalf("the coach did not start: exit %d, stderr %q", r.code, r.stderr)
	}
	if got := runtime.GOMAXPROCS(0); got != procs {
		t.Errorf("GOMAXPROCS %d after a coach run, want %d as before", got, procs)
	}
	if got := debug.SetGCPercent(gc); got != gc {
		t.Errorf("GC percent %d after a coach run, want %d as before", got, gc)
	}
	if got := lipgloss.ColorProfile(); got != termenv.TrueColor {
		t.Errorf("lipgloss's colour profile %s after a run with NO_COLOR, want it left as it was (%s)", got.Name(), termenv.TrueColor.Name())
	}
	if got := signal.Ignored(syscall.SIGPIPE); got != pipe {
		t.Errorf("SIGPIPE ignored: %v after a coach run, want %v as before", got, pipe)
	}
}
