// Package terminal owns the terminal while the coach runs: raw mode, the
// alternate screen, the window size, and drawing each view when, and only
// when, it changes.
//
// Bubble Tea v1's own renderer wakes 60 times a second (or at WithFPS) to
// look for a new frame, which costs about 1% of a core while a countdown
// sits still, and it redraws whole lines. Here the program runs without
// that renderer: every update's view is drawn at once, and only the runs
// of cells that changed are written (render.go). A countdown then costs
// one small write a second and nothing in between, and a key press shows
// as soon as it is handled. (charmbracelet/x/cellbuf did this before; it
// costs about 180 µs and 800 allocations a frame of big digits, this
// renderer about a tenth of that.)
package terminal

import (
	"errors"
	"io"
	"os"
	"sync"
	"time"

	"github.com/charmbracelet/x/term"
)

// Terminal draws views to a terminal. It is safe for concurrent use: views
// and the bell are written from the program's event loop, while Close can
// come from the caller after a signal.
type Terminal struct {
	lostOnce sync.Once
	lost     chan struct{} // closed when the terminal has gone away

	mu        sync.Mutex
	in        *os.File
	out       io.Writer
	raw       *term.State
	r         renderer
	last      string
	started   bool // the alternate screen is on
	suspended bool // the shell has the terminal (ctrl+z)
	closed    bool
}

// Open puts in into raw mode and prepares to draw on out in the alternate
// screen. termName is $TERM. Nothing is written until the first Draw.
func Open(in *os.File, out *os.File, termName string) (*Terminal, error) {
	raw, err := term.MakeRaw(in.Fd())
	if err != nil {
		return nil, err
	}
	w, h, err := term.GetSize(out.Fd())
	if err != nil || w <= 0 || h <= 0 {
		w, h = 80, 24 // a terminal that does not say (or says 0x0)
	}
	return newTerminal(in, raw, out, termName, w, h), nil
}

// The largest window drawn: wider and taller than any real screen at a
// font that can be read (a 8K screen at 6-pixel cells is 1280 by 360).
// A larger window is drawn in its top left corner, at this size: a frame
// drawn whole costs memory and time by its cells (4000x3000 took 3.3 s
// and 600 MB, and 65535x65535 ran out of memory).
const (
	MaxWidth  = 1000
	MaxHeight = 500
)

// bounded is a window's size as it is drawn: at most MaxWidth by
// MaxHeight.
func bounded(w, h int) (int, int) { return min(w, MaxWidth), min(h, MaxHeight) }

// newTerminal builds a Terminal on any writer; tests use a buffer.
func newTerminal(in *os.File, raw *term.State, out io.Writer, termName string, w, h int) *Terminal {
	t := &Terminal{in: in, raw: raw, out: out, lost: make(chan struct{})}
	t.r.resize(bounded(w, h))
	return t
}

// Lost is closed when the terminal has gone away: a write failed, or the
// input ended (in raw mode only a hang-up ends it).
func (t *Terminal) Lost() <-chan struct{} { return t.lost }

// markLost records that the terminal is gone; nothing more is written.
// Called with t.mu held, or from the input reader.
func (t *Terminal) markLost() {
	t.lostOnce.Do(func() { close(t.lost) })
}

func (t *Terminal) gone() bool {
	select {
	case <-t.lost:
		return true
	default:
		return false
	}
}

// Input is the terminal's input for the program; its end marks the
// terminal lost, since Bubble Tea would otherwise wait on a dead terminal.
// Pastes are guarded (see pasteGuard): one that never ends swallows no
// keys, and a large one costs no more than its reading. Bubble Tea takes
// no terminal's mode from it, as it is no file: raw mode is Open's.
func (t *Terminal) Input() io.Reader { return newPasteGuard(inputReader{t}, time.Now) }

type inputReader struct{ t *Terminal }

func (r inputReader) Read(p []byte) (int, error) {
	n, err := r.t.in.Read(p)
	if err != nil {
		r.t.markLost()
	}
	return n, err
}

// Size is the window's size as last known.
func (t *Terminal) Size() (w, h int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.r.w, t.r.h
}

// QuerySize reads the window's size from the terminal, bounded; a size
// of 0x0 (a terminal that does not know) is an error, and the last size
// stays.
func (t *Terminal) QuerySize(out *os.File) (w, h int, err error) {
	w, h, err = term.GetSize(out.Fd())
	if err == nil && (w <= 0 || h <= 0) {
		err = errNoSize
	}
	w, h = bounded(w, h)
	return w, h, err
}

var errNoSize = errors.New("the terminal reports no size")

// Draw shows view, writing only the cells that differ from what is on the
// screen. A view equal to the last one writes nothing. The first frame
// enters the alternate screen and hides the cursor.
func (t *Terminal) Draw(view string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed || t.suspended || t.gone() || view == t.last {
		return nil
	}
	t.r.out.Reset()
	if !t.started {
		// The alternate screen, no cursor, and pasted text marked as a
		// paste (bracketed paste), so that it never acts as keys.
		t.r.out.WriteString(enter)
		t.started = true
	}
	t.r.frame(view)
	t.last = view
	if _, err := t.out.Write(t.r.out.Bytes()); err != nil {
		t.markLost()
		return err
	}
	return nil
}

// Resize takes a new window size (bounded); the next Draw repaints the
// whole screen.
func (t *Terminal) Resize(w, h int) {
	w, h = bounded(w, h)
	t.mu.Lock()
	defer t.mu.Unlock()
	if w == t.r.w && h == t.r.h {
		return
	}
	t.r.resize(w, h)
	t.last = "" // repaint even when the view did not change
}

// Write writes p (the bell) to the terminal between two frames.
func (t *Terminal) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed || t.gone() {
		return len(p), nil
	}
	n, err := t.out.Write(p)
	if err != nil {
		t.markLost()
	}
	return n, err
}

// Close leaves the alternate screen, shows the cursor and restores the
// terminal's mode. It is safe to call more than once.
func (t *Terminal) Close() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return nil
	}
	t.closed = true
	if t.gone() {
		// Nobody to restore for; writing would only fail again.
		t.restoreMode()
		return nil
	}
	var err error
	if t.started && !t.suspended {
		_, err = io.WriteString(t.out, leave)
	}
	if rerr := t.restoreMode(); err == nil {
		err = rerr
	}
	return err
}

// What the first frame writes, and what leaving writes: plain style, the
// alternate screen cleared, no bracketed paste, the cursor back, the
// shell's screen back. The clearing matters after a resize: tmux (3.3a)
// reflows the alternate screen to the size it was entered at, keeping
// the rows that no longer fit, and brings them back above the shell's
// lines at the new size; cleared, it has none to bring back.
const (
	enter = "\x1b[?1049h\x1b[?25l\x1b[?2004h"
	leave = "\x1b[0m\x1b[H\x1b[2J\x1b[?2004l\x1b[?25h\x1b[?1049l"
)

// Suspend gives the terminal back to the shell (ctrl+z): the main screen,
// the cursor, cooked mode. Nothing is drawn until Resume.
func (t *Terminal) Suspend() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed || t.suspended || t.gone() {
		return
	}
	if t.started {
		_, _ = io.WriteString(t.out, leave)
	}
	_ = t.restoreMode()
	t.suspended = true
}

// Resume takes the terminal again after a Suspend: raw mode, and the next
// Draw enters the alternate screen and repaints everything.
func (t *Terminal) Resume() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed || !t.suspended {
		return
	}
	if t.in != nil && t.raw != nil {
		_, _ = term.MakeRaw(t.in.Fd())
	}
	t.suspended, t.started, t.last = false, false, ""
	t.r.resize(t.r.w, t.r.h)
}

// restoreMode takes the input out of raw mode, and drops input not yet
// read (the rest of a paste), which would otherwise go to the shell.
func (t *Terminal) restoreMode() error {
	if t.raw == nil || t.in == nil {
		return nil
	}
	_ = flushInput(t.in.Fd())
	return term.Restore(t.in.Fd(), t.raw)
}
