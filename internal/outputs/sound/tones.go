package sound

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/internal/outputs/child"
)

// Players are the sound players tried, in order, with the arguments that
// keep them quiet on the terminal.
var Players = []struct {
	Name string
	Args []string
}{
	{"pw-play", nil},
	{"paplay", nil},
	{"aplay", []string{"-q"}},
	{"afplay", nil},
}

// FindPlayer returns the first sound player on the PATH.
func FindPlayer(lookPath func(string) (string, error)) (path string, args []string, ok bool) {
	for _, p := range Players {
		if path, err := lookPath(p.Name); err == nil {
			return path, p.Args, true
		}
	}
	return "", nil, false
}

// A note is a frequency (0 for silence) held for some milliseconds.
type note struct{ hz, ms float64 }

// melodies are the tones of each cue: rising for a hold starting, falling
// for a hold ending, down and up again for switching sides, a short high
// blip for a tick, and a rising arpeggio for the end.
var melodies = [cues][]note{
	Go:     {{660, 120}, {0, 30}, {990, 240}},
	Rest:   {{880, 150}, {0, 30}, {587, 320}},
	Switch: {{880, 120}, {0, 30}, {587, 120}, {0, 30}, {880, 200}},
	Tick:   {{1000, 70}},
	Done:   {{523, 150}, {659, 150}, {784, 150}, {1047, 420}},
}

const rate = 22050 // samples a second

// WAV is a cue's tones as a WAV file: 16-bit mono PCM, soft at both ends
// of each note so that nothing clicks.
func WAV(c Cue) []byte {
	var pcm []int16
	for _, n := range melodies[c] {
		count := int(n.ms * rate / 1000)
		fade := min(count/2, rate*8/1000) // 8 ms
		for i := range count {
			v := 0.0
			if n.hz > 0 {
				env := min(1, float64(i)/float64(max(1, fade)), float64(count-i)/float64(max(1, fade)))
				v = 0.35 * env * math.Sin(2*math.Pi*n.hz*float64(i)/rate)
			}
			pcm = append(pcm, int16(v*math.MaxInt16))
		}
	}
	var b bytes.Buffer
	data := len(pcm) * 2
	b.WriteString("RIFF")
	_ = binary.Write(&b, binary.LittleEndian, uint32(36+data))
	b.WriteString("WAVEfmt ")
	for _, v := range []any{uint32(16), uint16(1), uint16(1), uint32(rate), uint32(rate * 2), uint16(2), uint16(16)} {
		_ = binary.Write(&b, binary.LittleEndian, v) // format: PCM, mono, 16-bit
	}
	b.WriteString("data")
	_ = binary.Write(&b, binary.LittleEndian, uint32(data))
	_ = binary.Write(&b, binary.LittleEndian, pcm)
	return b.Bytes()
}

// Folder is the folder the tones are kept in: cache, the user's cache
// folder for them, or where there is none (neither HOME nor
// XDG_CACHE_HOME is set) backcoach-sounds-UID in the system's temp
// folder. Others may write there: that folder is made by backcoach for
// this user alone, and used only if it is still so (fsx.PrivateDir); the
// error says why not, and the path is returned with it.
func Folder(cache string) (string, error) {
	if cache != "" {
		return cache, nil
	}
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("backcoach-sounds-%d", os.Getuid()))
	return dir, fsx.PrivateDir(dir)
}

// WriteTones puts each cue's WAV in dir (made if missing), rewriting only
// the files that differ, and returns their paths. A file there is read
// as every file is (fsx: a named pipe, a link to /dev/zero, a huge file
// are refused, never waited on or read whole) and anything but the tone
// is replaced by it, written as every replaced file is (fsx.WriteFile: a
// link there is replaced, never written through).
func WriteTones(dir string) ([cues]string, error) {
	var files [cues]string
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return files, err
	}
	for c := range cues {
		files[c] = filepath.Join(dir, c.String()+".wav")
		want := WAV(c)
		// One larger than the tone differs from it: the cap is the tone's.
		if have, err := fsx.ReadFile(files[c], int64(len(want))); err == nil && bytes.Equal(have, want) {
			continue
		}
		if err := fsx.WriteFile(files[c], want, 0o600); err != nil {
			return files, err
		}
	}
	return files, nil
}

// Tones plays cues as tones, through a sound player: one at a time (a
// cue cuts the one before short, see package child), and Stop ends the
// last.
type Tones struct {
	path   string
	args   []string
	files  [cues]string
	player child.One
	start  func(*exec.Cmd) error
}

// NewTones plays the files with the player at path.
func NewTones(path string, args []string, files [cues]string) *Tones {
	t := &Tones{path: path, args: args, files: files}
	t.start = t.player.Start
	return t
}

// Play starts the player on the cue's file and returns at once.
func (t *Tones) Play(c Cue) {
	cmd := exec.Command(t.path, append(append([]string(nil), t.args...), t.files[c])...)
	_ = t.start(cmd)
}

// PlayToEnd plays the cue and waits for the player to end, at most
// limit (then it is stopped): one sound after another, each heard whole.
// It says whether the player started and ended in time.
func (t *Tones) PlayToEnd(c Cue, limit time.Duration) error {
	cmd := exec.Command(t.path, append(append([]string(nil), t.args...), t.files[c])...)
	if err := t.start(cmd); err != nil {
		return err
	}
	if !t.player.Wait(limit) {
		return fmt.Errorf("%s did not end within %s: stopped", filepath.Base(t.path), limit)
	}
	if cmd.ProcessState != nil && !cmd.ProcessState.Success() {
		return fmt.Errorf("%s failed: %s", filepath.Base(t.path), cmd.ProcessState)
	}
	return nil
}

// Stop lets the tone playing end within grace, then stops it; no tone
// plays after it.
func (t *Tones) Stop(grace time.Duration) { t.player.Stop(grace) }
