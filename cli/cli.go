// Package cli is backcoach's command line, on cobra: one file a command,
// each made by a function with only its own flags and arguments; commands
// return errors, and Main alone turns them into the one "backcoach:" line
// and the exit code. main calls Main; tests call it with their own
// streams and environment.
package cli

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime/debug"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// Version is set at build time with -ldflags "-X .../cli.Version=v1.2.3".
var Version = ""

// Env is what Main reads from the outside world, so tests can fake it.
type Env struct {
	Stdin  *os.File
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// Terminal reports whether stdin and stdout are terminals.
	Terminal func() (stdin, stdout bool)
	// LookPath finds a program (the speech program); exec.LookPath.
	LookPath func(string) (string, error)
}

// OSEnv is the real process's environment.
func OSEnv() Env {
	return Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		Terminal: func() (bool, bool) {
			return term.IsTerminal(int(os.Stdin.Fd())), term.IsTerminal(int(os.Stdout.Fd()))
		},
		LookPath: exec.LookPath,
	}
}

// Main runs backcoach with args (without the program name) and returns the
// exit code.
func Main(args []string, env Env) int {
	if env.Getenv("NO_COLOR") != "" {
		lipgloss.SetColorProfile(termenv.Ascii)
	}
	root := newRoot(env)
	root.SetArgs(args)
	return exitWith(env.Stderr, root.Execute())
}

const about = `backcoach: a terminal coach for back stretches at your desk.
backcoach is not medical advice: for back pain, see a physical therapist.

Without a command, backcoach lets you choose a routine and coaches you
through it: what to do, a countdown for every hold, the rep and side you
are on, rest between reps, and what comes next.

Your own routines go in $XDG_CONFIG_HOME/backcoach/routines/ (or
~/.config/backcoach/routines/) as *.yaml; one with a built-in's id replaces
it (backcoach new starts one). Sessions are recorded in
$XDG_STATE_HOME/backcoach/journal.jsonl (or ~/.local/state/backcoach/).

Keys: space pause, enter/→ skip a step, ← back, s skip exercise,
p it hurts, q quit, ? help.`

// newRoot is the whole command tree. On its own, backcoach runs the coach
// with the picker.
func newRoot(env Env) *cobra.Command {
	var o coachFlags
	root := &cobra.Command{
		Use:   "backcoach",
		Short: "a terminal coach for back stretches at your desk",
		Long:  about,
		Example: `  backcoach                      choose a routine
  backcoach run low-back         start one at once
  backcoach remind --every 45m   a break every 45 minutes, coached`,
		Version: version(),
		Args:    unknownCommand,
		RunE: func(c *cobra.Command, _ []string) error {
			return runCoach(env, o, "")
		},
		SilenceErrors:              true, // Main says it, once
		SuggestionsMinimumDistance: 2,
		SilenceUsage:               true,
		// No "completion" command of cobra's own: newCompletion is ours.
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
	}
	o.add(root)
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	root.SetIn(env.Stdin)
	root.SetVersionTemplate("backcoach {{.Version}}\n")
	root.SetFlagErrorFunc(flagError)
	root.AddCommand(
		newRun(env), newList(env), newShow(env), newNew(env), newValidate(env),
		newRemind(env), newStatus(env), newHistory(env),
		newCompletion(env), newMan(),
	)
	return root
}

// unknownCommand refuses words that name no command, saying which do.
func unknownCommand(c *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q", args[0])
	if s := c.SuggestionsFor(args[0]); len(s) > 0 {
		msg += fmt.Sprintf("; did you mean %s?", orList(s))
	}
	var names []string
	for _, s := range c.Commands() {
		if s.IsAvailableCommand() {
			names = append(names, s.Name())
		}
	}
	return &exitError{code: ExitUsage, err: fmt.Errorf("%s", msg),
		hint: fmt.Sprintf("The commands are: %s. Run backcoach --help for usage.", strings.Join(names, ", "))}
}

// noArgs refuses arguments to a command that takes none.
func noArgs(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return &exitError{code: ExitUsage, err: fmt.Errorf("%s takes no arguments, got %q", c.Name(), strings.Join(args, " ")),
			hint: fmt.Sprintf("Run %s --help for usage.", c.CommandPath())}
	}
	return nil
}

func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
