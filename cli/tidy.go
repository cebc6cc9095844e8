package cli

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// helpWidth is the widest line of a command's help: a terminal's 80
// columns.
const helpWidth = 80

// tidy readies every command under root for what args asks: help whose
// prose fits helpWidth (a paragraph with a longer line is flowed again),
// and, for the shell's completion, flag descriptions without the
// backticks that name a flag's value in --help ("`ID`").
func tidy(root *cobra.Command, args []string) {
	completing := len(args) > 0 && (args[0] == cobra.ShellCompRequestCmd || args[0] == cobra.ShellCompNoDescRequestCmd)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.Long = flow(c.Long, helpWidth)
		if completing {
			unquote := func(f *pflag.Flag) { f.Usage = strings.ReplaceAll(f.Usage, "`", "") }
			c.Flags().VisitAll(unquote)
			c.PersistentFlags().VisitAll(unquote)
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// flow wraps again, at width, each paragraph of text that has a line
// wider than width; a paragraph is lines not indented, between blank or
// indented lines (examples keep their lines as written).
func flow(text string, width int) string {
	lines := strings.Split(text, "\n")
	var out, para []string
	flush := func() {
		long := false
		for _, l := range para {
			long = long || lipgloss.Width(l) > width
		}
		if !long {
			out = append(out, para...)
		} else {
			out = append(out, wrap(strings.Join(para, " "), width)...)
		}
		para = nil
	}
	for _, l := range lines {
		if l == "" || strings.HasPrefix(l, " ") {
			flush()
			out = append(out, l)
			continue
		}
		para = append(para, l)
	}
	flush()
	return strings.Join(out, "\n")
}

// wrap breaks s into lines of at most width columns, at spaces.
func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case lipgloss.Width(line)+1+lipgloss.Width(w) > width:
			lines = append(lines, line)
			line = w
		default:
			line += " " + w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
