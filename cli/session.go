package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/outputs/cue"
	"github.com/backcoach/backcoach/internal/outputs/notify"
	"github.com/backcoach/backcoach/internal/outputs/sound"
	"github.com/backcoach/backcoach/internal/outputs/speech"
	"github.com/backcoach/backcoach/internal/terminal"
	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/tui"
)

// coached is the one path of every coached run, the coach's and remind's:
// it checks for a terminal to read keys from (needs says what for; with
// --plain a pipe or a file will do, read line by line) and,
// before anything is drawn, that the journal can be written and which
// outputs there are (each one missing is said now, not under the screen);
// it runs the model that build makes on the screen or plain, writes the
// model's last record to the journal once the terminal is back (through
// jw, the run's journal writer, nil when it is off; a signal then ends
// the writer's wait for the journal's lock), prints its report, and says
// how the run ended: nil, an exit error when the last record could not
// be written, or the exit code of a signal.
func coached(env Env, o coachFlags, needs string, jw *journal.Writer, build func(coach.Sink) tea.Model) error {
	inTTY, outTTY := env.Terminal()
	if !inTTY && !o.plain {
		return usageErr("%s", needs)
	}
	path := config.PathsFrom(env.Getenv).Journal()
	if o.noJournal {
		path = ""
	}
	if err := journalReady(env, path); err != nil {
		return err
	}
	outs := prepareOutputs(o, env)
	defer outs.stop(0) // on a panic too: no player outlives backcoach
	plain := plainRun(o, env, outTTY)
	final, err := runModel(o, env, plain, outTTY, outs, build)
	var sig *terminal.SignalError
	errors.As(err, &sig)
	grace := lastCue
	if sig != nil {
		grace = 0 // asked to end now
	}
	outs.stop(grace)
	if err != nil && sig == nil {
		return inputErr(err)
	}
	var lost error
	if f, ok := final.(interface {
		Final() (journal.Session, bool)
	}); ok && path != "" && jw != nil {
		if rec, ok := f.Final(); ok {
			// The last word on the session (a break cut short, too),
			// written after the terminal is back, after every snapshot
			// a command may still be writing.
			release := terminal.CatchEnding(jw.Stop)
			lost = writeLast(env, path, jw.Append, rec)
			if s := release(); sig == nil && s != 0 {
				sig = &terminal.SignalError{Signal: s}
			}
		}
	}
	if m, ok := final.(tui.Model); ok {
		// The report once the terminal is back; plain output says it with
		// the summary, and here when the run ended before one (ctrl+c,
		// a signal, the end of its input).
		if r, ok := m.Report(); ok && (!plain || !m.Summarized()) {
			fmt.Fprintln(env.Stdout, r)
		}
	}
	if sig != nil {
		return silentExit(128 + int(sig.Signal))
	}
	return lost
}

// journalReady refuses to start a session that could not be recorded,
// before anything is drawn: the user learns it at the keyboard, not after
// a routine on the floor, and --no-journal is one flag away. It adds to
// the journal what an earlier run kept aside (its lock was held). path ""
// is no journal.
func journalReady(env Env, path string) error {
	if path == "" {
		return nil
	}
	if err := journal.Writable(path); err != nil {
		return &exitError{code: ExitInput, err: fmt.Errorf("cannot write the journal, so nothing would be recorded: %w", err),
			hint: "Run with --no-journal to go on without recording it."}
	}
	if err := journal.MergeKept(path); err != nil {
		warn(env, "could not add the sessions kept aside to the journal %s: %s; they stay for the next run", safetext.Escape(path), safe(err))
	}
	return nil
}

// writeLast writes a session's last record, and when it cannot, says so
// and ends with exit 1: the session is not recorded as it ended, or (the
// journal's lock was held) only kept aside for the next run to add.
func writeLast(env Env, path string, write func(journal.Session) error, rec journal.Session) error {
	err := write(rec)
	var kept *journal.KeptError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &kept):
		warn(env, "could not write the journal %s: %s; this session's end is kept in %s, and the next run adds it to the journal",
			safetext.Escape(path), safe(kept.Err), safetext.Escape(kept.Path))
	default:
		warn(env, "could not write the journal %s: %s; this session's end was not recorded", safetext.Escape(path), safe(err))
	}
	return silentExit(ExitInput)
}

// plainRun reports whether a run is plain, a line an event: when asked,
// when stdout is not a terminal, or a terminal that moves no cursor.
func plainRun(o coachFlags, env Env, outTTY bool) bool {
	out, _ := env.Stdout.(*os.File)
	return o.plain || !outTTY || out == nil || cursorless(env.Getenv("TERM"), runtime.GOOS)
}

// runModel runs the model that build makes with its outputs: on the
// terminal (the bell, notifications, speech), or plain, a line an event.
func runModel(o coachFlags, env Env, plain, outTTY bool, outs preparedOutputs, build func(coach.Sink) tea.Model) (tea.Model, error) {
	if env.TuneForCoaching != nil {
		env.TuneForCoaching()
	}
	out, _ := env.Stdout.(*os.File)
	if plain {
		var tty io.Writer // notifications write to a terminal, never into a log
		if outTTY && out != nil {
			tty = out
		}
		// The lines' reader going away (a closed pipe) ends the run.
		gone := make(chan struct{})
		var once sync.Once
		lost := func() { once.Do(func() { close(gone) }) }
		return terminal.RunPlain(build(outs.sinks(env, tty, lost)), env.Stdin, gone)
	}
	if outs.warned && !startAnyway(env) {
		return nil, nil // said, and not started
	}
	t, err := terminal.Open(env.Stdin, out, env.Getenv("TERM"))
	if err != nil {
		return nil, fmt.Errorf("cannot use the terminal: %w", err)
	}
	defer t.Close() // also on a panic: never leave the terminal raw
	final, err := terminal.Run(build(outs.sinks(env, t, nil)), t, env.Stdin, out)
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
// --no-journal, and the run's journal writer (nil without).
func coachOptions(o coachFlags, lib library, start string, env Env) (tui.Options, *journal.Writer) {
	var jw *journal.Writer
	topts := tui.Options{Routines: lib.routines, Warning: warning(lib.problems), Tips: lib.tips, Level: o.Level, Start: start,
		NoColor: env.Getenv("NO_COLOR") != "", CheckIns: o.CheckIns, LevelChosen: rememberLevel(env.Getenv), Now: env.Now}
	path := config.PathsFrom(env.Getenv).Journal()
	if !o.noJournal && path != "" {
		// One writer for the run: a session's snapshots in order.
		jw = journal.NewWriter(path)
		topts.Journal = jw.Append
		topts.History = func() ([]journal.Session, error) {
			// The summary needs every day for the streak, and this week's
			// sessions in full for the minutes.
			now := env.Now()
			return journal.ForStats(path, journal.WeekStart(now), now)
		}
		topts.IDSuffix = strconv.Itoa(os.Getpid())
	}
	return topts, jw
}

// startAnyway asks, after a warning that the screen would cover at once
// (an output asked for is missing), whether to start: enter starts, q
// (then enter) or the end of the input does not. The terminal is still
// as the shell left it, a line at a time.
func startAnyway(env Env) bool {
	fmt.Fprint(env.Stderr, "Press enter to start anyway, or q and enter to stop. ")
	buf := make([]byte, 256)
	n, err := env.Stdin.Read(buf)
	if err != nil {
		fmt.Fprintln(env.Stderr) // end the line: no answer will come
		return false
	}
	answer := strings.ToLower(strings.TrimSpace(string(buf[:n])))
	return !strings.HasPrefix(answer, "q") && !strings.HasPrefix(answer, "n")
}

// preparedOutputs are a run's outputs found before the screen opens:
// the programs looked up, the tones written, and what is missing said
// then, on stderr, where it is read before the routine starts.
type preparedOutputs struct {
	o      coachFlags
	tones  sound.Player // nil: the bell's patterns, if sounds at all
	speech coach.Sink   // nil: no --speak, or no program to speak
	// warned: an output asked for by name (--speak, --sound tones) is
	// missing, and was said.
	warned bool
}

// prepareOutputs finds the outputs the flags ask for.
func prepareOutputs(o coachFlags, env Env) preparedOutputs {
	t, noTones := tones(o, env)
	sp, noSpeech := speaker(o, env)
	return preparedOutputs{o: o, tones: t, speech: sp, warned: noTones || noSpeech}
}

// lastCue is how long the sound or the words still playing when a run
// ends may go on: the longest tone (done) lasts 0.87 s.
const lastCue = time.Second

// stop ends the programs the outputs run, giving the cue still playing
// up to grace to end (both at once: a stuck player costs grace once).
func (p preparedOutputs) stop(grace time.Duration) {
	var wg sync.WaitGroup
	for _, o := range []any{p.tones, p.speech} {
		if s, ok := o.(interface{ Stop(time.Duration) }); ok {
			wg.Go(func() { s.Stop(grace) })
		}
	}
	wg.Wait()
}

// sinks are a run's outputs: the sounds (tones, or the bell's patterns on
// the terminal) unless --quiet; in plain mode (when lost, called if
// stdout's reader goes away, is given) a line an event on stdout;
// notifications (on term only when there is one); speech when asked for.
func (p preparedOutputs) sinks(env Env, term io.Writer, lost func()) coach.Sinks {
	var sinks coach.Sinks
	plain := lost != nil
	if plain {
		sinks = append(sinks, cue.NewPrinter(env.Stdout, lost))
	}
	if pl := p.player(term); pl != nil {
		sinks = append(sinks, sound.Sink{Player: pl})
	}
	sinks = append(sinks, notify.New(term, !plain && env.Getenv("TMUX") != "", p.o.Quiet))
	if p.speech != nil {
		sinks = append(sinks, p.speech)
	}
	return sinks
}

// player is how the cues are heard: the tones when there are, the
// terminal bell's patterns otherwise (on a terminal only: never into a
// log), nothing with --quiet or --sound off.
func (p preparedOutputs) player(term io.Writer) sound.Player {
	switch {
	case p.o.Quiet || p.o.Sound == config.SoundOff:
		return nil
	case p.tones != nil:
		return p.tones
	case term == nil:
		return nil
	}
	return sound.NewBells(term)
}

// tones are the cues as tones through a sound player, when there is one
// and --sound is auto or tones (and neither --quiet nor off); nil
// otherwise (said when it is for want of a player or a folder), and
// missing when --sound tones asked for them.
func tones(o coachFlags, env Env) (p sound.Player, missing bool) {
	if o.Quiet || o.Sound == config.SoundOff || o.Sound == config.SoundBell {
		return nil, false
	}
	if path, args, ok := sound.FindPlayer(env.LookPath); ok {
		dir, err := sound.Folder(config.PathsFrom(env.Getenv).Sounds())
		if err == nil {
			files, werr := sound.WriteTones(dir)
			if werr == nil {
				return sound.NewTones(path, args, files), false
			}
			err = werr
		}
		warn(env, "cannot write the tones to %s (%s); the terminal bell rings instead", safetext.Escape(dir), safe(unwrapPathErr(err)))
	} else if o.Sound == config.SoundTones {
		names := make([]string, len(sound.Players))
		for i, p := range sound.Players {
			names[i] = p.Name
		}
		warn(env, "--sound tones: no sound player found (%s); the terminal bell rings instead; %s", strings.Join(names, ", "), sound.InstallHint())
	}
	return nil, o.Sound == config.SoundTones
}

// speaker is the spoken-cue output for --speak, or nil, and missing when
// --speak finds no program (said once).
func speaker(o coachFlags, env Env) (s coach.Sink, missing bool) {
	if !o.Speak {
		return nil, false
	}
	if path, ok := speech.Find(env.LookPath); ok {
		return speech.New(path), false
	}
	warn(env, "--speak: no speech program found (%s); going on without speech; %s", strings.Join(speech.Programs, ", "), speech.InstallHint())
	return nil, true
}
