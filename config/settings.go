package config

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/internal/fsx"
)

// Settings are what a user sets once, in config.yaml; flags override them
// for one run. Defaults gives every one of them its value when nothing
// sets it.
type Settings struct {
	Level    string // gentle or full
	Quiet    bool   // no sound at all
	Speak    bool   // spoken cues
	Sound    string // auto, tones, bell or off
	Checkins string // pain check-ins: always, daily (the first routine of the day) or never
	Remind   Remind
}

// Remind are remind's settings.
type Remind struct {
	Every    time.Duration // between breaks
	Again    time.Duration // between reminders while a break is ignored
	Hours    string        // working hours like 09:00-17:30, or "" for all day
	Routines []string      // the routines it takes in turn; empty: low back and upper back
}

// Defaults are the settings of a fresh install.
func Defaults() Settings {
	return Settings{
		Level: "gentle", Sound: "auto", Checkins: "always",
		Remind: Remind{Every: breaks.DefaultEvery, Again: breaks.DefaultAgain},
	}
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
	Sources map[string]string // key -> FromDefault, FromFile or FromFlag
}

// Keys are the settings' keys in the file, in the order they are shown.
var Keys = []string{"level", "quiet", "speak", "sound", "checkins",
	"remind.every", "remind.again", "remind.hours", "remind.routines"}

// Set records that key was set from source (a flag, after Load).
func (l *Loaded) Set(key, source string) { l.Sources[key] = source }

// Value is the setting key's value as the file would write it.
func (s Settings) Value(key string) string {
	switch key {
	case "level":
		return s.Level
	case "quiet":
		return fmt.Sprint(s.Quiet)
	case "speak":
		return fmt.Sprint(s.Speak)
	case "sound":
		return s.Sound
	case "checkins":
		return s.Checkins
	case "remind.every":
		return shortDuration(s.Remind.Every)
	case "remind.again":
		return shortDuration(s.Remind.Again)
	case "remind.hours":
		if s.Remind.Hours == "" {
			return "all day"
		}
		return s.Remind.Hours
	case "remind.routines":
		if len(s.Remind.Routines) == 0 {
			return strings.Join(breaks.DefaultRoutines(), ", ")
		}
		return strings.Join(s.Remind.Routines, ", ")
	}
	return ""
}

// shortDuration is 50m, not 50m0s.
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// MaxConfig is the most a config file may hold: it holds a few lines.
const MaxConfig = 64 << 10

// Load reads the settings from path over the defaults. A missing file
// is no error: the defaults stand. Every problem is reported, each as
// config.yaml:LINE:COL: key: what was wrong, and then nothing is used:
// a half-read config never runs.
func Load(path string) (Loaded, error) {
	l := Loaded{Settings: Defaults(), Sources: map[string]string{}}
	for _, k := range Keys {
		l.Sources[k] = FromDefault
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
		return Loaded{Settings: Defaults(), Sources: l.Sources}, d.errs
	}
	return l, nil
}

// readSmall reads a regular file of at most MaxConfig bytes: never a
// named pipe, which would hang, nor /dev/zero. It reads no more than
// that, whatever the size the system gives: a file of /proc says 0 and
// may never end (config.yaml -> /proc/self/pagemap ran out of memory).
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
