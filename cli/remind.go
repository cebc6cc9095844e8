package cli

import (
	"encoding/json"
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
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/cue"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
	"github.com/backcoach/backcoach/safetext"
	"github.com/backcoach/backcoach/screen"
	"github.com/backcoach/backcoach/sound"
	"github.com/backcoach/backcoach/tui"
)

// remindState is what `remind` leaves for `status`.
type remindState struct {
	PID     int       `json:"pid"`
	State   string    `json:"state"` // waiting, due, break
	Next    time.Time `json:"next"`
	Routine string    `json:"routine"`
}

// writeState replaces the state file whole (write, then rename), so
// `status` never reads half of it.
func writeState(path string, st remindState) error {
	data, err := json.Marshal(st)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	// A file of its own, made anew (O_EXCL): whatever was left at tmp, a
	// named pipe even, is removed, never opened.
	tmp := path + "." + strconv.Itoa(st.PID)
	_ = os.Remove(tmp)
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// remind waits for breaks and coaches them.
func remind(o options, env Env) int {
	lib, err := load(o, env.Getenv)
	if err != nil {
		fmt.Fprintf(env.Stderr, "backcoach: %s\n", safe(err))
		return ExitInput
	}
	if o.every <= 0 {
		fmt.Fprintf(env.Stderr, "backcoach: --every: want a time above zero, like 50m, 1h or 90s, got %v\n", o.every)
		return ExitUsage
	}
	cfg := breaks.Config{Every: o.every}
	if o.hours != "" {
		h, err := breaks.ParseHours(o.hours)
		if err != nil {
			fmt.Fprintf(env.Stderr, "backcoach: --%s\n", safe(err))
			return ExitUsage
		}
		cfg.Hours = &h
	}
	if o.routine != "" {
		if _, ok := routines.Find(lib.routines, o.routine); !ok {
			fmt.Fprintf(env.Stderr, "backcoach: no routine %q; the routines are: %s\n", safetext.Escape(o.routine), strings.Join(routines.IDs(lib.routines), ", "))
			return ExitInput
		}
		cfg.Routines = []string{o.routine}
	} else {
		for _, id := range []string{"low-back", "upper-back"} {
			if _, ok := routines.Find(lib.routines, id); ok {
				cfg.Routines = append(cfg.Routines, id)
			}
		}
		if len(cfg.Routines) == 0 {
			cfg.Routines = routines.IDs(lib.routines)
		}
	}
	inTTY, outTTY := env.Terminal()
	if !inTTY {
		fmt.Fprintln(env.Stderr, "backcoach: remind needs a terminal to read keys from (stdin)")
		return ExitUsage
	}
	copts := coachOptions(o, lib, "", env)
	ropts := tui.RemindOptions{Coach: copts, Breaks: cfg}
	state := config.PathsFrom(env.Getenv).RemindState()
	if state != "" {
		pid := os.Getpid()
		owner := ownState(state)
		ropts.Saved = func(st string, next time.Time, routine string) error {
			return owner.write(remindState{PID: pid, State: st, Next: next, Routine: routine})
		}
		defer owner.release()
	}
	final, err := runModel(o, env, outTTY, func(events coach.Sink) tea.Model {
		ropts.Coach.Events = events
		return tui.NewReminder(ropts)
	})
	if rm, ok := final.(tui.Reminder); ok {
		if rec, ok := rm.Final(); ok { // a break cut short by ctrl+c or a signal
			if err := journal.Append(config.PathsFrom(env.Getenv).Journal(), rec); err != nil {
				fmt.Fprintf(env.Stderr, "backcoach: could not write the journal: %s\n", safe(err))
			}
		}
	}
	var sig *screen.SignalError
	if err != nil && !errors.As(err, &sig) {
		fmt.Fprintf(env.Stderr, "backcoach: %s\n", safe(err))
		return ExitInput
	}
	if sig != nil {
		return 128 + int(sig.Signal)
	}
	return ExitOK
}

// runModel runs the model that build makes with its outputs: on the
// terminal (the bell, notifications, speech), or plain, a line an event,
// when asked or when stdout is not a terminal.
func runModel(o options, env Env, outTTY bool, build func(coach.Sink) tea.Model) (tea.Model, error) {
	// The live heap is tiny and the program runs for minutes or all day:
	// collect a little more often, so memory stays near what is live
	// (about 1 MB of garbage, not the 4 MB Go allows by default).
	debug.SetGCPercent(25)
	// A countdown needs one core: with one, fewer threads wake each
	// second (0.037% of a core instead of 0.047% while a hold counts down).
	runtime.GOMAXPROCS(1)
	out, _ := env.Stdout.(*os.File)
	// A dumb terminal moves no cursor: it gets the plain lines too.
	if o.plain || !outTTY || out == nil || env.Getenv("TERM") == "dumb" {
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

// outputs are a run's outputs: the sounds (tones, or the bell's patterns
// on the terminal) unless --quiet; in plain mode (when lost, called if
// stdout's reader goes away, is given) a line an event on stdout;
// notifications (on term only when there is one); speech when asked for.
func outputs(o options, env Env, term io.Writer, lost func()) coach.Sinks {
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
func player(o options, env Env, term io.Writer) sound.Player {
	if o.quiet || o.sound == "off" {
		return nil
	}
	if o.sound != "bell" {
		if path, args, ok := sound.FindPlayer(env.LookPath); ok {
			dir := config.PathsFrom(env.Getenv).Sounds()
			if dir == "" {
				dir = filepath.Join(os.TempDir(), fmt.Sprintf("backcoach-sounds-%d", os.Getuid()))
			}
			files, err := sound.WriteTones(dir)
			if err == nil {
				return sound.NewTones(path, args, files)
			}
			fmt.Fprintf(env.Stderr, "backcoach: cannot write the tones to %s (%s); the terminal bell rings instead\n", safetext.Escape(dir), safe(err))
		} else if o.sound == "tones" {
			names := make([]string, len(sound.Players))
			for i, p := range sound.Players {
				names[i] = p.Name
			}
			fmt.Fprintf(env.Stderr, "backcoach: --sound tones: no sound player found (%s); the terminal bell rings instead\n", strings.Join(names, ", "))
		}
	}
	if term == nil {
		return nil
	}
	return sound.NewBells(term)
}

// status prints one short line for a status bar: the next break if
// remind is running, the streak, and the minutes today. It reads the
// journal backwards from its end, only as far as the streak goes, so it
// stays fast on years of history.
func status(env Env) int {
	var parts []string
	if p := config.PathsFrom(env.Getenv).RemindState(); p != "" {
		st, err := readState(p)
		if err != nil {
			fmt.Fprintf(env.Stderr, "backcoach: %s\n", safe(err)) // the streak is still right
		}
		if st != nil && stateHeld(p) {
			switch st.State {
			case "due":
				parts = append(parts, "break due")
			case "break":
				parts = append(parts, "on a break")
			default:
				parts = append(parts, "next break "+st.Next.Local().Format("15:04"))
			}
		}
	}
	now := time.Now()
	st, warns, err := journal.ReadStatus(config.PathsFrom(env.Getenv).Journal(), now)
	if err != nil {
		fmt.Fprintf(env.Stderr, "backcoach: %s\n", safe(err))
		return ExitInput
	}
	for i, w := range warns {
		if i == maxStatusWarnings { // a prompt shows them every time: history lists them all
			fmt.Fprintf(env.Stderr, "backcoach: and %d more; backcoach history names them all\n", len(warns)-i)
			break
		}
		fmt.Fprintf(env.Stderr, "backcoach: %s\n", safetext.Escape(w.Error()))
	}
	today := journal.DailyMinutes(st.Today, now, 1)[0]
	parts = append(parts, fmt.Sprintf("streak %d %s", st.Streak, plural(st.Streak, "day")),
		fmt.Sprintf("%s today", clock(today*60)))
	out := newOutput(env.Stdout)
	fmt.Fprintln(out, strings.Join(parts, " · "))
	return out.exit(env, ExitOK)
}

// maxStatusWarnings is how many damaged lines status names.
const maxStatusWarnings = 5

// maxState is the most remind's state file may hold: it holds about 100
// bytes, and a state file that is a device or a huge file is no state.
const maxState = 64 << 10

// readState reads the state remind left, or nil when there is none. Only
// a regular file of at most maxState bytes is read: never a named pipe,
// which would hang a status bar, nor /dev/zero.
func readState(path string) (*remindState, error) {
	data, err := journal.ReadRegular(path, maxState)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var st remindState
	if json.Unmarshal(data, &st) != nil {
		return nil, nil // not one of remind's: remind writes it whole, then renames it
	}
	return &st, nil
}

// stateOwner is a remind's hold on the state file: a lock (flock) on a
// file next to it, remind.json.lock, held while remind runs. Only the
// holder writes or removes the state, and status believes the state only
// while someone holds the lock: a state file left by a remind that died,
// or the state of another remind, is never taken for this one's, and a
// pid that now names another process means nothing.
type stateOwner struct {
	path string
	mu   sync.Mutex // writes come from the program's commands
	lock *os.File   // held, or nil
	done bool       // released: remind is ending
}

// errStateHeld says another remind holds the state file.
var errStateHeld = errors.New("another remind holds the state file")

// ownState takes the state file at path, unless another remind holds it.
func ownState(path string) *stateOwner {
	o := &stateOwner{path: path}
	_ = o.take()
	return o
}

// take takes the lock if it is free, without waiting for another remind;
// status only glances at the lock, so a few quick tries get past that.
func (o *stateOwner) take() error {
	if o.lock != nil {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(o.path), 0o700); err != nil {
		return err
	}
	lockPath := o.path + ".lock"
	if f, err := os.OpenFile(lockPath, os.O_WRONLY|os.O_CREATE|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0o600); err == nil {
		f.Close()
	}
	f, _, err := journal.OpenRegular(lockPath) // a lock may be taken on a file open for reading
	if err != nil {
		return err
	}
	for try := 0; ; try++ {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			o.lock = f
			return nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) || try == 20 {
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				err = errStateHeld
			}
			return err
		}
		time.Sleep(time.Millisecond)
	}
}

// write records st if this remind holds the state file, taking it once
// the remind that held it has quit. One that does not hold it records
// nothing, and that is no error: status reports the other.
func (o *stateOwner) write(st remindState) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.done {
		return nil
	}
	if err := o.take(); err != nil {
		if errors.Is(err, errStateHeld) {
			return nil
		}
		return err
	}
	return writeState(o.path, st)
}

// release removes the state file and lets go of the lock, if this remind
// holds it. The lock file stays: another remind may have it open already,
// and a new file would be a second lock.
func (o *stateOwner) release() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.done = true
	if o.lock == nil {
		return
	}
	_ = os.Remove(o.path)
	_ = o.lock.Close() // closing lets go of the lock
	o.lock = nil
}

// stateHeld reports whether a remind holds the state file at path. It
// never waits: it tries for a shared lock, and lets go at once.
func stateHeld(path string) bool {
	f, _, err := journal.OpenRegular(path + ".lock")
	if err != nil {
		return false
	}
	defer f.Close()
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB)
	if err == nil {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		return false
	}
	return errors.Is(err, syscall.EWOULDBLOCK)
}
