package cli

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

// columnStarts are where, in terminal columns, each column of a line of
// a table begins (the columns are two spaces or more apart).
func columnStarts(line string) []int {
	starts := []int{0}
	for _, m := range regexp.MustCompile(`  +`).FindAllStringIndex(line, -1) {
		starts = append(starts, lipgloss.Width(line[:m[1]]))
	}
	return starts
}

// A routine named in letters two columns wide (日本の体操) stays in line
// with the others: columns are measured as the terminal shows them, not
// counted in runes as text/tabwriter does (which shifts its row 5
// columns).
func TestListAlignsAWideName(t *testing.T) {
	cfg := t.TempDir()
	write(t, filepath.Join(cfg, "backcoach", "routines"), "nihon.yaml", strings.Replace(goodRoutine, "Quick neck", "日本の体操", 1))
	r := call(t, map[string]string{"XDG_CONFIG_HOME": cfg}, "list")
	if r.code != 0 || !strings.Contains(r.stdout, "日本の体操") {
		t.Fatalf("exit %d, stderr %q, stdout:\n%s", r.code, r.stderr, r.stdout)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	want := columnStarts(lines[0])
	for _, l := range lines[1:] {
		if got := columnStarts(l); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("columns of %q start at %v, the header's at %v:\n%s", l, got, want, r.stdout)
		}
	}
}

// The one table: columns as wide as their widest cell on a terminal, two
// spaces apart, after the indent, with nothing after a row's last text.
func TestTable(t *testing.T) {
	tb := &table{indent: "  "}
	tb.row("A", "B", "C")
	tb.row("日本", "", "x")
	tb.row("abcde", "b", "")
	tb.row("", "", "")
	want := "  A      B  C\n  日本      x\n  abcde  b\n  \n"
	if got := tb.String(); got != want {
		t.Errorf("got\n%q, want\n%q", got, want)
	}
}
