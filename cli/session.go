package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/cue"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/safetext"
	"github.com/backcoach/backcoach/screen"
	"github.com/backcoach/backcoach/sound"
	"github.com/backcoach/backcoach/speech"
	"github.com/backcoach/backcoach/tui"
)

// coached is the one path of every coached run, the coach's and remind's:
// it checks for a terminal to read keys from (needs says what for), runs
// the model that build makes on the screen or plain, writes the model's
// last record to the journal once the terminal is back, prints its
// report, and says how the run ended: nil, or the exit code of a signal.
func coached(env Env, o coachFlags, needs string, build func(coach.Sink) tea.Model) error {
	inTTY, outTTY := env.Terminal()
	if !inTTY {
		return usageErr("%s", needs)
	}
	final, err := runModel(o, env, outTTY, build)
	var sig *screen.SignalError
	if err != nil && !errors.As(err, &sig) {
		return inputErr(err)
	}
	if f, ok := final.(interface {
		Final() (journal.Session, bool)
	}); ok {
		if rec, ok := f.Final(); ok {
			// The last word on the session (a break cut short, too),
			// written after the terminal is back.
			path := config.PathsFrom(env.Getenv).Journal()
			if err := journal.Append(path, rec); err != nil {
				warn(env, "could not write the journal %s: %s", safetext.Escape(path), safe(err))
			}
		}
	}
	if m, ok := final.(tui.Model); ok {
		if r, ok := m.Report(); ok && !o.plain && outTTY {
			fmt.Fprintln(env.Stdout, r) // plain output has already said it
		}
	}
	if sig != nil {
		return silentExit(128 + int(sig.Signal))
	}
	return nil
}

// runModel runs the model that build makes with its outputs: on the
// terminal (the bell, notifications, speech), or plain, a line an event,
// when asked or when stdout is not a terminal.
func runModel(o coachFlags, env Env, outTTY bool, build func(coach.Sink) tea.Model) (tea.Model, error) {
	// The live heap is tiny and the program runs for minutes or all day:
	// collect a little more often, so memory stays near what is live
	// (about 1 MB of garbage, not the 4 MB Go allows by default).
	debug.SetGCPercent(25)
	// A countdown needs one core: with one, fewer threads wake each
	// second (0.037% of a core instead of 0.047% while a hold counts down).
	runtime.GOMAXPROCS(1)
	out, _ := env.Stdout.(*os.File)
	// A terminal that moves no cursor gets the plain lines too.
	if o.plain || !outTTY || out == nil || cursorless(env.Getenv("TERM"), runtime.GOOS) {
		var tty io.Writer // notifications write to a terminal, never into a log
		if outTTY && out != nil {
			tty = out
		}
		// The lines' reader going away (a closed pipe) ends the run.
		gone := make(chan struct{})
		var once sync.Once
		lost := func() { once.Do(func() { close(gone) }) }
		return screen.RunPlain(build(outputs(o, env, tty, lost)), env.Stdin, gone)
	}
	t, err := screen.Open(env.Stdin, out, env.Getenv("TERM"))
	if err != nil {
		return nil, fmt.Errorf("cannot use the terminal: %w", err)
	}
	defer t.Close() // also on a panic: never leave the terminal raw
	sinks := outputs(o, env, t, nil)
	final, err := screen.Run(build(sinks), t, env.Stdin, out)
	_ = t.Close()
	return final, err
}

// cursorless reports whether the terminal named term (its $TERM) is one
// that moves no cursor, or may not: dumb (Emacs' shell and compilation
// buffers), unknown (what a getty sets when it does not know), or no name
// at all, which no Unix terminal leaves out (Windows consoles do).
func cursorless(term, goos string) bool {
	switch term {
	case "dumb", "unknown":
		return true
	case "":
		return goos != "windows"
	}
	return false
}

// coachOptions are the coach's options, with the journal unless
// --no-journal.
func coachOptions(o coachFlags, lib library, start string, env Env) tui.Options {
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

// outputs are a run's outputs: the sounds (tones, or the bell's patterns
// on the terminal) unless --quiet; in plain mode (when lost, called if
// stdout's reader goes away, is given) a line an event on stdout;
// notifications (on term only when there is one); speech when asked for.
func outputs(o coachFlags, env Env, term io.Writer, lost func()) coach.Sinks {
	var sinks coach.Sinks
	plain := lost != nil
	if plain {
		sinks = append(sinks, cue.NewPrinter(env.Stdout, lost))
	}
	if p := player(o, env, term); p != nil {
		sinks = append(sinks, sound.Sink{Player: p})
	}
	sinks = append(sinks, screen.NewNotifier(term, !plain && env.Getenv("TMUX") != "", o.quiet))
	if s := speaker(o, env); s != nil {
		sinks = append(sinks, s)
	}
	return sinks
}

// player is how the cues are heard: tones through a sound player when
// there is one (--sound auto or tones), the terminal bell's patterns
// otherwise (on a terminal only: never into a log), nothing with --quiet
// or --sound off.
func player(o coachFlags, env Env, term io.Writer) sound.Player {
	mode := o.sound.String()
	if o.quiet || mode == "off" {
		return nil
	}
	if mode != "bell" {
		if path, args, ok := sound.FindPlayer(env.LookPath); ok {
			dir := config.PathsFrom(env.Getenv).Sounds()
			if dir == "" {
				dir = filepath.Join(os.TempDir(), fmt.Sprintf("backcoach-sounds-%d", os.Getuid()))
			}
			files, err := sound.WriteTones(dir)
			if err == nil {
				return sound.NewTones(path, args, files)
			}
			warn(env, "cannot write the tones to %s (%s); the terminal bell rings instead", safetext.Escape(dir), safe(err))
		} else if mode == "tones" {
			names := make([]string, len(sound.Players))
			for i, p := range sound.Players {
				names[i] = p.Name
			}
			warn(env, "--sound tones: no sound player found (%s); the terminal bell rings instead", strings.Join(names, ", "))
		}
	}
	if term == nil {
		return nil
	}
	return sound.NewBells(term)
}

// speaker is the spoken-cue output for --speak, or nil (said once).
func speaker(o coachFlags, env Env) coach.Sink {
	if !o.speak {
		return nil
	}
	if path, ok := speech.Find(env.LookPath); ok {
		return speech.New(path)
	}
	warn(env, "--speak: no speech program found (%s); going on without speech", strings.Join(speech.Programs, ", "))
	return nil
}
