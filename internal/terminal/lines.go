package terminal

import (
	"errors"
	"io"
	"os"
	"unicode/utf8"
)

// lineKeys reads keys from a pipe or a file, for --plain when stdin is no
// terminal (a screen reader's or a script's input): each line is the keys
// it holds, an empty line is enter, and a line's own end is no key ("3"
// and its newline rate 3, and do not also skip the step that follows); a
// carriage return is enter, as a terminal sends it, and a "\n" after it
// is no key more. Each Read gives one key and reads no further than it:
// Bubble Tea makes one message of runes read together ("qy" is no key),
// and waits on the pipe itself, so bytes kept here would wait for the
// next line. At the end of the input nothing more can be answered: it
// reads as ctrl+c, so the program ends as ctrl+c ends it, with its record
// written.
type lineKeys struct {
	in   io.Reader
	mid  bool // within a line that has keys
	cr   bool // a carriage return was the last byte: a "\n" after it is its line's end
	eof  bool // the end was read: ctrl+c is to say
	done bool // ctrl+c was said
}

func (l *lineKeys) Read(p []byte) (int, error) {
	switch {
	case l.done:
		return 0, io.EOF
	case l.eof && len(p) > 0:
		l.done = true
		p[0] = ctrlC
		return 1, nil
	case len(p) < utf8.UTFMax:
		return 0, io.ErrShortBuffer
	}
	b, err := l.byte()
	if err != nil {
		return 0, l.end(err)
	}
	cr := l.cr
	l.cr = b == '\r'
	switch {
	case b == '\n' && (l.mid || cr):
		l.mid = false // the end of a line of keys, or of a line ended by enter
		return 0, nil
	case b == '\n' || b == '\r':
		l.mid = false
		p[0] = '\r' // an empty line, or a carriage return: enter
		return 1, nil
	}
	l.mid = true
	p[0] = b
	n := 1
	for want := l.more(b); n < want && n < len(p); n++ {
		if p[n], err = l.byte(); err != nil {
			return n, l.end(err)
		}
		if p[n] == '\n' || p[n] == '\r' { // an escape alone ends its line
			l.mid, l.cr = false, p[n] == '\r'
			return n, nil
		}
		if b == esc && n >= 2 && p[n] >= 0x40 && p[n] <= 0x7e {
			return n + 1, nil // the final byte of an escape sequence
		}
		if b == esc && n == 1 && p[1] != '[' && p[1] != 'O' {
			return 2, nil // alt and a key
		}
	}
	return n, nil
}

// more is how many bytes at most the key that begins with b takes: the
// rest of a rune, or of an escape sequence (an arrow is "\x1b[C").
func (l *lineKeys) more(b byte) int {
	switch {
	case b == esc:
		return 16
	case b >= 0xf0:
		return 4
	case b >= 0xe0:
		return 3
	case b >= 0xc0:
		return 2
	}
	return 1
}

func (l *lineKeys) byte() (byte, error) {
	var one [1]byte
	for {
		n, err := l.in.Read(one[:])
		if n == 1 {
			return one[0], nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// end is the error to return for err: none at the end of the input (ctrl+c
// comes next).
func (l *lineKeys) end(err error) error {
	if errors.Is(err, io.EOF) {
		l.eof = true
		return nil
	}
	return err
}

// pollable are the readers Bubble Tea can wait on and cancel (a pipe, a
// socket): the reader is then seen as the file it reads, so that ending
// the program does not wait for a line that may never come.
type pollable struct {
	*lineKeys
	f *os.File
}

func (p pollable) Write(b []byte) (int, error) { return p.f.Write(b) }
func (p pollable) Close() error                { return p.f.Close() }
func (p pollable) Fd() uintptr                 { return p.f.Fd() }
func (p pollable) Name() string                { return p.f.Name() }

// linesFrom reads keys from in, a pipe or a file, line by line.
func linesFrom(in *os.File) io.Reader {
	l := &lineKeys{in: in}
	if fi, err := in.Stat(); err == nil && fi.Mode()&(os.ModeNamedPipe|os.ModeSocket) != 0 {
		return pollable{l, in}
	}
	return l
}
