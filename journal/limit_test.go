package journal

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Past the read limit only the newest part of the journal is read, from a
// line's start, with a warning; line numbers stay those of the whole file.
func TestReadLimitKeepsTheNewestLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	var b strings.Builder
	start := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	for i := range 10 {
		line, _ := jsonLine(Session{V: Version, ID: fmt.Sprintf("s%d", i), Seq: 1, Started: start.AddDate(0, 0, i), Outcome: Finished})
		b.WriteString(line)
	}
	b.WriteString("garbage\n") // line 11
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	lineLen := int64(strings.Index(b.String(), "\n") + 1)
	for _, c := range []struct {
		name     string
		limit    int64
		sessions int
		first    int
	}{
		{"cut inside line 8", 3*lineLen + 8 + 10, 3, 8},
		{"cut at the start of line 8", 3*lineLen + 8, 3, 8},
		{"everything", 1 << 20, 10, 1},
	} {
		j, err := scanFile(path, c.limit, start.AddDate(0, 0, 10))
		if err != nil {
			t.Fatal(err)
		}
		if len(j.Briefs) != c.sessions || (c.sessions > 0 && j.Briefs[0].ID != fmt.Sprint("s", 10-c.sessions)) {
			t.Errorf("%s: %d sessions from %v, want the newest %d", c.name, len(j.Briefs), j.Briefs, c.sessions)
		}
		last := j.Warnings[len(j.Warnings)-1]
		if last.Line != 11 || !strings.Contains(last.Msg, "damaged") {
			t.Errorf("%s: warnings %v, want the garbage named as line 11", c.name, j.Warnings)
		}
		if c.first == 1 {
			if len(j.Warnings) != 1 {
				t.Errorf("%s: warnings %v, want only the garbage", c.name, j.Warnings)
			}
			continue
		}
		if w := j.Warnings[0].Error(); !strings.HasPrefix(w, path+": the journal is ") || !strings.Contains(w, fmt.Sprintf("from line %d;", c.first)) {
			t.Errorf("%s: first warning %q, want it to say the journal was read from line %d", c.name, w, c.first)
		}
	}
}
