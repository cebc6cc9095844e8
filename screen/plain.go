package screen

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/term"

	"github.com/backcoach/backcoach/cue"
)

// Cuer is a model that says in words what it is doing.
type Cuer interface{ Cue() cue.Cue }

// Observer hears every cue, after each update (spoken cues).
type Observer interface{ Observe(cue.Cue) }

// plain wraps the program's model for --plain: no screen, no redrawing,
// one line for each event, with the same keys and the same timing.
type plain struct {
	inner tea.Model
	out   io.Writer
	eol   string
	last  *cue.Cue // the last cue, shared so that Init can set it
	obs   []Observer
}

func (p plain) Init() tea.Cmd {
	p.emit()
	return p.inner.Init()
}

func (p plain) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	inner, cmd := p.inner.Update(msg)
	p.inner = inner
	p.emit()
	return p, cmd
}

func (p plain) View() string { return "" }

// emit writes the cue's line when its key is new and tells the observers.
func (p plain) emit() {
	c, ok := p.inner.(Cuer)
	if !ok {
		return
	}
	cu := c.Cue()
	if cu.Key != p.last.Key && cu.Line != "" {
		line := cu.Line
		if p.last.Kind == cue.Paused && cu.Seconds > 0 && cu.Kind != cue.Paused {
			line = fmt.Sprintf("resumed, %d seconds left", cu.Seconds)
		}
		_, _ = io.WriteString(p.out, line+p.eol)
	}
	for _, o := range p.obs {
		o.Observe(cu)
	}
	*p.last = cu
}

// RunPlain runs m with plain output to out: a line an event. Keys are read
// from in, in raw mode when it is a terminal. SIGINT, SIGTERM and SIGHUP
// end it as in Run.
func RunPlain(m tea.Model, in *os.File, out io.Writer, obs ...Observer) (tea.Model, error) {
	eol := "\n"
	if raw, err := term.MakeRaw(in.Fd()); err == nil {
		defer term.Restore(in.Fd(), raw)
		if f, ok := out.(*os.File); ok && term.IsTerminal(f.Fd()) {
			eol = "\r\n" // raw mode turns off the terminal's own newline mapping
		}
	}
	wrapped := plain{inner: m, out: out, eol: eol, last: &cue.Cue{}, obs: obs}
	p := tea.NewProgram(wrapped, tea.WithoutRenderer(), tea.WithoutSignalHandler(), tea.WithInput(in), tea.WithOutput(io.Discard))
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	var stopped syscall.Signal
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigs:
			stopped = s.(syscall.Signal)
			p.Kill()
		case <-done:
		}
	}()
	final, err := p.Run()
	close(done)
	if w, ok := final.(plain); ok {
		final = w.inner
	}
	if stopped != 0 {
		return final, &SignalError{stopped}
	}
	return final, err
}
