// Package child runs the outputs' helper programs (a sound player, a
// speech program) one at a time, each in a process group of its own, and
// never waits for one to end: starting the next stops the one before, and
// Stop stops the last when the program ends. A player that never exits
// (a stuck sound server) would otherwise pile up a process a cue, and
// outlive backcoach; killing the group ends what it started too (a
// wrapper script's own child).
package child

import (
	"errors"
	"os/exec"
	"sync"
	"time"
)

// ErrStopped is returned by Start after Stop.
var ErrStopped = errors.New("the program's outputs are stopped")

// One runs one program at a time. The zero One is ready to use.
type One struct {
	mu      sync.Mutex
	cur     *exec.Cmd
	ended   chan struct{} // closed when cur has ended (and was reaped)
	stopped bool
}

// Start stops the program started before, if it still runs, and starts
// cmd; it does not wait for cmd to end.
func (o *One) Start(cmd *exec.Cmd) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.stopped {
		return ErrStopped
	}
	o.kill()
	ownGroup(cmd)
	if err := cmd.Start(); err != nil {
		return err
	}
	ended := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(ended)
	}()
	o.cur, o.ended = cmd, ended
	return nil
}

// Wait waits up to limit for the program started last to end by itself,
// and kills its group if it has not: for playing one sound after another
// (backcoach sounds), where a stuck player must not hang the command.
// It reports whether the program ended in time.
func (o *One) Wait(limit time.Duration) bool {
	o.mu.Lock()
	ended := o.ended
	o.mu.Unlock()
	if ended == nil {
		return true
	}
	t := time.NewTimer(limit)
	defer t.Stop()
	select {
	case <-ended:
		return true
	case <-t.C:
		o.mu.Lock()
		if o.ended == ended {
			o.kill()
		}
		o.mu.Unlock()
		return false
	}
}

// Stop gives the program started last up to grace to end by itself (the
// last cue, heard to its end), then kills its group, and refuses every
// later Start.
func (o *One) Stop(grace time.Duration) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.stopped = true
	if o.cur == nil {
		return
	}
	if grace > 0 {
		t := time.NewTimer(grace)
		select {
		case <-o.ended:
		case <-t.C:
		}
		t.Stop()
	}
	o.kill()
}

// kill ends the current program's process group, and forgets it. While
// anything of the group runs, its id is no other's; once all of it has
// ended the kill finds nobody (the id is given again only when the pids
// wrap around).
func (o *One) kill() {
	if o.cur == nil {
		return
	}
	killGroup(o.cur)
	o.cur, o.ended = nil, nil
}
