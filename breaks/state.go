package breaks

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/backcoach/backcoach/internal/fsx"
)

// State is what a running reminder leaves for `status`: whether a break
// is waiting, due or on, and when the next one is.
type State struct {
	PID     int       `json:"pid"`
	State   string    `json:"state"` // waiting, due, break
	Next    time.Time `json:"next"`
	Routine string    `json:"routine"`
}

// maxState is the most a state file may hold: it holds about 100 bytes,
// and a state file that is a device or a huge file is no state.
const maxState = 64 << 10

// WriteState replaces the state file at path whole (fsx.WriteFile: a new
// file of its own, then renamed over), so that ReadState never reads half
// of it, and nothing put in the folder is written through.
func WriteState(path string, st State) error {
	data, err := json.Marshal(st)
	if err != nil {
		return err
	}
	if err := fsx.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	return fsx.WriteFile(path, data, 0o600)
}

// ReadState reads the state a reminder left at path, or nil when there is
// none. Only a regular file of at most maxState bytes is read: never a
// named pipe, which would hang a status bar, nor /dev/zero. It does not
// say whether a reminder still runs: StateHeld does.
func ReadState(path string) (*State, error) {
	data, err := fsx.ReadFile(path, maxState)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var st State
	if json.Unmarshal(data, &st) != nil {
		return nil, nil // not a reminder's: WriteState writes it whole, then renames it
	}
	return &st, nil
}

// Owner is a reminder's hold on the state file: a lock on a file next to
// it (path + ".lock"), held while the reminder runs. Only the holder
// writes or removes the state, and StateHeld believes the state only
// while someone holds the lock: a state file left by a reminder that
// died, or the state of another reminder, is never taken for this one's,
// and a pid that now names another process means nothing.
//
// The lock is on the file at path.lock when it was taken: one removed
// (rm remind.json.lock) or replaced since is no lock, for another
// reminder may have made a new one and taken it. The holder looks before
// each write and before removing the state, and stops for good when it
// finds its lock gone.
type Owner struct {
	path string
	mu   sync.Mutex // writes come from the program's commands
	lock *os.File   // held, or nil
	done bool       // released, or the lock lost: nothing more is written
	lost error      // the lock was found removed or replaced, or nil
}

// LockLostError says the lock file a reminder held was removed or
// replaced: another reminder may run, and this one stops.
type LockLostError struct {
	Path string // the lock file
	How  string // "removed", or "removed or replaced" when another file is there
}

func (e *LockLostError) Error() string {
	return e.Path + " was " + e.How + "; another remind may run: this one stops"
}

// ErrStateHeld says another reminder holds the state file.
var ErrStateHeld = errors.New("another remind holds the state file")

// OwnState takes the state file at path, unless another reminder holds
// it; Write tries again later.
func OwnState(path string) *Owner {
	o := &Owner{path: path}
	_ = o.take()
	return o
}

// RunningError says another reminder is running; PID is its process id
// from its state, 0 when it has written none yet.
type RunningError struct{ PID int }

func (e *RunningError) Error() string {
	if e.PID > 0 {
		return fmt.Sprintf("remind is running already (pid %d); one reminder is enough: quit that one first", e.PID)
	}
	return "remind is running already; one reminder is enough: quit that one first"
}

// Claim takes the state file at path for the one reminder of this user,
// or says which reminder has it (a *RunningError), touching nothing of
// its state. A lock left by a process that died is free: the system lets
// go of a dead process's locks.
func Claim(path string) (*Owner, error) {
	o := &Owner{path: path}
	err := o.take()
	if errors.Is(err, ErrStateHeld) {
		running := &RunningError{}
		if st, _ := ReadState(path); st != nil {
			running.PID = st.PID
		}
		return nil, running
	}
	if err != nil {
		return nil, err
	}
	removeStale(path)
	return o, nil
}

// take takes the lock if it is free, without waiting for another
// reminder; StateHeld only glances at the lock, so a few quick tries get
// past that.
func (o *Owner) take() error {
	if o.lock != nil {
		return nil
	}
	if err := fsx.MkdirAll(filepath.Dir(o.path), 0o700); err != nil {
		return err
	}
	// Made if missing; a lock may be taken on a file open for reading.
	f, _, err := fsx.OpenFile(o.path+".lock", os.O_RDONLY|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	for try := 0; ; try++ {
		err := fsx.TryLock(f)
		if err == nil {
			o.lock = f
			return nil
		}
		if !errors.Is(err, fsx.ErrLocked) || try == 20 {
			f.Close()
			if errors.Is(err, fsx.ErrLocked) {
				err = ErrStateHeld
			}
			return err
		}
		time.Sleep(time.Millisecond)
	}
}

// Write records st if this reminder holds the state file, taking it once
// the reminder that held it has quit. One that does not hold it records
// nothing, and that is no error: status reports the other. A lock found
// removed or replaced is said once (a *LockLostError); from then on
// nothing is written.
func (o *Owner) Write(st State) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.done {
		return nil
	}
	if err := o.take(); err != nil {
		if errors.Is(err, ErrStateHeld) {
			return nil
		}
		return err
	}
	if err := o.check(); err != nil {
		var lost *LockLostError
		if errors.As(err, &lost) {
			o.lost, o.done = err, true
			o.letGo()
		}
		return err
	}
	return WriteState(o.path, st)
}

// Lost is the loss of the lock once Write has found it (a
// *LockLostError), or nil.
func (o *Owner) Lost() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.lost
}

// check says whether the lock held is still the file at path.lock. What
// a process does between this look and the write that follows is not
// covered: the look makes a second reminder stop at its next write.
func (o *Owner) check() error {
	held, err := o.lock.Stat()
	if err != nil {
		return err
	}
	lockPath := o.path + ".lock"
	onDisk, err := os.Lstat(lockPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &LockLostError{lockPath, "removed"}
	case err != nil:
		return err
	case !os.SameFile(held, onDisk):
		return &LockLostError{lockPath, "removed or replaced"}
	}
	return nil
}

// Release removes the state file and lets go of the lock, if this
// reminder holds it and its lock is still the lock file; later writes
// record nothing. The lock file stays: another reminder may have it open
// already, and a new file would be a second lock.
func (o *Owner) Release() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.done = true
	if o.lock == nil {
		return
	}
	if o.check() == nil {
		_ = os.Remove(o.path)
	}
	o.letGo()
}

// letGo lets go of the lock held.
func (o *Owner) letGo() {
	_ = fsx.Unlock(o.lock) // closing lets go too, but Windows may take its time
	_ = o.lock.Close()
	o.lock = nil
}

// StateHeld reports whether a reminder holds the state file at path. It
// never waits: it tries for a shared lock, and lets go at once.
func StateHeld(path string) bool {
	f, _, err := fsx.Open(path + ".lock")
	if err != nil {
		return false
	}
	defer f.Close()
	err = fsx.TryShared(f)
	if err == nil {
		_ = fsx.Unlock(f)
		return false
	}
	return errors.Is(err, fsx.ErrLocked)
}
