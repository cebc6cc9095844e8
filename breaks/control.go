package breaks

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"
)

// Another terminal (a tmux key) asks the running reminder to do what
// its keys do, through a socket next to its state file: path.sock, made
// by the holder of the lock alone, for this user alone (0600, in the
// state's folder, which is 0700). A socket, not a request file: the
// reminder learns of it at once without looking every second, answers
// ("Snoozed until 14:10"), and leaves nothing behind for a reminder that
// is not running to misread. The worst a request can do is what a key
// does.

// Asks are what another terminal may ask of a running reminder.
var Asks = []string{"snooze", "skip", "pause", "resume", "now"}

// Patience is how long Ask waits for a reminder's answer at most; the
// reminder answers within a tick.
const Patience = 3 * time.Second

// ErrNotRunning says no reminder holds the state: there is none to ask.
var ErrNotRunning = errors.New("no remind is running")

// SocketOf is the control socket of the state file at path.
func SocketOf(path string) string { return path + ".sock" }

// Request is one thing asked of the reminder, to Answer.
type Request struct {
	What  string // one of Asks
	reply chan answer
}

type answer struct {
	ok   bool
	text string
}

// NewRequest is a request for what, and a function that gives its
// answer once given (false when none yet): what the socket does, for a
// test of the screen.
func NewRequest(what string) (Request, func() (ok bool, text string, answered bool)) {
	r := Request{What: what, reply: make(chan answer, 1)}
	return r, func() (bool, string, bool) {
		select {
		case a := <-r.reply:
			return a.ok, a.text, true
		default:
			return false, "", false
		}
	}
}

// Answer says what came of the request, in a line: ok false when
// nothing was done ("No break is due: ..."). It never waits; only the
// first answer counts.
func (r Request) Answer(ok bool, text string) {
	select {
	case r.reply <- answer{ok, strings.ReplaceAll(text, "\n", " ")}:
	default:
	}
}

// Listener is the control socket a reminder listens on.
type Listener struct {
	ln   *net.UnixListener
	path string
	made os.FileInfo // the socket made: only it is removed
	done chan struct{}
	// Requests are the requests, one at a time: each waits for the
	// reminder to take it, then for its answer, a second or so at most.
	Requests <-chan Request
}

// Listen opens the control socket for the reminder that holds the state
// (Claim). A socket left by a reminder that died is replaced: no other
// reminder runs. It is bound under a name of its own, made private,
// then renamed into place, so that no one else connects in between.
func (o *Owner) Listen() (*Listener, error) {
	o.mu.Lock()
	held := o.lock != nil && !o.done
	o.mu.Unlock()
	if !held {
		return nil, ErrStateHeld
	}
	sock := SocketOf(o.path)
	bind := sock
	if runtime.GOOS != "windows" { // Windows renames no socket; modes say nothing there
		bind = fmt.Sprintf("%s.%d", sock, os.Getpid())
	}
	_ = os.Remove(bind)
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: bind, Net: "unix"})
	if err != nil {
		return nil, err
	}
	ln.SetUnlinkOnClose(false)
	if bind != sock {
		if err = os.Chmod(bind, 0o600); err == nil {
			err = os.Rename(bind, sock)
		}
	}
	made, serr := os.Lstat(sock)
	if err == nil {
		err = serr
	}
	if err != nil {
		ln.Close()
		_ = os.Remove(bind)
		return nil, err
	}
	reqs := make(chan Request)
	l := &Listener{ln: ln, path: sock, made: made, done: make(chan struct{}), Requests: reqs}
	go l.serve(reqs)
	return l, nil
}

// Close stops listening and removes the socket, if it is still the one
// made.
func (l *Listener) Close() {
	close(l.done)
	_ = l.ln.Close()
	if now, err := os.Lstat(l.path); err == nil && os.SameFile(now, l.made) {
		_ = os.Remove(l.path)
	}
}

func (l *Listener) serve(reqs chan<- Request) {
	for {
		c, err := l.ln.Accept()
		if err != nil {
			return // closed
		}
		go l.handle(c, reqs)
	}
}

// handle reads one request and writes its answer: "ok text" or "no
// text", a line.
func (l *Listener) handle(c net.Conn, reqs chan<- Request) {
	defer c.Close()
	wait := Patience / 2
	_ = c.SetDeadline(time.Now().Add(Patience))
	say := func(a answer) {
		word := "no"
		if a.ok {
			word = "ok"
		}
		fmt.Fprintf(c, "%s %s\n", word, a.text)
	}
	line, err := bufio.NewReader(io.LimitReader(c, 64)).ReadString('\n')
	what := strings.TrimSpace(line)
	if err != nil || !slices.Contains(Asks, what) {
		say(answer{false, "remind understands " + strings.Join(Asks, ", ")})
		return
	}
	r := Request{What: what, reply: make(chan answer, 1)}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case reqs <- r:
	case <-timer.C:
		say(answer{false, "remind is busy: try again"})
		return
	case <-l.done:
		return
	}
	select {
	case a := <-r.reply:
		say(a)
	case <-time.After(wait):
		say(answer{false, "remind did not answer"})
	case <-l.done:
	}
}

// Ask asks the reminder whose state is at path to do what (one of Asks)
// and returns its answer; ok is false when it did nothing, and text says
// why. It never waits longer than Patience. ErrNotRunning: no reminder
// holds the state.
func Ask(path, what string) (ok bool, text string, err error) {
	if !StateHeld(path) {
		return false, "", ErrNotRunning
	}
	c, err := net.DialTimeout("unix", SocketOf(path), Patience)
	if err != nil {
		return false, "", fmt.Errorf("remind is running but cannot be asked (%w); an older backcoach's remind takes only its keys", err)
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(Patience))
	if _, err := fmt.Fprintf(c, "%s\n", what); err != nil {
		return false, "", err
	}
	line, err := bufio.NewReader(io.LimitReader(c, 1024)).ReadString('\n')
	if err != nil {
		return false, "", fmt.Errorf("remind did not answer: %w", err)
	}
	word, text, _ := strings.Cut(strings.TrimSuffix(line, "\n"), " ")
	return word == "ok", text, nil
}
