package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/internal/yamlstrict"
)

// unknownCommand refuses words that name no command, saying which do. A
// word after "--" is an argument whatever it is: it is said so, rather
// than "unknown command "run"; did you mean run?".
func unknownCommand(c *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if c.ArgsLenAtDash() == 0 { // every argument came after --
		hint := commandsHint(c)
		if found, _, err := c.Find(args[:1]); err == nil && found != c {
			hint = fmt.Sprintf("Put the command before --: %s %s", c.CommandPath(), found.Name())
		}
		return &exitError{code: ExitUsage, err: fmt.Errorf(`%q comes after "--", so it is not read as a command`, clip(args[0])), hint: hint}
	}
	return unknownWord(c, "command", args[0])
}

// unknownWord refuses a word that names no command, as what it was taken
// for ("command", "help topic"), with the commands it may have meant.
func unknownWord(c *cobra.Command, what, word string) error {
	msg := fmt.Sprintf("unknown %s %q", what, clip(word))
	if s := c.SuggestionsFor(word); len(s) > 0 {
		msg += fmt.Sprintf("; did you mean %s?", words.Or(s))
	}
	return &exitError{code: ExitUsage, err: fmt.Errorf("%s", msg), hint: commandsHint(c)}
}

// commandsHint names the commands of c.
func commandsHint(c *cobra.Command) string {
	var names []string
	for _, s := range c.Commands() {
		if s.IsAvailableCommand() {
			names = append(names, s.Name())
		}
	}
	return fmt.Sprintf("The commands are: %s. Run %s --help for usage.", strings.Join(names, ", "), c.CommandPath())
}

// newHelp is `backcoach help [COMMAND]`, cobra's but for a topic that is
// no command: cobra printed the root's help and exited 0.
func newHelp() *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: "Help about any command",
		Long:  "Help provides help for any command in the application.",
		ValidArgsFunction: func(c *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			var names []string
			for _, s := range c.Root().Commands() {
				if s.IsAvailableCommand() && strings.HasPrefix(s.Name(), toComplete) {
					names = append(names, s.Name()+"\t"+s.Short)
				}
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			root := c.Root()
			found, rest, err := root.Find(args)
			if err != nil || found == nil || (found == root && len(rest) > 0) {
				return unknownWord(root, "help topic", args[0])
			}
			found.InitDefaultHelpFlag()
			found.InitDefaultVersionFlag()
			return found.Help()
		},
	}
}

// firstWord is the first argument that is neither a flag of c nor a
// flag's value, if it comes before any flag c does not know (whose value,
// if any, cannot be told from a word).
func firstWord(c *cobra.Command, args []string) string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			return a
		}
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := c.Flags().Lookup(name)
		if len(a)-len(name) == 1 && len(name) == 1 {
			f = c.Flags().ShorthandLookup(name)
		}
		if f == nil {
			return ""
		}
		if f.NoOptDefVal == "" {
			i++ // its value
		}
	}
	return ""
}

// noArgs refuses arguments to a command that takes none.
func noArgs(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return &exitError{code: ExitUsage, err: fmt.Errorf("%s takes no arguments, got %s", c.Name(), echoed(args)),
			hint: fmt.Sprintf("Run %s --help for usage.", c.CommandPath())}
	}
	return nil
}

// echoedArgs and echoedLen bound what a message echoes of the command
// line: 10,000 arguments, or one of a megabyte, made a message as long.
const (
	echoedArgs = 5
	echoedLen  = 40 // characters of each
)

// echoed is args as a message quotes them: "a b c", or the first few
// and how many more there are ("a0 a1 a2 a3 a4" and 9,995 more).
func echoed(args []string) string {
	shown := make([]string, min(len(args), echoedArgs))
	for i := range shown {
		shown[i] = clip(args[i])
	}
	s := fmt.Sprintf("%q", strings.Join(shown, " "))
	if more := len(args) - len(shown); more > 0 {
		s += fmt.Sprintf(" and %s more", yamlstrict.Thousands(more))
	}
	return s
}

// clip is a word of the command line cut to echoedLen characters.
func clip(word string) string {
	if r := []rune(word); len(r) > echoedLen {
		return string(r[:echoedLen]) + "…"
	}
	return word
}
