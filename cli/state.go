package cli

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/backcoach/backcoach/journal"
)

// remindState is what `remind` leaves for `status`.
type remindState struct {
	PID     int       `json:"pid"`
	State   string    `json:"state"` // waiting, due, break
	Next    time.Time `json:"next"`
	Routine string    `json:"routine"`
}

// writeState replaces the state file whole (write, then rename), so
// `status` never reads half of it.
func writeState(path string, st remindState) error {
	data, err := json.Marshal(st)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	// A file of its own, made anew (O_EXCL): whatever was left at tmp, a
	// named pipe even, is removed, never opened.
	tmp := path + "." + strconv.Itoa(st.PID)
	_ = os.Remove(tmp)
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// maxState is the most remind's state file may hold: it holds about 100
// bytes, and a state file that is a device or a huge file is no state.
const maxState = 64 << 10

// readState reads the state remind left, or nil when there is none. Only
// a regular file of at most maxState bytes is read: never a named pipe,
// which would hang a status bar, nor /dev/zero.
func readState(path string) (*remindState, error) {
	data, err := journal.ReadRegular(path, maxState)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var st remindState
	if json.Unmarshal(data, &st) != nil {
		return nil, nil // not one of remind's: remind writes it whole, then renames it
	}
	return &st, nil
}

// stateOwner is a remind's hold on the state file: a lock (flock) on a
// file next to it, remind.json.lock, held while remind runs. Only the
// holder writes or removes the state, and status believes the state only
// while someone holds the lock: a state file left by a remind that died,
// or the state of another remind, is never taken for this one's, and a
// pid that now names another process means nothing.
type stateOwner struct {
	path string
	mu   sync.Mutex // writes come from the program's commands
	lock *os.File   // held, or nil
	done bool       // released: remind is ending
}

// errStateHeld says another remind holds the state file.
var errStateHeld = errors.New("another remind holds the state file")

// ownState takes the state file at path, unless another remind holds it.
func ownState(path string) *stateOwner {
	o := &stateOwner{path: path}
	_ = o.take()
	return o
}

// take takes the lock if it is free, without waiting for another remind;
// status only glances at the lock, so a few quick tries get past that.
func (o *stateOwner) take() error {
	if o.lock != nil {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(o.path), 0o700); err != nil {
		return err
	}
	lockPath := o.path + ".lock"
	if f, err := os.OpenFile(lockPath, os.O_WRONLY|os.O_CREATE|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0o600); err == nil {
		f.Close()
	}
	f, _, err := journal.OpenRegular(lockPath) // a lock may be taken on a file open for reading
	if err != nil {
		return err
	}
	for try := 0; ; try++ {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			o.lock = f
			return nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) || try == 20 {
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				err = errStateHeld
			}
			return err
		}
		time.Sleep(time.Millisecond)
	}
}

// write records st if this remind holds the state file, taking it once
// the remind that held it has quit. One that does not hold it records
// nothing, and that is no error: status reports the other.
func (o *stateOwner) write(st remindState) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.done {
		return nil
	}
	if err := o.take(); err != nil {
		if errors.Is(err, errStateHeld) {
			return nil
		}
		return err
	}
	return writeState(o.path, st)
}

// release removes the state file and lets go of the lock, if this remind
// holds it. The lock file stays: another remind may have it open already,
// and a new file would be a second lock.
func (o *stateOwner) release() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.done = true
	if o.lock == nil {
		return
	}
	_ = os.Remove(o.path)
	_ = o.lock.Close() // closing lets go of the lock
	o.lock = nil
}

// stateHeld reports whether a remind holds the state file at path. It
// never waits: it tries for a shared lock, and lets go at once.
func stateHeld(path string) bool {
	f, _, err := journal.OpenRegular(path + ".lock")
	if err != nil {
		return false
	}
	defer f.Close()
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB)
	if err == nil {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		return false
	}
	return errors.Is(err, syscall.EWOULDBLOCK)
}
