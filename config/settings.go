package config

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/routines"
)

// Settings are what a user sets once, in config.yaml; flags override them
// for one run. Defaults gives every one of them its value when nothing
// sets it. Each has its row in the settings table (Table).
type Settings struct {
	Level    routines.Level
	Quiet    bool // no sound at all
	Speak    bool // spoken cues
	Sound    Sound
	CheckIns coach.CheckIns
	Remind   Remind
}

// Remind are remind's settings.
type Remind struct {
	Every    time.Duration // between breaks
	Again    time.Duration // between reminders while a break is ignored
	Hours    string        // working hours like 09:00-17:30, or "" for all day
	Routines []string      // the routines it takes in turn; empty: low back and upper back
}

// Defaults are the settings of a fresh install: the gentle level, sound
// auto, check-ins always, and remind's intervals.
func Defaults() Settings {
	return Settings{Remind: Remind{Every: breaks.DefaultEvery, Again: breaks.DefaultAgain}}
}

// Sound is how the cues are heard: the sound setting. The zero value is
// SoundAuto.
type Sound int

const (
	SoundAuto  Sound = iota // tones through a sound player if there is one, else the terminal bell
	SoundTones              // tones through a sound player
	SoundBell               // the terminal bell's patterns
	SoundOff                // no sound
)

// String is the setting's word: "auto", "tones", "bell" or "off".
func (s Sound) String() string {
	switch s {
	case SoundTones:
		return "tones"
	case SoundBell:
		return "bell"
	case SoundOff:
		return "off"
	}
	return "auto"
}

// ParseSound reads the setting's word, exactly as String writes it.
func ParseSound(s string) (Sound, error) {
	for _, v := range []Sound{SoundAuto, SoundTones, SoundBell, SoundOff} {
		if s == v.String() {
			return v, nil
		}
	}
	return SoundAuto, fmt.Errorf("sound: want auto, tones, bell or off, got %q", s)
}

// MaxInterval is the longest time between breaks or between reminders,
// in the file and in flags alike: a day. Longer would plan a break years
// ahead, and past 292 years the clock's arithmetic overflows.
const MaxInterval = 24 * time.Hour

// Where a setting's value came from.
const (
	FromDefault = "default"
	FromFile    = "file"
	FromFlag    = "flag"
	FromPicker  = "picker" // the level last chosen there, remembered
)

// Loaded are the settings with where each came from, by its key in the
// file ("level", "remind.every").
type Loaded struct {
	Settings
	File    string            // the file read, or "" when there was none
	Sources map[string]string // key -> FromDefault, FromFile, FromFlag or FromPicker
	Lines   map[string]int    // key -> its line in File, for those from the file
	// Remembered is the level the picker's l last chose, "" when none: it
	// stands only when neither a flag nor the file gives a level.
	Remembered string
}

// MaxConfig is the most a config file may hold: it holds a few lines.
const MaxConfig = 64 << 10

// Load reads the settings from path over the defaults. A missing file
// is no error: the defaults stand. Every problem is reported, each as
// config.yaml:LINE:COL: key: what was wrong, and then nothing is used:
// a half-read config never runs.
func Load(path string) (Loaded, error) {
	l := Loaded{Settings: Defaults(), Sources: map[string]string{}, Lines: map[string]int{}}
	for _, row := range Table() {
		l.Sources[row.Key] = FromDefault
	}
	if path == "" {
		return l, nil
	}
	data, err := readSmall(path)
	if os.IsNotExist(err) {
		return l, nil
	}
	if errors.Is(err, fsx.ErrNotRegular) {
		return l, err // it names the path
	}
	if err != nil {
		return l, fmt.Errorf("%s: %w", path, err)
	}
	l.File = path
	d := &decoder{file: path, l: &l}
	d.decode(data)
	if len(d.errs) > 0 {
		return Loaded{Settings: Defaults(), Sources: l.Sources, Lines: map[string]int{}}, d.errs
	}
	return l, nil
}

// readSmall reads a regular file of at most MaxConfig bytes: never a
// named pipe, which would hang, nor /dev/zero, nor a file of /proc
// (config.yaml -> /proc/self/pagemap ran out of memory). It reads no more
// than that, whatever the size the system gives.
func readSmall(path string) ([]byte, error) {
	data, err := fsx.ReadFile(path, MaxConfig)
	var big *fsx.TooLargeError
	switch {
	case errors.As(err, &big) && big.Size > MaxConfig+1:
		return nil, fmt.Errorf("%d bytes; a config file holds at most %d", big.Size, MaxConfig)
	case errors.As(err, &big): // what the read found: the size said less
		return nil, fmt.Errorf("more than %d bytes; a config file holds at most %d", MaxConfig, MaxConfig)
	}
	return data, err
}
