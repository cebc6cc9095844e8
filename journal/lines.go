package journal

import (
	"bytes"
	"errors"
	"io"
	"os"
	"sort"
)

// chunk is how much backLines reads at a time.
const chunk = 256 << 10

// backLines reads a file's lines backwards, from its end to floor, a
// chunk at a time: the newest lines of years of journal without reading
// the rest. A line may span many chunks; one longer than maxLine is
// reported as too long without being kept whole.
type backLines struct {
	f       *os.File
	chunk   int   // how much to read at a time
	floor   int64 // where reading stops: the file's start, or the read limit
	maxLine int
	pos     int64  // buf holds the bytes from pos on
	buf     []byte // buf[:end] is not returned yet
	end     int
	nls     []int  // where buf[:end] has its line ends, in order
	long    bool   // buf[:end] ends a line too long to keep, whose rest was dropped
	spare   []byte // the buffer before buf, to read into next
}

func newBackLines(f *os.File, size, floor int64, maxLine int) *backLines {
	return &backLines{f: f, chunk: chunk, floor: floor, maxLine: maxLine, pos: size}
}

// prev returns the line before those returned so far (without its line
// end) and the offset it starts at, or io.EOF at the floor. A line too
// long to keep comes back empty with long set. The line is valid until
// the next call.
func (b *backLines) prev() (line []byte, off int64, long bool, err error) {
	for {
		if n := len(b.nls); n > 0 {
			i := b.nls[n-1]
			line, long = b.buf[i+1:b.end], b.long
			b.nls, b.end, b.long = b.nls[:n-1], i, false
			return b.kept(line, long), b.pos + int64(i) + 1, long || len(line) > b.maxLine, nil
		}
		if b.pos <= b.floor { // the first line read: it starts at the floor
			if b.end == 0 && !b.long {
				return nil, b.floor, false, io.EOF
			}
			line, long = b.buf[:b.end], b.long
			b.end, b.long = 0, false
			return b.kept(line, long), b.floor, long || len(line) > b.maxLine, nil
		}
		if err := b.read(); err != nil {
			return nil, 0, false, err
		}
	}
}

// kept is the line as prev returns it: nothing of a line too long.
func (b *backLines) kept(line []byte, long bool) []byte {
	if long || len(line) > b.maxLine {
		return nil
	}
	return line
}

// read reads the chunk before buf, at least as long as what is kept of
// the unfinished line, so that a long line costs a few reads, not one a
// chunk.
func (b *backLines) read() error {
	n := min(int64(max(b.chunk, b.end)), b.pos-b.floor)
	keep := b.end
	if b.long || keep > b.maxLine {
		keep, b.long = 0, true // too long already: drop what was read of it
	}
	buf := b.spare
	if cap(buf) < int(n)+keep {
		// Room for a chunk and a partial line of up to another: the two
		// buffers are reused, read after read.
		buf = make([]byte, int(n)+keep, int(n)+max(keep, b.chunk))
	}
	buf = buf[:int(n)+keep]
	if _, err := b.f.ReadAt(buf[:n], b.pos-n); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	copy(buf[n:], b.buf[:keep])
	b.spare, b.buf, b.end, b.pos = b.buf, buf, int(n)+keep, b.pos-n
	b.nls = b.nls[:0]
	for i := 0; i < int(n); {
		k := bytes.IndexByte(buf[i:n], '\n')
		if k < 0 {
			break
		}
		b.nls = append(b.nls, i+k)
		i += k + 1
	}
	return nil
}

// lineNumbers maps byte offsets of line starts in f to line numbers,
// counting the line ends before each: one pass, only as far as the last.
func lineNumbers(f io.ReaderAt, offsets []int64) (map[int64]int, error) {
	sorted := append([]int64(nil), offsets...)
	sort.Slice(sorted, func(i, k int) bool { return sorted[i] < sorted[k] })
	lines := make(map[int64]int, len(sorted))
	if len(sorted) == 0 {
		return lines, nil
	}
	buf := make([]byte, min(1<<20, max(1, sorted[len(sorted)-1])))
	var off int64
	n := 1
	for _, want := range sorted {
		for off < want {
			k, err := f.ReadAt(buf[:min(int64(len(buf)), want-off)], off)
			n += bytes.Count(buf[:k], []byte{'\n'})
			off += int64(k)
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, err
			}
			if k == 0 {
				break
			}
		}
		lines[want] = n
	}
	return lines, nil
}
