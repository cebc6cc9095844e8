//go:build linux || darwin

package terminal

import (
	"errors"
	"os"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// openPty opens a pseudo-terminal, and returns its two ends and the mode
// its terminal side starts in.
func openPty(t *testing.T) (ptm, tty *os.File, before unix.Termios) {
	t.Helper()
	ptm, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { ptm.Close(); tty.Close() })
	go func() { // drain what is drawn, so that writes never block
		buf := make([]byte, 4096)
		for {
			if _, err := ptm.Read(buf); err != nil {
				return
			}
		}
	}()
	tio, err := unix.IoctlGetTermios(int(tty.Fd()), ioctlGetTermios)
	if err != nil {
		t.Fatal(err)
	}
	return ptm, tty, *tio
}

// restored checks that the terminal is in the mode it started in.
func restored(t *testing.T, tty *os.File, before unix.Termios) {
	t.Helper()
	now, err := unix.IoctlGetTermios(int(tty.Fd()), ioctlGetTermios)
	if err != nil {
		t.Fatal(err)
	}
	if *now != before {
		t.Errorf("the terminal was left in another mode:\n %+v\nwant\n %+v", *now, before)
	}
}

// panicky panics in Update on the message its when says.
type panicky struct{ when func(tea.Msg) bool }

func (m panicky) Init() tea.Cmd { return nil }
func (m panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.when(msg) {
		panic("a bug")
	}
	return m, nil
}
func (m panicky) View() string { return "hello" }

// runAndClose runs m on the terminal tty as the commands do (Close
// deferred), and returns Run's error or the panic that came out of it.
func runAndClose(tty *os.File, m tea.Model) (crashed any, err error) {
	defer func() { crashed = recover() }()
	term, err := Open(tty, tty, "xterm-256color")
	if err != nil {
		return nil, err
	}
	defer term.Close()
	_, err = Run(m, term, tty, tty)
	return nil, err
}

// A panic in the program, wherever Go lets it be caught, leaves the
// terminal in the mode it was in: in Update (Bubble Tea catches it and
// Run says so), in the first Update, before Bubble Tea runs (it comes out
// of Run, through the caller's deferred Close), and in the watching of
// signals (raised again in Run's goroutine).
func TestAPanicLeavesTheTerminalAsItWas(t *testing.T) {
	t.Run("in Update", func(t *testing.T) {
		ptm, tty, before := openPty(t)
		go func() {
			time.Sleep(100 * time.Millisecond) // the program reads keys
			_, _ = ptm.WriteString("x")
		}()
		crashed, err := runAndClose(tty, panicky{func(msg tea.Msg) bool { _, ok := msg.(tea.KeyMsg); return ok }})
		if !errors.Is(err, tea.ErrProgramPanic) || crashed != nil {
			t.Errorf("Run: %v, panic %v; want ErrProgramPanic", err, crashed)
		}
		restored(t, tty, before)
	})
	t.Run("in the first Update", func(t *testing.T) {
		_, tty, before := openPty(t)
		crashed, _ := runAndClose(tty, panicky{func(msg tea.Msg) bool { _, ok := msg.(tea.WindowSizeMsg); return ok }})
		if crashed != "a bug" {
			t.Errorf("panic %v, want it raised", crashed)
		}
		restored(t, tty, before)
	})
	t.Run("in the watcher", func(t *testing.T) {
		_, tty, before := openPty(t)
		term, err := Open(tty, tty, "xterm-256color")
		if err != nil {
			t.Fatal(err)
		}
		crashed := func() (crashed any) {
			defer func() { crashed = recover() }()
			defer term.Close()
			p := tea.NewProgram(panicky{func(tea.Msg) bool { return false }}, tea.WithoutRenderer(), tea.WithoutSignalHandler(),
				tea.WithInput(term.Input()), tea.WithOutput(tty))
			done := make(chan struct{})
			defer close(done)
			go func() { // until the watcher listens
				for {
					select {
					case <-done:
						return
					case <-time.After(20 * time.Millisecond):
						_ = syscall.Kill(os.Getpid(), syscall.SIGWINCH)
					}
				}
			}()
			_, _ = runWatched(p, watch{lost: term.Lost(), size: func() (int, int, error) { return 80, 24, nil },
				winch: func() { panic("a bug in the watcher") }})
			return nil
		}()
		if crashed != "a bug in the watcher" {
			t.Errorf("panic %v, want it raised in Run's goroutine", crashed)
		}
		restored(t, tty, before)
	})
}
