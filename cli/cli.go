// Package cli is backcoach's command line: flags and subcommands, loading
// the routines from their three places, and running the coach. main calls
// Main; tests call it with their own streams and environment.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"runtime/debug"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"golang.org/x/term"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/data"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
	"github.com/backcoach/backcoach/safetext"
	"github.com/backcoach/backcoach/screen"
	"github.com/backcoach/backcoach/speech"
	"github.com/backcoach/backcoach/tui"
)

// Exit codes.
const (
	ExitOK    = 0 // done, or quit by the user
	ExitInput = 1 // bad input: unknown routine, invalid file
	ExitUsage = 2 // usage error, or no terminal
)

// Version is set at build time with -ldflags "-X .../cli.Version=v1.2.3".
var Version = ""

const usage = `backcoach: a terminal coach for back stretches at your desk.
backcoach is not medical advice: for back pain, see a physical therapist.

Usage:
  backcoach [flags]                  choose a routine and be coached through it
  backcoach run ID|FILE.yaml         start one routine at once
  backcoach list                     the routines: id, name, exercises, time, source
  backcoach validate [FILE|DIR...]   check routine files (default: your routines folder)
  backcoach remind                   remind you to take a break, and coach it
  backcoach status                   one line for a status bar: next break, streak, today
  backcoach history                  your last sessions, streak, minutes per week
  backcoach history --export csv|json [--since YYYY-MM-DD]
                                     everything in the journal, for a spreadsheet

Flags (before or after the arguments):
  --routines DIR   also load the routines in DIR
  --level LEVEL    gentle (the low end of ranges like 3-5 reps, the default) or full
  --quiet          no sound at all (no tones, no bell)
  --sound MODE     auto (tones through a sound player if there is one, else
                   the terminal bell), tones, bell, or off
  --no-journal     record nothing this run, and ask no pain check-ins
  --plain          no screen: one line an event, for screen readers and logs
                   (also when stdout is not a terminal)
  --speak          spoken cues (espeak-ng, espeak, say or spd-say)
  --every DUR      remind: time between breaks (default 50m; 1h, 90s...)
  --hours RANGE    remind: only within working hours, like 09:00-17:30
  --routine ID     remind: always this routine (default: low back and upper back in turn)
  --version        print the version
  --help           this help

Your own routines go in $XDG_CONFIG_HOME/backcoach/routines/ (or
~/.config/backcoach/routines/) as *.yaml; one with a built-in's id replaces it.
Sessions are recorded in $XDG_STATE_HOME/backcoach/journal.jsonl (or
~/.local/state/backcoach/journal.jsonl).
Keys: space pause, enter/→ skip a step, ← back, s skip exercise, p it hurts,
q quit, ? help.
`

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

type options struct {
	routinesDir string
	level       routines.Level
	quiet       bool
	version     bool
	noJournal   bool
	plain       bool
	speak       bool
	sound       string
	every       time.Duration
	hours       string
	routine     string
	export      string
	since       string
}

// Main runs backcoach with args (without the program name) and returns the
// exit code.
func Main(args []string, env Env) int {
	opts, pos, err := parseArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(env.Stdout, usage)
		return ExitOK
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "backcoach: %s\nRun backcoach --help for usage.\n", safe(err))
		return ExitUsage
	}
	if opts.version {
		fmt.Fprintln(env.Stdout, "backcoach", version())
		return ExitOK
	}
	if env.Getenv("NO_COLOR") != "" {
		lipgloss.SetColorProfile(termenv.Ascii)
	}

	cmd := ""
	if len(pos) > 0 {
		cmd, pos = pos[0], pos[1:]
	}
	// Commands that take no arguments.
	bare := map[string]func() int{
		"list":    func() int { return list(opts, env) },
		"remind":  func() int { return remind(opts, env) },
		"status":  func() int { return status(env) },
		"history": func() int { return history(opts, env) },
	}
	if run, ok := bare[cmd]; ok {
		if len(pos) > 0 {
			fmt.Fprintf(env.Stderr, "backcoach: %s takes no arguments, got %q\n", cmd, strings.Join(pos, " "))
			return ExitUsage
		}
		return run()
	}
	switch cmd {
	case "":
		return runCoach(opts, "", env)
	case "run":
		if len(pos) != 1 {
			fmt.Fprintln(env.Stderr, "backcoach: run wants one routine id or file, like: backcoach run low-back")
			return ExitUsage
		}
		return runCoach(opts, pos[0], env)
	case "validate":
		return validate(opts, pos, env)
	case "help":
		fmt.Fprint(env.Stdout, usage)
		return ExitOK
	}
	fmt.Fprintf(env.Stderr, "backcoach: unknown command %q\nRun backcoach --help for usage.\n", cmd)
	return ExitUsage
}

// parseArgs reads flags wherever they stand among the arguments.
func parseArgs(args []string) (options, []string, error) {
	var o options
	var level string
	fs := flag.NewFlagSet("backcoach", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.routinesDir, "routines", "", "")
	fs.StringVar(&level, "level", "gentle", "")
	fs.BoolVar(&o.quiet, "quiet", false, "")
	fs.BoolVar(&o.version, "version", false, "")
	fs.BoolVar(&o.noJournal, "no-journal", false, "")
	fs.BoolVar(&o.plain, "plain", false, "")
	fs.BoolVar(&o.speak, "speak", false, "")
	fs.StringVar(&o.sound, "sound", "auto", "")
	fs.DurationVar(&o.every, "every", breaks.DefaultEvery, "")
	fs.StringVar(&o.hours, "hours", "", "")
	fs.StringVar(&o.routine, "routine", "", "")
	fs.StringVar(&o.export, "export", "", "")
	fs.StringVar(&o.since, "since", "", "")
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return o, nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	l, err := routines.ParseLevel(level)
	o.level = l
	if err == nil {
		switch o.sound {
		case "auto", "tones", "bell", "off":
		default:
			err = fmt.Errorf("--sound: want auto, tones, bell or off, got %q", o.sound)
		}
	}
	return o, pos, err
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

// library is every routine, with the user's files' problems kept aside.
type library struct {
	routines []routines.Routine
	tips     []routines.Tip
	problems error // from the user's folders: shown, never fatal
}

// load reads the built-ins, then the user's folder, then --routines DIR.
// Only a missing --routines folder is an error: a broken file is a problem
// to show while the other routines load.
func load(o options, getenv func(string) string) (library, error) {
	var lib library
	builtIn, tips, err := routines.LoadBuiltIns(data.FS)
	if err != nil {
		return lib, err // a bug: the tests load them
	}
	lib.tips = tips
	sets := [][]routines.Routine{builtIn}
	var problems routines.Errors
	dirs := []string{}
	if d := config.PathsFrom(getenv).Routines(); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			dirs = append(dirs, d)
		}
	}
	if o.routinesDir != "" {
		if st, err := os.Stat(o.routinesDir); err != nil {
			return lib, fmt.Errorf("--routines %s: %v", o.routinesDir, unwrapPathErr(err))
		} else if !st.IsDir() {
			return lib, fmt.Errorf("--routines %s: not a folder", o.routinesDir)
		}
		dirs = append(dirs, o.routinesDir)
	}
	for _, d := range dirs {
		rs, err := routines.LoadDir(d)
		var es routines.Errors
		if errors.As(err, &es) {
			problems = append(problems, es...)
		} else if err != nil {
			return lib, err
		}
		sets = append(sets, rs)
	}
	lib.routines = routines.Merge(sets...)
	if len(problems) > 0 {
		lib.problems = problems
	}
	return lib, nil
}

// warning is the one line the picker shows about broken user files.
func warning(problems error) string {
	files := routines.ErrorFiles(problems)
	switch len(files) {
	case 0:
		return ""
	case 1:
		f := safetext.Escape(files[0])
		return fmt.Sprintf("%s has errors and was skipped: run backcoach validate %s", f, f)
	}
	return fmt.Sprintf("%d routine files have errors and were skipped: run backcoach validate", len(files))
}

// runCoach runs the interactive coach: the picker, or one routine at once.
func runCoach(o options, target string, env Env) int {
	lib, err := load(o, env.Getenv)
	if err != nil {
		fmt.Fprintf(env.Stderr, "backcoach: %s\n", safe(err))
		return ExitInput
	}
	start := ""
	if target != "" {
		r, err := resolve(lib.routines, target)
		if err != nil {
			fmt.Fprintf(env.Stderr, "backcoach: %s\n", safe(err))
			if lib.problems != nil { // the routine may be the broken file
				fmt.Fprintf(env.Stderr, "backcoach: %s\n", warning(lib.problems))
			}
			return ExitInput
		}
		lib.routines = routines.Merge(lib.routines, []routines.Routine{r}) // a FILE.yaml joins or replaces by id
		start = r.ID
	}
	inTTY, outTTY := env.Terminal()
	if !inTTY {
		fmt.Fprintln(env.Stderr, "backcoach: the coach needs a terminal to read keys from (stdin); for a plain listing try: backcoach list")
		return ExitUsage
	}
	topts := coachOptions(o, lib, start, env)
	path := config.PathsFrom(env.Getenv).Journal()
	// A line an event (--plain) for screen readers, logs, and a stdout
	// that is not a terminal; the full screen otherwise.
	final, err := runModel(o, env, outTTY, func(events coach.Sink) tea.Model {
		topts.Events = events
		return tui.New(topts)
	})
	var sig *screen.SignalError
	if err != nil && !errors.As(err, &sig) {
		fmt.Fprintf(env.Stderr, "backcoach: %s\n", safe(err))
		return ExitInput
	}
	m, _ := final.(tui.Model)
	if rec, ok := m.Final(); ok {
		// The last word on the session, written after the terminal is back.
		if err := journal.Append(path, rec); err != nil {
			fmt.Fprintf(env.Stderr, "backcoach: could not write the journal %s: %s\n", safetext.Escape(path), safe(err))
		}
	}
	if r, ok := m.Report(); ok && !o.plain && outTTY {
		fmt.Fprintln(env.Stdout, r) // plain output has already said it
	}
	if sig != nil {
		return 128 + int(sig.Signal)
	}
	return ExitOK
}

// speaker is the spoken-cue output for --speak, or nil (said once).
func speaker(o options, env Env) coach.Sink {
	if !o.speak {
		return nil
	}
	if path, ok := speech.Find(env.LookPath); ok {
		return speech.New(path)
	}
	fmt.Fprintf(env.Stderr, "backcoach: --speak: no speech program found (%s); going on without speech\n", strings.Join(speech.Programs, ", "))
	return nil
}

// coachOptions are the coach's options, with the journal unless
// --no-journal.
func coachOptions(o options, lib library, start string, env Env) tui.Options {
	topts := tui.Options{Routines: lib.routines, Warning: warning(lib.problems), Tips: lib.tips, Level: o.level, Start: start}
	path := config.PathsFrom(env.Getenv).Journal()
	if !o.noJournal && path != "" {
		topts.Journal = func(s journal.Session) error { return journal.Append(path, s) }
		topts.History = func() ([]journal.Session, error) {
			// The summary needs every day for the streak, and this week's
			// sessions in full for the minutes.
			return journal.ForStats(path, journal.WeekStart(time.Now()))
		}
		topts.IDSuffix = strconv.Itoa(os.Getpid())
	}
	return topts
}

// resolve finds a routine by id, or loads it from a file path.
func resolve(rs []routines.Routine, target string) (routines.Routine, error) {
	if routines.IsRoutineFile(target) || strings.ContainsRune(target, os.PathSeparator) {
		return routines.LoadFile(target)
	}
	if r, ok := routines.Find(rs, target); ok {
		return r, nil
	}
	return routines.Routine{}, fmt.Errorf("no routine %q; the routines are: %s (see backcoach list)", target, strings.Join(routines.IDs(rs), ", "))
}

// list prints the routines as a table. It needs no terminal.
func list(o options, env Env) int {
	lib, err := load(o, env.Getenv)
	if err != nil {
		fmt.Fprintf(env.Stderr, "backcoach: %s\n", safe(err))
		return ExitInput
	}
	out := newOutput(env.Stdout)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tEXERCISES\tTIME\tWHERE\tSOURCE")
	for _, r := range lib.routines {
		where := r.Where()
		if where == "" {
			where = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\n", r.ID, r.Name, len(r.Exercises), routines.Clock(routines.Estimate(r, o.level)), where, safetext.Escape(r.Source))
	}
	if err := tw.Flush(); err != nil {
		return out.exit(env, ExitOK) // a closed pipe (list | head): nothing more to say
	}
	if lib.problems != nil {
		// The list is still right about every routine that loaded.
		fmt.Fprintf(env.Stderr, "backcoach: %s\n", warning(lib.problems))
	}
	return ExitOK
}

// validate checks files and folders; with none it checks the user's
// folder and --routines.
func validate(o options, targets []string, env Env) int {
	if len(targets) == 0 {
		if d := config.PathsFrom(env.Getenv).Routines(); d != "" {
			if _, err := os.Stat(d); err == nil {
				targets = append(targets, d)
			}
		}
		if o.routinesDir != "" {
			targets = append(targets, o.routinesDir)
		}
		if len(targets) == 0 {
			fmt.Fprintf(env.Stderr, "backcoach: no routine files to check: give files or folders, or put routines in %s\n", config.PathsFrom(env.Getenv).Routines())
			return ExitUsage
		}
	}
	out := newOutput(env.Stdout)
	bad := false
	for _, t := range targets {
		st, err := os.Stat(t)
		if err != nil {
			fmt.Fprintf(out, "%s: cannot read: %v\n", safetext.Escape(t), unwrapPathErr(err))
			bad = true
			continue
		}
		if !st.IsDir() {
			if _, err := routines.LoadFile(t); err != nil {
				fmt.Fprintln(out, err)
				bad = true
			} else {
				fmt.Fprintf(out, "%s: ok\n", safetext.Escape(t))
			}
			continue
		}
		rs, err := routines.LoadDir(t)
		failed := map[string]bool{}
		for _, f := range routines.ErrorFiles(err) {
			failed[f] = true
		}
		if err != nil {
			fmt.Fprintln(out, err)
			bad = true
		}
		for _, r := range rs {
			if !failed[r.Source] {
				fmt.Fprintf(out, "%s: ok\n", safetext.Escape(r.Source))
			}
		}
		if len(rs) == 0 && err == nil {
			fmt.Fprintf(out, "%s: no routine files (*.yaml) here\n", safetext.Escape(t))
		}
	}
	if bad {
		return out.exit(env, ExitInput)
	}
	return out.exit(env, ExitOK)
}

// safe is an error's text with control characters shown escaped, line by
// line: paths and flags typed or found on disk can hold anything.
func safe(err error) string {
	lines := strings.Split(err.Error(), "\n")
	for i, l := range lines {
		lines[i] = safetext.Escape(l)
	}
	return strings.Join(lines, "\n")
}

func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
