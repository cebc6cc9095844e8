//go:build unix

package sound

import (
	"bytes"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/backcoach/backcoach/internal/nohang"
)

// A named pipe where a tone goes hung every run with sound, reading it to
// see whether it holds the tone: it is not read, and the tone replaces it.
func TestWriteTonesDoesNotWaitOnANamedPipe(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, Go.String()+".wav")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	t.Cleanup(func() { // let a reader blocked on it go
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
	})
	var files [cues]string
	var err error
	nohang.Within(t, "WriteTones", func() { files, err = WriteTones(dir) })
	if b, rerr := os.ReadFile(path); err != nil || files[Go] != path || rerr != nil || !bytes.Equal(b, WAV(Go)) {
		t.Errorf("WriteTones: %v; %s holds %d bytes (%v), want the go tone", err, path, len(b), rerr)
	}
}
