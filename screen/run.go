package screen

import (
	"os"
	"os/signal"
	"syscall"

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

// Run runs m on the terminal t until it quits, and returns the final
// model. It sends the window size first and on every SIGWINCH. SIGINT,
// SIGTERM and SIGHUP (the window was closed) end the program at once, and
// Run returns a *SignalError; so does a terminal that went away without a
// SIGHUP (as SIGHUP). The caller closes t, which restores the terminal if
// it is still there.
func Run(m tea.Model, t *Terminal, in, out *os.File) (tea.Model, error) {
	w, h := t.Size()
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	p := tea.NewProgram(drawn{inner: m, t: t}, tea.WithoutRenderer(), tea.WithoutSignalHandler(),
		tea.WithInput(t.Input()), tea.WithOutput(out))

	final, err := runWatched(p, t.Lost(), func() {
		if w, h, err := t.QuerySize(out); err == nil {
			p.Send(tea.WindowSizeMsg{Width: w, Height: h}) // in order
		}
	})
	if d, ok := final.(drawn); ok {
		final = d.inner
	}
	return final, err
}

// runWatched runs p until it ends, a signal ends it (SIGINT, SIGTERM,
// SIGHUP: a *SignalError), or lost is closed (the terminal went away: as
// SIGHUP). winch, when given, is called on every SIGWINCH.
func runWatched(p *tea.Program, lost <-chan struct{}, winch func()) (tea.Model, error) {
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	if winch != nil {
		signal.Notify(sigs, syscall.SIGWINCH)
	}
	var stopped syscall.Signal
	stop, watched := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(watched)
		for {
			select {
			case <-stop:
				return
			case <-lost:
				stopped = syscall.SIGHUP
				p.Kill()
				return
			case s := <-sigs:
				if s == syscall.SIGWINCH {
					winch()
					continue
				}
				stopped = s.(syscall.Signal)
				p.Kill()
				return
			}
		}
	}()
	final, err := p.Run()
	signal.Stop(sigs)
	close(stop)
	<-watched // stopped is settled
	if stopped != 0 {
		return final, &SignalError{stopped}
	}
	return final, err
}
