package cli

import (
	"fmt"
	"io"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/backcoach/backcoach/coach"
)

// newMan is `backcoach man`: the man page, made from the command tree
// (each command's description, arguments, flags with their values and
// defaults, and examples), in roff on stdout.
func newMan(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "print the man page (roff), to install it",
		Long: `Print backcoach's man page in roff, made from its commands and flags.
To install it for your user:

  mkdir -p ~/.local/share/man/man1
  backcoach man | gzip > ~/.local/share/man/man1/backcoach.1.gz

SOURCE_DATE_EPOCH, when set, dates the page (for reproducible packages).`,
		Args:   noArgs,
		Hidden: true, // for installers: the page lists the commands a person runs
		RunE: func(c *cobra.Command, _ []string) error {
			root := c.Root()
			root.InitDefaultHelpFlag() // cobra adds them as the root runs
			root.InitDefaultVersionFlag()
			out := newOutput(env.Stdout)
			writeMan(out, root, manDate(env.Getenv, env.Now))
			return out.result()
		},
	}
}

// writeMan writes the page of root and its commands.
func writeMan(w io.Writer, root *cobra.Command, date time.Time) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }
	p(`.TH BACKCOACH 1 "%s" "backcoach %s" "User Commands"`, date.Format("2006-01-02"), roffText(root.Version))
	p(".SH NAME")
	p(`backcoach \- %s`, roffText(root.Short))
	p(".SH SYNOPSIS")
	p(`.B backcoach`)
	p(`[\fIflags\fR]`)
	p(".br")
	p(`.B backcoach`)
	p(`\fIcommand\fR [\fIarguments\fR] [\fIflags\fR]`)
	p(".SH DESCRIPTION")
	manText(w, root.Long)
	p(".SH OPTIONS")
	manFlags(w, root.Flags())
	p(".SH COMMANDS")
	var commands []*cobra.Command // each, then its own (config, config init)
	for _, c := range root.Commands() {
		commands = append(commands, c)
		commands = append(commands, c.Commands()...)
	}
	for _, c := range commands {
		if !c.IsAvailableCommand() || c.Name() == "help" {
			continue
		}
		p(`.SS "%s"`, roffText(strings.TrimSuffix(c.CommandPath(), c.Name())+c.Use))
		long := c.Long
		if long == "" {
			long = c.Short
		}
		manText(w, long)
		if c.HasAvailableFlags() {
			p(".PP")
			p("Flags:")
			p(".RS")
			manFlags(w, c.Flags())
			p(".RE")
		}
		if c.Example != "" {
			p(".PP")
			p("Examples:")
			manText(w, c.Example)
		}
	}
	p(".SH EXIT STATUS")
	p("0 done, or quit by the user; 1 bad input (an unknown routine, an invalid file) or a failed write; " +
		"2 a usage error, or no terminal; 128+N ended by signal N.")
	p(".SH ENVIRONMENT")
	for _, e := range [][2]string{
		{"XDG_CONFIG_HOME", "your routines are in $XDG_CONFIG_HOME/backcoach/routines/ (default ~/.config)"},
		{"XDG_STATE_HOME", "the journal is $XDG_STATE_HOME/backcoach/journal.jsonl (default ~/.local/state)"},
		{"NO_COLOR", "when set, no colour"},
		{"COLORFGBG", "a light background (like 0;15) gets the light palette"},
	} {
		p(".TP")
		p(`.B %s`, e[0])
		p("%s", roffText(e[1]))
	}
	p(".SH NOT MEDICAL ADVICE")
	p("%s", roffLine(coach.NotMedicalAdvice))
}

// manText writes text as paragraphs: lines of a paragraph are joined
// (they were wrapped for a terminal), and a block of indented lines (a
// command to type, an example) is kept as it is.
func manText(w io.Writer, text string) {
	for _, para := range strings.Split(strings.Trim(text, "\n"), "\n\n") {
		lines := strings.Split(para, "\n")
		if strings.HasPrefix(lines[0], "  ") {
			fmt.Fprintln(w, ".PP\n.RS\n.nf")
			for _, l := range lines {
				fmt.Fprintln(w, roffLine(strings.TrimPrefix(l, "  ")))
			}
			fmt.Fprintln(w, ".fi\n.RE")
			continue
		}
		fmt.Fprintln(w, ".PP")
		fmt.Fprintln(w, roffLine(strings.Join(lines, " ")))
	}
}

// manFlags writes each flag with its value's name, its use and its default.
func manFlags(w io.Writer, flags *pflag.FlagSet) {
	flags.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name, usage := pflag.UnquoteUsage(f)
		head := `\fB\-\-` + roffText(f.Name) + `\fR`
		if f.Shorthand != "" {
			head = `\fB\-` + f.Shorthand + `\fR, ` + head
		}
		if name != "" {
			head += ` \fI` + roffText(name) + `\fR`
		}
		if d := f.DefValue; d != "" && d != "false" && f.Name != "help" {
			usage += " (default " + d + ")"
		}
		fmt.Fprintf(w, ".TP\n%s\n%s\n", head, roffLine(usage))
	})
}

// roffText escapes text for roff: backslashes, and dashes, which are
// hyphens to roff unless escaped (and flags must be copied as typed).
func roffText(s string) string {
	return roffEscapes.Replace(s)
}

// roffEscapes are roff's names for what the help text holds: a
// backslash, a dash, and the arrows of the keys (which roff without
// preconv cannot read).
var roffEscapes = strings.NewReplacer(`\`, `\e`, "-", `\-`, "→", `\(->`, "←", `\(<-`)

// roffLine is roffText for a whole line: one starting with . or ' would
// be read as a request.
func roffLine(s string) string {
	s = roffText(s)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}

// manDate is the page's date: SOURCE_DATE_EPOCH when set (reproducible
// builds), else the commit's time, else today.
func manDate(getenv func(string) string, now func() time.Time) time.Time {
	if s, err := strconv.ParseInt(getenv("SOURCE_DATE_EPOCH"), 10, 64); err == nil {
		return time.Unix(s, 0).UTC()
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.time" {
				if t, err := time.Parse(time.RFC3339, s.Value); err == nil {
					return t
				}
			}
		}
	}
	return now()
}
