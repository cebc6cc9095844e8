//go:build unix

package breaks_test

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/internal/nohang"
)

// fifo makes a named pipe at path, or skips the test.
func fifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
}

// WriteState never blocks on what it finds in its way: a named pipe
// where its temporary file goes is replaced, not opened.
func TestWriteStateDoesNotBlockOnANamedPipe(t *testing.T) {
	p := statePath(t)
	fifo(t, mkdir(t, p)+".42")
	var err error
	nohang.Within(t, "WriteState", func() { err = breaks.WriteState(p, breaks.State{PID: 42, State: "waiting"}) })
	if st, rerr := breaks.ReadState(p); err != nil || rerr != nil || st == nil || st.PID != 42 {
		t.Errorf("WriteState: %v; read back %+v, %v", err, st, rerr)
	}
}

// A state file or lock file that is a named pipe is refused at once:
// status never hangs on it, and a reminder does not take it.
func TestANamedPipeIsNoState(t *testing.T) {
	p := statePath(t)
	fifo(t, mkdir(t, p))
	fifo(t, p+".lock")
	nohang.Within(t, "ReadState", func() {
		if st, err := breaks.ReadState(p); err == nil {
			t.Errorf("ReadState of a named pipe = %+v, want an error", st)
		}
	})
	nohang.Within(t, "StateHeld", func() {
		if breaks.StateHeld(p) {
			t.Error("StateHeld of a named pipe")
		}
	})
	nohang.Within(t, "OwnState and Write", func() {
		if err := breaks.OwnState(p).Write(breaks.State{PID: 1}); err == nil {
			t.Error("Write with a named pipe for a lock: no error")
		}
	})
}

// TestHelperClaims is not a test: run by
// TestAnUnwritableStateFolderSaysWhy as another process (as another user
// when the test runs as root), it claims the state file named by
// BACKCOACH_CLAIM and prints what Claim said.
func TestHelperClaims(t *testing.T) {
	path := os.Getenv("BACKCOACH_CLAIM")
	if path == "" {
		t.Skip("run by TestAnUnwritableStateFolderSaysWhy")
	}
	_, err := breaks.Claim(path)
	fmt.Println("claim:", err)
}

// remind in a state folder it cannot write says so: the lock file cannot
// be made (permission denied), not that it does not exist, which is what
// it said when the error making it was dropped. Root writes anywhere, so
// as root the claim runs as nobody (uid 65534), in a folder of nobody's.
func TestAnUnwritableStateFolderSaysWhy(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(dir, "state")
	if err := os.Mkdir(state, 0o500); err != nil {
		t.Fatal(err)
	}
	bin := os.Args[0]
	var cred *syscall.Credential
	if os.Geteuid() == 0 {
		const nobody = 65534
		bin = filepath.Join(dir, "breaks.test") // where nobody may run it
		if err := copyFile(os.Args[0], bin); err != nil {
			t.Fatal(err)
		}
		for _, d := range []string{filepath.Dir(dir), dir} {
			if err := os.Chmod(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.Chown(state, nobody, nobody); err != nil {
			t.Skipf("cannot give the folder to another user: %v", err)
		}
		cred = &syscall.Credential{Uid: nobody, Gid: nobody}
	}
	cmd := exec.Command(bin, "-test.run=^TestHelperClaims$")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	cmd.Env = append(os.Environ(), "BACKCOACH_CLAIM="+filepath.Join(state, "remind.json"))
	out, err := cmd.CombinedOutput()
	if err != nil && cred != nil && !strings.Contains(string(out), "claim:") {
		t.Skipf("cannot run as another user here: %v %s", err, out)
	}
	lock := filepath.Join(state, "remind.json.lock")
	if got := string(out); !strings.Contains(got, "claim: open "+lock+": permission denied") {
		t.Errorf("claiming a state file in a folder of mode 0500: %q\nwant it to say that %s cannot be made (permission denied)", got, lock)
	}
}

func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}
