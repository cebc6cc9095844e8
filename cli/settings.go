package cli

import (
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"os"
	"path/filepath"
	"strings"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/routines"
)

// settingFlags are the flags that set a setting of config.yaml for one
// run, by the setting's key.
var settingFlags = map[string]string{
	"level": "level", "quiet": "quiet", "speak": "speak", "sound": "sound", "checkins": "checkins",
	"every": "remind.every", "again": "remind.again", "hours": "remind.hours", "routine": "remind.routines",
}

// settings loads config.yaml (a broken one is an error: nothing runs
// half-configured) and lays the flags given on c's command line over it.
func settings(env Env, c *cobra.Command) (config.Loaded, error) {
	l, err := config.Load(config.PathsFrom(env.Getenv).File())
	if err != nil {
		return l, inputErr(err)
	}
	c.Flags().Visit(func(f *pflag.Flag) {
		if key, ok := settingFlags[f.Name]; ok {
			l.Set(key, config.FromFlag)
		}
	})
	return l, nil
}

// fill sets every coach flag not given on the command line from the
// settings, and the settings from the flags that were.
func (o *coachFlags) fill(c *cobra.Command, l *config.Loaded, getenv func(string) string) {
	changed := c.Flags().Changed
	fillLevel(c, &o.level, l, getenv)
	if changed("quiet") {
		l.Quiet = o.quiet
	} else {
		o.quiet = l.Quiet
	}
	if changed("speak") {
		l.Speak = o.speak
	} else {
		o.speak = l.Speak
	}
	if changed("sound") {
		l.Sound = o.sound.String()
	} else {
		_ = o.sound.Set(l.Sound)
	}
	if changed("checkins") {
		l.Checkins = o.checkins.String()
	} else {
		_ = o.checkins.Set(l.Checkins)
	}
}

// fillLevel sets the level, flag > the picker's last choice > the file >
// the default, in level and in l.
func fillLevel(c *cobra.Command, level *routines.Level, l *config.Loaded, getenv func(string) string) {
	if c.Flags().Changed("level") {
		l.Level = level.String()
		return
	}
	if v, ok := rememberedLevel(getenv); ok { // the picker's last choice
		l.Level, l.Sources["level"] = v, config.FromPicker
	}
	if v, err := routines.ParseLevel(l.Level); err == nil {
		*level = v
	}
}

// rememberedLevel is the level last chosen in the picker, if any.
func rememberedLevel(getenv func(string) string) (string, bool) {
	if getenv == nil {
		return "", false
	}
	path := config.PathsFrom(getenv).Level()
	if path == "" {
		return "", false
	}
	b, err := fsx.ReadFile(path, 64)
	if err != nil {
		return "", false
	}
	v := strings.TrimSpace(string(b))
	if _, err := routines.ParseLevel(v); err != nil || v == "" {
		return "", false // not one of ours: the settings stand
	}
	return v, true
}

// rememberLevel keeps the level chosen in the picker for the next run.
func rememberLevel(getenv func(string) string) func(routines.Level) error {
	path := config.PathsFrom(getenv).Level()
	if path == "" {
		return nil
	}
	return func(l routines.Level) error {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return err
		}
		return writeIfChanged(path, []byte(l.String()+"\n"))
	}
}
