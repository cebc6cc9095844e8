package cli

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// brokenFolder is a routines folder of n files of about 1 MiB that are
// refused after they are read whole (26,000 exercises each, over the 20
// a routine may have): the slowest files to refuse, about 0.2 s each.
func brokenFolder(tb testing.TB, dir string, n int) {
	tb.Helper()
	var b strings.Builder
	b.WriteString("name: Big\nexercises:\n")
	const ex = "  - name: E\n    steps: [s]\n    hold: 5s\n"
	for b.Len()+len(ex) < 1<<20 {
		b.WriteString(ex)
	}
	for i := range n {
		write(tb, dir, fmt.Sprintf("big%02d.yaml", i), b.String())
	}
}

// A TAB must answer at once: a routines folder of huge broken files took
// 4 s to read. Completion waits for the user's folders only as long as a
// person does not notice, then offers what it has: the built-ins at
// least. A folder read in time is completed as ever (TestCompletion).
func TestCompletionDoesNotWaitForASlowFolder(t *testing.T) {
	cfg, extra := t.TempDir(), t.TempDir()
	brokenFolder(t, filepath.Join(cfg, "backcoach", "routines"), 30)
	brokenFolder(t, extra, 30)
	env := map[string]string{"XDG_CONFIG_HOME": cfg}
	start := time.Now()
	r := call(t, env, "__complete", "run", "--routines", extra, "lo")
	took := time.Since(start)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "low-back\t") {
		t.Errorf("exit %d, completed %q, want low-back", r.code, r.stdout)
	}
	// Reading both folders takes 0.7 s or more (2 MiB each); the wait is
	// 30 ms (completionWait). The margin is for a busy machine.
	if took > 300*time.Millisecond {
		t.Errorf("TAB took %v, want under 300 ms", took)
	}
}
