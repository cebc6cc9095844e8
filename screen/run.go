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
	return drawn{inner, d.t}, cmd
}

// View is empty: Bubble Tea's renderer is off, drawing happens in Update.
func (d drawn) View() string { return "" }

// Run runs m on the terminal t until it quits, and returns the final
// model. It sends the window size first and on every SIGWINCH, and quits
// when the terminal hangs up (SIGHUP); SIGINT and SIGTERM are Bubble Tea's.
// The caller closes t.
func Run(m tea.Model, t *Terminal, in, out *os.File) (tea.Model, error) {
	w, h := t.Size()
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	p := tea.NewProgram(drawn{m, t}, tea.WithoutRenderer(), tea.WithInput(in), tea.WithOutput(out))

	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGWINCH, syscall.SIGHUP)
	stop := make(chan struct{})
	defer func() {
		signal.Stop(sigs)
		close(stop)
	}()
	go func() {
		for {
			select {
			case <-stop:
				return
			case s := <-sigs:
				if s == syscall.SIGHUP {
					p.Quit()
					continue
				}
				if w, h, err := t.QuerySize(out); err == nil {
					p.Send(tea.WindowSizeMsg{Width: w, Height: h})
				}
			}
		}
	}()

	final, err := p.Run()
	if d, ok := final.(drawn); ok {
		final = d.inner
	}
	return final, err
}
