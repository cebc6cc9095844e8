// Package cli is backcoach's command line, on cobra: one file a command,
// each made by a function with only its own flags and arguments; commands
// return errors, and Main alone turns them into the one "backcoach:" line
// and the exit code (what does not stop a command is said by warn). main calls Main; tests call it with their own
// streams and environment.
package cli

import (
	"io"
	"os"
	"os/exec"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/tui"
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
	// Now is the one clock of every command (today, this week, a
	// reminder's next break, the coach's countdowns); nil means time.Now.
	Now func() time.Time
	// TuneForCoaching, when given, is called once before a coach or a
	// reminder starts, for main to tune the process for a countdown that
	// runs for minutes or all day (the commands that read the journal
	// keep every core). Nil changes nothing: tests leave the process as
	// it is.
	TuneForCoaching func()
}

// OSEnv is the real process's environment.
func OSEnv() Env {
	return Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		Terminal: func() (bool, bool) {
			return term.IsTerminal(int(os.Stdin.Fd())), term.IsTerminal(int(os.Stdout.Fd()))
		},
		LookPath: exec.LookPath,
		Now:      time.Now,
	}
}

// Main runs backcoach with args (without the program name) and returns the
// exit code. It changes nothing process-wide (signals, the colour
// profile, GC): main does that, before it.
func Main(args []string, env Env) int {
	if env.Now == nil {
		env.Now = time.Now
	}
	root := newRoot(env, args)
	return exitWith(env.Stderr, root.Execute())
}

// about is the root's help: what backcoach is, with the one disclaimer
// (coach.NotMedicalAdvice), and a routine's keys as the session's
// bindings say them (tui.SessionKeys).
func about() string {
	return `backcoach: a terminal coach for back stretches at your desk.
` + coach.NotMedicalAdvice + `

Without a command, backcoach lets you choose a routine and coaches you
through it: what to do, a countdown for every hold, the rep and side you
are on, rest between reps, and what comes next.

Your own routines go in $XDG_CONFIG_HOME/backcoach/routines/ (or
~/.config/backcoach/routines/) as *.yaml; one with a built-in's id replaces
it (backcoach new starts one). Sessions are recorded in
$XDG_STATE_HOME/backcoach/journal.jsonl (or ~/.local/state/backcoach/).

` + wrapAtCommas(tui.SessionKeys(), 72)
}

// wrapAtCommas breaks a list after the comma before the word that would
// take a line past width columns, so a key stays beside what it does.
func wrapAtCommas(list string, width int) string {
	items := strings.Split(list, ", ")
	lines := []string{items[0]}
	for _, it := range items[1:] {
		last := &lines[len(lines)-1]
		if lipgloss.Width(*last+", "+it) > width {
			*last += ","
			lines = append(lines, it)
		} else {
			*last += ", " + it
		}
	}
	return strings.Join(lines, "\n")
}

// newRoot is the whole command tree, to run with args. On its own,
// backcoach runs the coach with the picker.
func newRoot(env Env, args []string) *cobra.Command {
	var o coachFlags
	root := &cobra.Command{
		Use:   "backcoach",
		Short: "a terminal coach for back stretches at your desk",
		Long:  about(),
		Example: `  backcoach                      choose a routine
  backcoach run low-back         start one at once
  backcoach remind --every 45m   a break every 45 minutes, coached`,
		Version: version(),
		Args:    unknownCommand,
		RunE: func(c *cobra.Command, _ []string) error {
			l, err := settings(env, c)
			if err != nil {
				return err
			}
			o.Settings = l.Settings
			return runCoach(env, o, "")
		},
		SilenceErrors:              true, // Main says it, once
		SuggestionsMinimumDistance: 2,
		SilenceUsage:               true,
		// No "completion" command of cobra's own: newCompletion is ours.
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
	}
	o.add(root)
	root.Flags().BoolP("version", "v", false, "print backcoach's version")
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	root.SetIn(env.Stdin)
	root.SetVersionTemplate("backcoach {{.Version}}\n")
	root.SetArgs(args)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		// "backcoach remnd --every 5m": the mistake is the command, not
		// the flag the root does not have.
		if w := firstWord(c, args); c == root && w != "" {
			if found, _, ferr := root.Find([]string{w}); ferr != nil || found == root {
				return unknownCommand(root, []string{w})
			}
		}
		return flagError(c, err)
	})
	root.SetHelpCommand(newHelp())
	root.AddCommand(
		newRun(env), newList(env), newShow(env), newNew(env), newValidate(env),
		newRemind(env), newStatus(env), newHistory(env), newSounds(env),
		newConfig(env), newCompletion(env), newMan(env),
	)
	tidy(root, args)
	return root
}

// version is backcoach's version: the one set at build time, else what the
// Go toolchain stamped in the binary (versionOf).
func version() string {
	bi, _ := debug.ReadBuildInfo() // nil when there is none
	return versionOf(Version, bi)
}

// pseudoRE matches a pseudo-version's end, which names a commit, not a
// release: v0.0.0-20261127205626-8333191c564c, v1.2.4-0.2026...-abc...
var pseudoRE = regexp.MustCompile(`[-.]\d{14}-[0-9a-f]{12}(\+dirty)?$`)

// versionOf says which backcoach this is: set (by -ldflags at a release),
// else the module's version when it is a release (go install ...@v1.2.3),
// else the commit and its date from the build info of a build from a git
// checkout ("dev (8333191, 2026-11-27, modified)"), else the
// pseudo-version go install stamped, else "dev". bi may be nil.
func versionOf(set string, bi *debug.BuildInfo) string {
	if set != "" {
		return set
	}
	if bi == nil {
		return "dev"
	}
	vcs := map[string]string{}
	for _, s := range bi.Settings {
		vcs[s.Key] = s.Value
	}
	v := bi.Main.Version
	modified := vcs["vcs.modified"] == "true" || strings.HasSuffix(v, "+dirty")
	if v != "" && v != "(devel)" && !pseudoRE.MatchString(v) {
		if v = strings.TrimSuffix(v, "+dirty"); modified {
			return v + " (modified)"
		}
		return v
	}
	rev := vcs["vcs.revision"]
	if rev == "" {
		if pseudoRE.MatchString(v) {
			return v
		}
		return "dev"
	}
	about := []string{rev[:min(7, len(rev))]}
	if t, err := time.Parse(time.RFC3339, vcs["vcs.time"]); err == nil {
		about = append(about, t.UTC().Format("2006-01-02"))
	}
	if modified {
		about = append(about, "modified")
	}
	return "dev (" + strings.Join(about, ", ") + ")"
}
