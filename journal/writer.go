package journal

import "sync"

// Writer appends a run's snapshots to the journal at path one at a time,
// and never a session's snapshot after a newer one of it (a higher Seq):
// the older is dropped, as the newer holds all it said. The coach writes
// its snapshots from commands, which Bubble Tea runs each on a goroutine
// of its own, so they may arrive out of order; written as they came, a
// reader that takes a session's last line would see a finished session
// as running. The record written when the program ends goes through the
// same Writer, so it stays last even if a command is still writing.
type Writer struct {
	path    string
	mu      sync.Mutex
	written map[string]int // the Seq last written, by session
}

// NewWriter writes to the journal at path.
func NewWriter(path string) *Writer {
	return &Writer{path: path, written: map[string]int{}}
}

// Append writes s as Append does, unless a snapshot of its session as new
// or newer was written already.
func (w *Writer) Append(s Session) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if last, ok := w.written[s.ID]; ok && s.Seq <= last {
		return nil
	}
	if err := Append(w.path, s); err != nil {
		return err
	}
	w.written[s.ID] = s.Seq
	return nil
}
