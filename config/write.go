package config

import (
	"fmt"
	"strings"
)

// Commented is config.yaml as backcoach config init writes it: every row
// of the settings table (Table) with its help as a comment and its
// default as its value, so the file loads back to Defaults. A setting
// whose default is none (remind.hours: all day) is written commented out,
// with an example.
func Commented() string {
	var b strings.Builder
	b.WriteString("# backcoach's settings, written by backcoach config init with the defaults.\n")
	b.WriteString("# Change a value to make it yours; a flag overrides it for one run, and\n")
	b.WriteString("# backcoach config shows which is in force. See backcoach config --help.\n")
	d := Defaults()
	section := ""
	for _, row := range Table() {
		indent := ""
		name := row.Key
		if i := strings.IndexByte(row.Key, '.'); i >= 0 {
			if row.Key[:i] != section {
				section = row.Key[:i]
				fmt.Fprintf(&b, "\n%s:\n", section)
			}
			indent, name = "  ", row.Key[i+1:]
		}
		b.WriteString("\n")
		usage := strings.ReplaceAll(row.Usage, "`", "")
		if row.Type != "" && row.Type != "bool" && row.Type != "string" {
			usage += " (" + row.Type + ")"
		}
		fmt.Fprintf(&b, "%s# %s\n", indent, usage)
		if v := row.Value(d); v != "" {
			fmt.Fprintf(&b, "%s%s: %s\n", indent, name, v)
			continue
		}
		example := row.Shown(d)
		if len(row.Complete) > 0 {
			example, _, _ = strings.Cut(row.Complete[0], "\t")
		}
		if strings.Contains(example, ", ") {
			example = "[" + example + "]"
		}
		if unset := row.Shown(d); unset != strings.Trim(example, "[]") {
			example += "    (unset: " + unset + ")"
		}
		fmt.Fprintf(&b, "%s# %s: %s\n", indent, name, example)
	}
	return b.String()
}
