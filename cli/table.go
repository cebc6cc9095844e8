package cli

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// table lines up columns of text for list, config and history: each
// column as wide as its widest cell on a terminal (lipgloss.Width, so a
// CJK letter takes its two columns and text/tabwriter's count of runes
// does not shift a row), two spaces between columns, every row after
// indent. A row ends with its last cell's text: no padding after it.
type table struct {
	indent string
	rows   [][]string
}

func (t *table) row(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) String() string {
	var widths []int
	for _, r := range t.rows {
		for i, c := range r {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], lipgloss.Width(c))
		}
	}
	var b strings.Builder
	for _, r := range t.rows {
		line := t.indent
		for i, c := range r {
			if strings.Join(r[i:], "") == "" {
				break // the rest is empty: no padding up to nothing
			}
			if i > 0 {
				line += strings.Repeat(" ", widths[i-1]-lipgloss.Width(r[i-1])+2)
			}
			line += c
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}
