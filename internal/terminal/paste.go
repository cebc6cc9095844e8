package terminal

import (
	"io"
	"time"
)

// Bracketed paste, as Bubble Tea v1 (v1.3.10) reads it, has two faults
// that only its input can be guarded from. readAnsiInputs (key.go) reads
// 256 bytes at a time; detectBracketedPaste (key_sequences.go) wants the
// whole paste, ESC[200~ to ESC[201~, in one buffer, so each read copies
// what came before onto the next one and searches it all again for the
// end: a paste costs the square of its size (1 MB 0.5 s, 4 MB 6.7 s).
// And a paste whose end never comes (a terminal that dropped it, or bytes
// typed by hand) keeps every later byte, ctrl+c too, waiting for it.
//
// pasteGuard sits between the terminal and Bubble Tea. It passes keys
// through as they come, and collects a paste itself, keeping at most
// maxPaste bytes of it (the rest is read and dropped, at no cost beyond
// reading), and hands it on whole once it has ended. A paste ends at its
// end marker, at a ctrl+c (which is then read as the key it is, so it
// always quits), or when no input came for pasteIdle: a terminal sends a
// paste in one go, so a pause means its end was lost.
type pasteGuard struct {
	in  io.Reader
	now func() time.Time

	buf     []byte // what was read from in
	out     []byte // ready for Bubble Tea
	pasting bool
	kept    []byte    // the paste's text so far, at most maxPaste bytes
	match   int       // bytes of a marker matched so far: the start's outside a paste, the end's inside
	last    time.Time // when the paste last had input
	err     error     // in's error, returned once out is empty
}

const (
	pasteStart = "\x1b[200~"
	pasteEnd   = "\x1b[201~"
	ctrlC      = 0x03
	esc        = 0x1b
	// maxPaste is the most of a paste handed on: no screen of backcoach
	// takes text, and Bubble Tea parses 64 KiB in a few milliseconds.
	maxPaste = 64 << 10
	// pasteIdle is how long a paste may go without input before it is
	// taken to have ended.
	pasteIdle = 500 * time.Millisecond
)

// newPasteGuard guards in; now is the clock pauses are measured by.
func newPasteGuard(in io.Reader, now func() time.Time) *pasteGuard {
	return &pasteGuard{in: in, now: now, buf: make([]byte, 4096)}
}

// Read hands on what is ready, reading from in until something is.
func (g *pasteGuard) Read(p []byte) (int, error) {
	for len(g.out) == 0 {
		if g.err != nil {
			return 0, g.err
		}
		n, err := g.in.Read(g.buf)
		g.feed(g.buf[:n], g.now(), n == len(g.buf))
		if err != nil {
			if g.pasting {
				g.endPaste() // nothing more will come
			}
			g.flushMatch()
			g.err = err
		}
	}
	n := copy(p, g.out)
	g.out = g.out[n:]
	if len(g.out) == 0 {
		g.out = g.out[:0:0] // let a large hand-on go
	}
	return n, nil
}

// feed takes a chunk of input read at. full says the read filled the
// buffer, so more may follow at once: a marker it cuts is waited for.
func (g *pasteGuard) feed(chunk []byte, at time.Time, full bool) {
	if g.pasting && at.Sub(g.last) > pasteIdle {
		g.endPaste() // it ended before this chunk, whose bytes are keys
	}
	for _, b := range chunk {
		if g.pasting {
			g.pasteByte(b)
		} else {
			g.keyByte(b)
		}
	}
	if g.pasting {
		g.last = at
	} else if !full {
		// A short read ends where the terminal's write did: an ESC (or
		// ESC [) at its end is the escape key, not half a marker.
		g.flushMatch()
	}
}

// keyByte takes a byte outside a paste: a key's, or the start marker's.
func (g *pasteGuard) keyByte(b byte) {
	if b == pasteStart[g.match] {
		g.match++
		if g.match == len(pasteStart) {
			g.pasting, g.match, g.kept = true, 0, g.kept[:0]
		}
		return
	}
	g.flushMatch()
	if b == pasteStart[0] {
		g.match = 1
		return
	}
	g.out = append(g.out, b)
}

// pasteByte takes a byte of a paste: its text, the end marker's, or a
// ctrl+c.
func (g *pasteGuard) pasteByte(b byte) {
	switch {
	case b == ctrlC:
		g.endPaste()
		g.out = append(g.out, b)
		return
	case b == pasteEnd[g.match]:
		g.match++
		if g.match == len(pasteEnd) {
			g.match = 0
			g.endPaste()
		}
		return
	}
	g.keep(pasteEnd[:g.match]) // it was text after all
	g.match = 0
	if b == pasteEnd[0] {
		g.match = 1
		return
	}
	if len(g.kept) < maxPaste {
		g.kept = append(g.kept, b)
	}
}

// keep adds text to the paste, up to maxPaste.
func (g *pasteGuard) keep(text string) {
	if room := maxPaste - len(g.kept); room > 0 {
		g.kept = append(g.kept, text[:min(len(text), room)]...)
	}
}

// endPaste hands the paste on, whole and ended.
func (g *pasteGuard) endPaste() {
	g.keep(pasteEnd[:g.match]) // a marker cut short is text
	g.out = append(g.out, pasteStart...)
	g.out = append(g.out, g.kept...)
	g.out = append(g.out, pasteEnd...)
	g.pasting, g.match = false, 0
	if cap(g.kept) > 4096 {
		g.kept = nil // let a large paste's memory go
	} else {
		g.kept = g.kept[:0]
	}
}

// flushMatch hands on the bytes of a start marker matched so far, which
// turned out to be keys.
func (g *pasteGuard) flushMatch() {
	if !g.pasting && g.match > 0 {
		g.out = append(g.out, pasteStart[:g.match]...)
		g.match = 0
	}
}
