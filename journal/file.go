package journal

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/internal/text/words"
)

// Limits on what is read of the journal. A session leaves about two
// kilobytes (its snapshots): 1 GiB is centuries of daily use.
const (
	// MaxRead is how much of the journal is read. Past it only its newest
	// MaxRead bytes are, from the start of a line, with a warning that the
	// older sessions were left out; nothing is removed from the file.
	MaxRead = 1 << 30
	// MaxFile is the largest journal read at all: a larger one is refused,
	// as no use of backcoach makes it, and counting its lines to name them
	// in warnings would take long.
	MaxFile = 4 << 30
	// MaxLine is the longest line read as a snapshot: a longer one is
	// damaged, skipped with a warning.
	MaxLine = 16 << 20
)

// readJournal reads the journal at path: all of it, or, past limit bytes,
// its newest limit bytes from the start of a line, with a warning. first
// is the number of the first line read, so that warnings name the lines
// of the whole file. A missing file is an empty journal.
func readJournal(path string, limit int64) (data []byte, first int, warns []Warning, err error) {
	f, fi, err := openJournal(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 1, nil, nil
	}
	if err != nil {
		return nil, 0, nil, err
	}
	defer f.Close()
	size := fi.Size()
	off := max(0, size-limit)
	data = make([]byte, size-off)
	n, err := f.ReadAt(data, off) // the size read is the size the stat saw: appends after it wait
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, 0, nil, err
	}
	data, first = data[:n], 1
	if off == 0 {
		return data, first, nil, nil
	}
	before, err := countLines(f, off)
	if err != nil {
		return nil, 0, nil, err
	}
	first = before + 1
	var prev [1]byte
	if _, err := f.ReadAt(prev[:], off-1); err != nil {
		return nil, 0, nil, err
	}
	if prev[0] != '\n' { // the limit cuts a line: start at the next
		i := bytes.IndexByte(data, '\n')
		data = data[i+1:] // i = -1 leaves nothing
		first++
	}
	w := Warning{path, 0, fmt.Sprintf("the journal is %s: read only its newest %s, from line %d; the sessions before it are left out",
		words.Size(size), words.Size(limit), first)}
	return data, first, []Warning{w}, nil
}

// openJournal opens the journal for reading if it is a regular file of
// at most MaxFile bytes.
func openJournal(path string) (*os.File, fs.FileInfo, error) {
	f, fi, err := fsx.Open(path)
	if err == nil && fi.Size() > MaxFile {
		f.Close()
		return nil, nil, fmt.Errorf("%s: %s, more than the %s backcoach reads: move it aside, and a new journal starts",
			path, words.Size(fi.Size()), words.Size(MaxFile))
	}
	return f, fi, err
}

// countLines counts the line ends in the first n bytes of f.
func countLines(f *os.File, n int64) (int, error) {
	buf := make([]byte, 1<<20)
	lines := 0
	for off := int64(0); off < n; {
		k, err := f.ReadAt(buf[:min(int64(len(buf)), n-off)], off)
		lines += bytes.Count(buf[:k], []byte{'\n'})
		off += int64(k)
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return 0, err
		}
	}
	return lines, nil
}
