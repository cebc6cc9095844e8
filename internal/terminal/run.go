package terminal

import (
	"os"
	"os/signal"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// drawn wraps the program's model so that every update is drawn. It is the
// renderer, not part of the app: the app's Update and View stay pure.
type drawn struct {
	inner tea.Model
	t     *Terminal
}

func (d drawn) Init() tea.Cmd {
	_ = d.t.Draw(d.inner.View())
	return d.inner.Init()
}

func (d drawn) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		d.t.Resize(ws.Width, ws.Height)
	}
	inner, cmd := d.inner.Update(msg)
	_ = d.t.Draw(inner.View())
	d.inner = inner
	return d, cmd
}

// View is empty: Bubble Tea's renderer is off, drawing happens in Update.
func (d drawn) View() string { return "" }

// SignalError is returned by Run when a signal ended the program.
type SignalError struct{ Signal syscall.Signal }

func (e *SignalError) Error() string { return "stopped by " + e.Signal.String() }

// SuspendedMsg tells the model that the program is being stopped (ctrl+z,
// SIGTSTP) at At, so that a countdown can pause from that moment.
type SuspendedMsg struct{ At time.Time }

// ResumedMsg tells the model that the program goes on after a stop.
type ResumedMsg struct{}

// Run runs m on the terminal t until it quits, and returns the final
// model. It sends the window size first and on every SIGWINCH (on
// Windows, when a look at the console finds a new size). SIGINT,
// SIGTERM, SIGHUP (the window was closed) and SIGQUIT end the program at
// once, and Run returns a *SignalError; so does a terminal that went away
// without a SIGHUP (as SIGHUP). SIGTSTP (ctrl+z) gives the terminal back
// to the shell until the program is continued (not on Windows, which has
// no job control). The caller closes t, which restores the terminal if
// it is still there.
func Run(m tea.Model, t *Terminal, in, out *os.File) (tea.Model, error) {
	w, h := t.Size()
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	p := tea.NewProgram(drawn{inner: m, t: t}, tea.WithoutRenderer(), tea.WithoutSignalHandler(),
		tea.WithInput(t.Input()), tea.WithOutput(out))

	final, err := runWatched(p, watch{
		lost: t.Lost(),
		size: func() (int, int, error) { return t.QuerySize(out) },
		winch: func() {
			if w, h, err := t.QuerySize(out); err == nil {
				p.Send(tea.WindowSizeMsg{Width: w, Height: h}) // in order
			}
		},
		suspend: t.Suspend,
		resume: func() {
			t.Resume()
			if w, h, err := t.QuerySize(out); err == nil {
				p.Send(tea.WindowSizeMsg{Width: w, Height: h})
			}
		},
	})
	if d, ok := final.(drawn); ok {
		final = d.inner
	}
	return final, err
}

// watch is what runWatched watches besides the ending signals.
type watch struct {
	lost    <-chan struct{}              // the terminal went away: ends as SIGHUP
	gone    <-chan struct{}              // the output's reader went away: ends as SIGPIPE
	size    func() (w, h int, err error) // the window's size, where it is watched by asking
	winch   func()                       // on SIGWINCH (or a new size), when given
	suspend func()                       // on SIGTSTP, before the program stops, when given
	resume  func()                       // when it is continued
}

// ending are the signals that end the program, the terminal restored.
var ending = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// runWatched runs p until it ends, a signal ends it (a *SignalError), or
// the terminal or the output's reader goes away. A panic in the program
// (Update, View, a command) is Bubble Tea's to catch: it ends p.Run with
// tea.ErrProgramPanic. One in the watching here is raised again in the
// caller's goroutine, once p has ended.
//
// The ending signals stay caught after p ends, then ignored: the caller
// still writes the journal's last record, and a second SIGHUP (a shell
// passes one on after the kernel's) must not kill it half-way.
func runWatched(p *tea.Program, w watch) (tea.Model, error) {
	sigs := make(chan os.Signal, 8)
	signal.Notify(sigs, ending...)
	stopResize := func() {}
	if w.winch != nil {
		stopResize = notifyResize(sigs, w.size)
	}
	cont := make(chan os.Signal, 1)
	if w.suspend != nil && canSuspend {
		signal.Notify(sigs, sigTSTP)
		signal.Notify(cont, sigCONT)
	}
	var stopped syscall.Signal
	var crashed any // a panic of the watcher, carried to the caller
	stop, watched := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(watched)
		defer func() {
			if r := recover(); r != nil {
				crashed = r
				p.Kill()
			}
		}()
		for {
			select {
			case <-stop:
				return
			case <-w.lost:
				stopped = syscall.SIGHUP
				p.Kill()
				return
			case <-w.gone:
				stopped = syscall.SIGPIPE
				p.Kill()
				return
			case s := <-sigs:
				switch s {
				case sigWinch:
					w.winch()
					continue
				case sigTSTP:
					suspend(p, w, cont)
					continue
				}
				stopped = s.(syscall.Signal)
				p.Kill()
				return
			}
		}
	}()
	final, err := p.Run()
	signal.Ignore(ending...) // from now on, until the process exits
	signal.Stop(sigs)
	signal.Stop(cont)
	stopResize()
	close(stop)
	<-watched // stopped and crashed are settled
	if crashed != nil {
		// Raised again where the caller's deferred Close runs: a panic
		// here must not end the program with the terminal left raw.
		panic(crashed)
	}
	if stopped != 0 {
		return final, &SignalError{stopped}
	}
	return final, err
}

// CatchEnding catches the ending signals until release is called: the
// first calls stop (which ends a wait under way) instead of ending the
// program, and release says which it was (0 for none). It is for the work
// done once Run has returned (the journal's last record): a signal cuts
// its wait short, not the program, and the exit code still says it.
// After release the ending signals are ignored again, as after Run,
// until the process exits.
func CatchEnding(stop func()) (release func() syscall.Signal) {
	sigs := make(chan os.Signal, len(ending))
	signal.Notify(sigs, ending...)
	var first syscall.Signal
	quit, done := make(chan struct{}), make(chan struct{})
	take := func(s os.Signal) {
		if first == 0 {
			first = s.(syscall.Signal)
			stop()
		}
	}
	go func() {
		defer close(done)
		for {
			select {
			case s := <-sigs:
				take(s)
			case <-quit:
				return
			}
		}
	}()
	return func() syscall.Signal {
		signal.Ignore(ending...)
		signal.Stop(sigs)
		close(quit)
		<-done
		select {
		case s := <-sigs: // caught before the Ignore, not yet taken
			take(s)
		default:
		}
		return first
	}
}

// suspend stops the process until it is continued: the model hears the
// moment first (its countdown pauses from then), the terminal goes back
// to the shell, and on SIGCONT it is taken again and redrawn.
func suspend(p *tea.Program, w watch, cont chan os.Signal) {
	p.Send(SuspendedMsg{At: time.Now()})
	w.suspend()
	for len(cont) > 0 {
		<-cont
	}
	stopSelf()
	<-cont
	w.resume()
	p.Send(ResumedMsg{})
}
