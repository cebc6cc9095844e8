package journal

import (
	"errors"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/backcoach/backcoach/internal/fsx"
)

// Writer appends a run's snapshots to the journal at path one at a time,
// and never a session's snapshot after a newer one of it (a higher Seq):
// the older is dropped, as the newer holds all it said. The coach writes
// its snapshots from commands, which Bubble Tea runs each on a goroutine
// of its own, so they may arrive out of order; written as they came, a
// reader that takes a session's last line would see a finished session
// as running. The record written when the program ends goes through the
// same Writer, so it stays last even if a command is still writing.
//
// A write waits at most Patience for the journal's lock, and not at all
// once Stop was called. What it could not write is kept aside (see
// kept.go), and written with the next snapshot that can be: a stuck
// lock costs the run one wait, and no record.
type Writer struct {
	path     string
	kept     string // the file snapshots are kept aside in
	patience time.Duration
	stop     chan struct{}
	stopOnce sync.Once

	mu      sync.Mutex
	written map[string]int     // the Seq last written, by session
	aside   map[string]Session // the newest snapshot kept aside, by session
	stuck   bool               // the last wait ran out: the next tries once
	keeping bool               // a file kept aside may be there
}

// NewWriter writes to the journal at path.
func NewWriter(path string) *Writer {
	return &Writer{path: path, kept: keptPath(path, os.Getpid()), patience: Patience, stop: make(chan struct{}),
		written: map[string]int{}, aside: map[string]Session{}}
}

// Stop ends a wait for the lock under way, and makes every later write
// try the lock once without waiting: a signal asked the program to end.
func (w *Writer) Stop() { w.stopOnce.Do(func() { close(w.stop) }) }

// Append writes s as Append does, unless a snapshot of its session as new
// or newer was written (or kept aside) already. When the journal cannot
// be written, s is kept aside and the error is a *KeptError.
func (w *Writer) Append(s Session) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if last, ok := w.written[s.ID]; ok && s.Seq <= last {
		return nil
	}
	if a, ok := w.aside[s.ID]; ok && s.Seq <= a.Seq {
		return nil
	}
	w.aside[s.ID] = s
	all := make([]Session, 0, len(w.aside))
	for _, a := range w.aside {
		all = append(all, a)
	}
	slices.SortFunc(all, func(a, b Session) int { return strings.Compare(a.ID, b.ID) })
	patience := w.patience
	if w.stuck {
		patience = 0
	}
	err := appendWithin(w.path, patience, w.stop, all...)
	w.stuck = errors.Is(err, fsx.ErrLocked)
	if err == nil {
		for _, a := range all {
			w.written[a.ID] = a.Seq
		}
		if w.keeping {
			_ = os.Remove(w.kept) // all it held is in the journal now
			w.keeping = false
		}
		clear(w.aside)
		return nil
	}
	if kerr := keepAside(w.kept, all); kerr != nil {
		return errors.Join(err, kerr)
	}
	w.keeping = true
	return &KeptError{Path: w.kept, Err: err}
}
