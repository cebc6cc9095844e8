package cli

import (
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/backcoach/backcoach/config"
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
func (o *coachFlags) fill(c *cobra.Command, l *config.Loaded) {
	changed := c.Flags().Changed
	if changed("level") {
		l.Level = o.level.String()
	} else if v, err := routines.ParseLevel(l.Level); err == nil {
		o.level = v
	}
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
