package breaks

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/backcoach/backcoach/internal/fsx"
)

// staleAfter is the age past which a temporary state file is no
// writer's: WriteState renames its file within milliseconds.
const staleAfter = time.Minute

// removeStale removes the temporary files (path.<pid>, WriteState's) that
// reminders killed between writing and renaming left: those of processes
// that are gone, and any older than staleAfter (a pid that names another
// process now). Only the holder of the lock calls it, as it starts.
func removeStale(path string) {
	dir, base := filepath.Split(path)
	entries, err := os.ReadDir(filepath.Clean(dir))
	if err != nil {
		return
	}
	for _, e := range entries {
		pid, ok := fsx.TempOf(base, e.Name())
		if !ok {
			pid, ok = legacyTemp(base, e.Name())
		}
		if !ok {
			continue // not a temporary state file: remind.json.lock, a file of the user's
		}
		info, err := e.Info()
		if err != nil || info.IsDir() {
			continue
		}
		if !alive(pid) || time.Since(info.ModTime()) > staleAfter {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// legacyTemp is TempOf for the names earlier versions wrote: path.<pid>.
func legacyTemp(base, name string) (int, bool) {
	suffix, ok := strings.CutPrefix(name, base+".")
	pid, err := strconv.Atoi(suffix)
	if !ok || err != nil || pid <= 0 || strconv.Itoa(pid) != suffix {
		return 0, false
	}
	return pid, true
}

// alive reports whether process pid may be running.
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false // Windows: no such process
	}
	defer p.Release()
	if runtime.GOOS == "windows" {
		return true // found; Windows sends no signal 0
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}
