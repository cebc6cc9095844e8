package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/text/suggest"
	"github.com/backcoach/backcoach/internal/text/words"
)

// libraryFlags choose where routines come from, beside the built-ins and
// the user's folder.
type libraryFlags struct {
	routinesDir string
}

func (l *libraryFlags) add(c *cobra.Command) {
	c.Flags().StringVar(&l.routinesDir, "routines", "", "also load the routines in `DIR`")
	_ = c.MarkFlagDirname("routines")
}

// coachFlags are the flags of every coached run, the coach's and
// remind's, and the settings in force, which the command sets from
// settings (config.yaml with the setting flags over it) before it runs.
type coachFlags struct {
	libraryFlags
	config.Settings
	noJournal bool
	plain     bool
}

func (o *coachFlags) add(c *cobra.Command) {
	o.libraryFlags.add(c)
	addSettings(c, func(key string) bool { return !remindSetting(key) })
	f := c.Flags()
	f.BoolVar(&o.noJournal, "no-journal", false, "record nothing this run, and ask no pain check-ins")
	f.BoolVar(&o.plain, "plain", false, "no screen: one line an event, for screen readers and logs (also when stdout is not a terminal)")
}

// complete gives a flag's values to shell completion.
func complete(c *cobra.Command, flag string, values []string) {
	_ = c.RegisterFlagCompletionFunc(flag, func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	})
}

// choice is a flag that takes one of a few words.
type choice struct {
	value string
	of    []string
}

func newChoice(def string, of ...string) choice { return choice{value: def, of: of} }

func (c *choice) String() string { return c.value }
func (c *choice) Type() string   { return strings.Join(c.of, "|") }
func (c *choice) Set(s string) error {
	for _, v := range c.of {
		if s == v {
			c.value = s
			return nil
		}
	}
	return fmt.Errorf("want %s, got %q", words.Or(c.of), s)
}

// columnsValue is a width in columns; 0 means no limit.
type columnsValue int

func (c *columnsValue) String() string { return strconv.Itoa(int(*c)) }
func (c *columnsValue) Type() string   { return "N" }
func (c *columnsValue) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 {
		return fmt.Errorf("want a number of columns, like 40 (0: no limit), got %q", s)
	}
	*c = columnsValue(n)
	return nil
}

// flagError says what was wrong with a flag in backcoach's words, and
// where to read about the command's flags.
func flagError(c *cobra.Command, err error) error {
	var (
		notExist *pflag.NotExistError
		required *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
	)
	help := fmt.Sprintf("Run %s --help for its flags.", c.CommandPath())
	var msg string
	switch {
	case errors.As(err, &notExist):
		name := notExist.GetSpecifiedName()
		if s := notExist.GetSpecifiedShortnames(); s != "" {
			name = s
		}
		msg = fmt.Sprintf("%s has no flag %s", c.CommandPath(), dashes(name, notExist.GetSpecifiedShortnames() != ""))
		if near := suggest.Nearest(name, flagNames(c)); near != "" && notExist.GetSpecifiedShortnames() == "" {
			msg += fmt.Sprintf("; did you mean --%s?", near)
		}
		if other := ownerOf(c.Root(), name); other != "" {
			help = fmt.Sprintf("%s is a flag of %s; run %s --help for this command's flags.", dashes(name, false), other, c.CommandPath())
		}
	case errors.As(err, &required):
		f := required.GetFlag()
		msg = fmt.Sprintf("--%s wants a value", f.Name)
		if name, _ := pflag.UnquoteUsage(f); name != "" {
			msg = fmt.Sprintf("--%s wants a value: %s", f.Name, name)
		}
	case errors.As(err, &invalid) && invalid.GetFlag().Value.Type() == "bool":
		msg = fmt.Sprintf("--%s: want true or false, got %q", invalid.GetFlag().Name, invalid.GetValue())
	case errors.As(err, &invalid):
		msg = fmt.Sprintf("--%s: %v", invalid.GetFlag().Name, invalid.Unwrap())
	default:
		msg = err.Error()
	}
	return &exitError{code: ExitUsage, err: fmt.Errorf("%s", msg), hint: help}
}

// flagNames are the long names of the flags c takes, its help's too.
func flagNames(c *cobra.Command) []string {
	var names []string
	add := func(f *pflag.Flag) {
		if !f.Hidden {
			names = append(names, f.Name)
		}
	}
	c.Flags().VisitAll(add)
	c.InheritedFlags().VisitAll(add)
	return names
}

func dashes(name string, short bool) string {
	if short {
		return "-" + name
	}
	return "--" + name
}

// ownerOf names the commands that do have the flag name, if any.
func ownerOf(root *cobra.Command, name string) string {
	var has []string
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		// config takes every setting's flag only to show it.
		if c.Flags().Lookup(name) != nil && !c.Hidden && c.Name() != "config" {
			has = append(has, c.CommandPath())
		}
		for _, s := range c.Commands() {
			walk(s)
		}
	}
	walk(root)
	return words.Or(has)
}
