package screen

import (
	"fmt"
	"io"
	"os"
	"os/exec"

	"golang.org/x/sys/unix"

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
	inner   tea.Model
	out     io.Writer
	tty     bool     // out is a terminal: notifications may use it
	last    *cue.Cue // the last cue, shared so that Init can set it
	notices *int
	obs     []Observer
}

func (p plain) Init() tea.Cmd {
	p.emit()
	return p.inner.Init()
}

func (p plain) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	inner, cmd := p.inner.Update(msg)
	p.inner = inner
	p.emit()
	if n, ok := inner.(Notifier); ok && n.Notices() != *p.notices {
		*p.notices = n.Notices()
		if p.tty {
			notify(p.out, n, false)
		} else {
			notifySend(exec.LookPath, n.Notice()) // no escape codes in a log
		}
	}
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
		back := p.last.Kind == cue.Paused || p.last.Kind == cue.Confirm
		if back && cu.Seconds > 0 && cu.Kind != cue.Paused && cu.Key == p.lastStep() {
			line = fmt.Sprintf("resumed, %d seconds left", cu.Seconds)
		}
		_, _ = io.WriteString(p.out, line+"\n")
	}
	for _, o := range p.obs {
		o.Observe(cu)
	}
	*p.last = cu
}

// lastStep is the key of the step a pause or a question interrupted.
func (p plain) lastStep() string { return p.last.Step }

// RunPlain runs m with plain output to out: a line an event. Keys are read
// from in, in raw mode when it is a terminal. SIGINT, SIGTERM and SIGHUP
// end it as in Run.
func RunPlain(m tea.Model, in *os.File, out io.Writer, obs ...Observer) (tea.Model, error) {
	if restore, err := keysMode(in); err == nil {
		defer restore()
	}
	f, ok := out.(*os.File)
	tty := ok && term.IsTerminal(f.Fd())
	wrapped := plain{inner: m, out: out, tty: tty, last: &cue.Cue{}, notices: new(int), obs: obs}
	p := tea.NewProgram(wrapped, tea.WithoutRenderer(), tea.WithoutSignalHandler(), tea.WithInput(in), tea.WithOutput(io.Discard))
	final, err := runWatched(p, nil, nil)
	if w, ok := final.(plain); ok {
		final = w.inner
	}
	return final, err
}

// keysMode lets the program read keys one by one, unechoed, and ctrl+c as
// a key, but leaves output processing on (unlike raw mode), so that lines
// end where they should even when stdout is piped through tee.
func keysMode(in *os.File) (restore func(), err error) {
	fd := int(in.Fd())
	old, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return nil, err
	}
	t := *old
	t.Lflag &^= unix.ICANON | unix.ECHO | unix.ISIG | unix.IEXTEN
	t.Iflag &^= unix.IXON | unix.ICRNL
	t.Cc[unix.VMIN], t.Cc[unix.VTIME] = 1, 0
	if err := unix.IoctlSetTermios(fd, unix.TCSETS, &t); err != nil {
		return nil, err
	}
	return func() { _ = unix.IoctlSetTermios(fd, unix.TCSETS, old) }, nil
}
