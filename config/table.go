package config

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// Setting is a row of the settings table: one setting of config.yaml and
// the flag that sets it for one run. config.yaml is decoded, `backcoach
// config` shows the settings, and the commands get their flags, all from
// the table: a new setting is a new row, and its field in Settings.
type Setting struct {
	Key      string   // in config.yaml and in backcoach config: "level", "remind.every"
	Flag     string   // the flag that sets it for one run
	Usage    string   // the flag's help
	Type     string   // the flag's value in its help: "gentle|full", "duration"; "bool" takes none
	Complete []string // the flag's values for shell completion, "value\twhat it is"

	// decode reads the file's value at n into s; what is wrong goes to d.
	decode func(d *decoder, n *yaml.Node, key string, s *Settings)
	// set reads the flag's argument into s, or says what is wrong with it.
	set func(s *Settings, arg string) error
	// value is the setting in s as its flag would take it.
	value func(s Settings) string
	// shown, if not nil, is what backcoach config shows instead of value.
	shown func(s Settings) string
}

// Value is the setting in s as its flag would take it, "" when unset:
// "full", "50m".
func (r Setting) Value(s Settings) string { return r.value(s) }

// Shown is the setting in s as backcoach config shows it: its Value, or
// what stands for none ("all day").
func (r Setting) Shown(s Settings) string {
	if r.shown != nil {
		return r.shown(s)
	}
	return r.value(s)
}

// Set sets the setting in s from its flag's argument, or says what is
// wrong with the argument ("want gentle or full, got "extreme"").
func (r Setting) Set(s *Settings, arg string) error { return r.set(s, arg) }

// Table is every setting, in the order backcoach config shows them. The
// settings under remind. are remind's (config.yaml's remind: part).
func Table() []Setting {
	return []Setting{
		oneOf(Setting{Key: "level", Flag: "level", Usage: "gentle: the low end of ranges like 3-5 reps; full: the high end",
			Complete: []string{"gentle\tthe low end of ranges like 3-5 reps; the default", "full\tthe high end of ranges"}},
			func(s *Settings) *routines.Level { return &s.Level }, routines.ParseLevel, routines.Gentle, routines.Full),
		boolean(Setting{Key: "quiet", Flag: "quiet", Usage: "no sound at all (no tones, no bell)"},
			func(s *Settings) *bool { return &s.Quiet }),
		boolean(Setting{Key: "speak", Flag: "speak", Usage: "spoken cues (espeak-ng, espeak, say or spd-say)"},
			func(s *Settings) *bool { return &s.Speak }),
		oneOf(Setting{Key: "sound", Flag: "sound", Usage: "auto: tones through a sound player if there is one, else the terminal bell",
			Complete: []string{
				"auto\ttones if a sound player is found, else the terminal bell",
				"tones\ttones through a sound player",
				"bell\tthe terminal bell's patterns",
				"off\tno sound",
			}},
			func(s *Settings) *Sound { return &s.Sound }, ParseSound, SoundAuto, SoundTones, SoundBell, SoundOff),
		oneOf(Setting{Key: "checkins", Flag: "checkins", Usage: "ask how your back feels before and after: always, daily (the first routine of the day) or never",
			Complete: []string{"always\tbefore and after every routine", "daily\tthe first routine of the day", "never\tno check-ins"}},
			func(s *Settings) *coach.CheckIns { return &s.CheckIns }, coach.ParseCheckIns, coach.CheckInsAlways, coach.CheckInsDaily, coach.CheckInsNever),
		duration(Setting{Key: "remind.every", Flag: "every", Usage: "time between breaks, like 50m, 1h or 90s",
			Complete: []string{"30m", "45m", "50m", "1h", "90m"}},
			func(s *Settings) *time.Duration { return &s.Remind.Every }, breaks.MinEvery),
		duration(Setting{Key: "remind.again", Flag: "again", Usage: "time between reminders while a break is ignored",
			Complete: []string{"2m", "5m", "10m"}},
			func(s *Settings) *time.Duration { return &s.Remind.Again }, breaks.MinAgain),
		{Key: "remind.hours", Flag: "hours", Usage: "remind only within working hours, like 09:00-17:30 (22:00-06:00 crosses midnight)", Type: "HH:MM-HH:MM",
			Complete: []string{"09:00-17:00", "09:00-17:30", "08:30-16:30"},
			decode:   func(d *decoder, n *yaml.Node, key string, s *Settings) { s.Remind.Hours = d.hours(n, key) },
			set: func(s *Settings, arg string) error {
				h, err := breaks.ParseHours(arg)
				if err != nil {
					return errors.New(strings.TrimPrefix(err.Error(), "hours: "))
				}
				s.Remind.Hours = h.String()
				return nil
			},
			value: func(s Settings) string { return s.Remind.Hours },
			shown: func(s Settings) string {
				if s.Remind.Hours == "" {
					return "all day"
				}
				return s.Remind.Hours
			}},
		// The flag gives one routine; the file may give a list.
		{Key: "remind.routines", Flag: "routine", Usage: "always the routine `ID` (default: low back and upper back in turn)", Type: "string",
			decode: func(d *decoder, n *yaml.Node, key string, s *Settings) { s.Remind.Routines = d.ids(n, key) },
			set:    func(s *Settings, arg string) error { s.Remind.Routines = []string{arg}; return nil },
			value:  func(s Settings) string { return strings.Join(s.Remind.Routines, ", ") },
			shown: func(s Settings) string {
				if len(s.Remind.Routines) == 0 {
					return strings.Join(breaks.DefaultRoutines(), ", ")
				}
				return strings.Join(s.Remind.Routines, ", ")
			}},
	}
}

// oneOf is the row of a setting that is one of values, each named by its
// String. The file takes a name as written; the flag reads it with parse
// (the level's, for one, takes FULL too).
func oneOf[E interface {
	comparable
	fmt.Stringer
}](r Setting, field func(*Settings) *E, parse func(string) (E, error), values ...E) Setting {
	names := make([]string, len(values))
	for i, v := range values {
		names[i] = v.String()
	}
	r.Type = strings.Join(names, "|")
	r.decode = func(d *decoder, n *yaml.Node, key string, s *Settings) {
		if i := d.oneOf(n, key, names...); i >= 0 {
			*field(s) = values[i]
		}
	}
	r.set = func(s *Settings, arg string) error {
		v, err := parse(arg)
		if err != nil || strings.TrimSpace(arg) == "" { // --level= is no level, as --every= is no time
			return fmt.Errorf("want %s, got %q", words.Or(names), arg)
		}
		*field(s) = v
		return nil
	}
	r.value = func(s Settings) string { return (*field(&s)).String() }
	return r
}

// boolean is the row of a setting that is true or false; its flag alone
// is true.
func boolean(r Setting, field func(*Settings) *bool) Setting {
	r.Type = "bool"
	r.decode = func(d *decoder, n *yaml.Node, key string, s *Settings) { *field(s) = d.boolean(n, key) }
	r.set = func(s *Settings, arg string) error {
		v, err := strconv.ParseBool(arg)
		if err != nil {
			return fmt.Errorf("want true or false, got %q", arg)
		}
		*field(s) = v
		return nil
	}
	r.value = func(s Settings) string { return strconv.FormatBool(*field(&s)) }
	return r
}

// duration is the row of a time like 50m, 1h or 90s, of at least least
// and at most MaxInterval, in the file and in the flag alike.
func duration(r Setting, field func(*Settings) *time.Duration, least time.Duration) Setting {
	r.Type = "duration"
	r.decode = func(d *decoder, n *yaml.Node, key string, s *Settings) { *field(s) = d.duration(n, key, least) }
	r.set = func(s *Settings, arg string) error {
		// A routine file reads a bare number as seconds, which is never
		// meant here (--every 5), and minutes would read files and flags
		// two ways: a number without its unit is refused.
		if n, err := strconv.ParseFloat(strings.TrimSpace(arg), 64); err == nil && n > 0 {
			return fmt.Errorf("want a time with its unit, like 50m, 1h or 90s, got %q: a bare number could be seconds or minutes", arg)
		}
		v, err := time.ParseDuration(arg)
		if err != nil || v <= 0 {
			return fmt.Errorf("want a time above zero, like 50m, 1h or 90s, got %q", arg)
		}
		if v > MaxInterval {
			return fmt.Errorf("want at most a day (24h), like 50m, 1h or 90s, got %q", arg)
		}
		if v < least {
			return fmt.Errorf("want at least %s (%s), like 50m, 1h or 90s, got %q", words.Spoken(least), shortDuration(least), arg)
		}
		*field(s) = v
		return nil
	}
	r.value = func(s Settings) string { return shortDuration(*field(&s)) }
	return r
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
