package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/routines"
)

// settingFlag is the flag of a row of the settings table (config.Table):
// its argument is checked as it is given, and laid over config.yaml's
// settings once they are loaded (settings).
type settingFlag struct {
	row config.Setting
	arg string          // the last one given
	s   config.Settings // the defaults, with the argument's setting set
}

func (f *settingFlag) String() string { return f.row.Value(f.s) }
func (f *settingFlag) Type() string   { return f.row.Type }
func (f *settingFlag) Set(arg string) error {
	if err := f.row.Set(&f.s, arg); err != nil {
		return err
	}
	f.arg = arg
	return nil
}

// addSettings gives c the flags of the settings whose keys keep takes,
// with their values for shell completion.
func addSettings(c *cobra.Command, keep func(key string) bool) {
	for _, row := range config.Table() {
		if !keep(row.Key) {
			continue
		}
		f := c.Flags().VarPF(&settingFlag{row: row, s: config.Defaults()}, row.Flag, "", row.Usage)
		if row.Type == "bool" {
			f.NoOptDefVal = "true" // --quiet alone is --quiet=true
		}
		if row.Complete != nil {
			complete(c, row.Flag, row.Complete)
		}
	}
}

// remindSetting reports whether key is one of remind's settings, whose
// flags only remind and config take.
func remindSetting(key string) bool { return strings.HasPrefix(key, "remind.") }

// settings loads config.yaml (a broken one is an error: nothing runs
// half-configured) and lays the flags given on c's command line over it
// (flagsOver).
func settings(env Env, c *cobra.Command) (config.Loaded, error) {
	l, err := config.Load(config.PathsFrom(env.Getenv).File())
	if err != nil {
		return l, inputErr(err)
	}
	flagsOver(c, &l, env.Getenv)
	if err := conflicts(c, l); err != nil {
		return l, err
	}
	return l, nil
}

// conflicts refuses flags given together that say opposite things:
// --quiet (no sound at all) with --sound other than off. Set in the file,
// quiet wins, and backcoach config says so.
func conflicts(c *cobra.Command, l config.Loaded) error {
	if c.Flags().Changed("quiet") && c.Flags().Changed("sound") && l.Quiet && l.Sound != config.SoundOff {
		return &exitError{code: ExitUsage,
			err:  fmt.Errorf("--quiet and --sound %s conflict: --quiet is no sound at all; give one of them", l.Sound),
			hint: fmt.Sprintf("Run %s --help for its flags.", c.CommandPath())}
	}
	return nil
}

// flagsOver sets in l what the setting flags given on c's command line
// say, and the level last chosen in the picker when neither a flag nor the
// file gives one: flag > the file > the picker's last choice > the
// default. A line a person wrote by hand wins over a key pressed once.
func flagsOver(c *cobra.Command, l *config.Loaded, getenv func(string) string) {
	c.Flags().Visit(func(f *pflag.Flag) {
		if sf, ok := f.Value.(*settingFlag); ok {
			_ = sf.row.Set(&l.Settings, sf.arg) // checked as it was given
			l.Sources[sf.row.Key] = config.FromFlag
		}
	})
	v, ok := rememberedLevel(getenv)
	if !ok {
		return
	}
	l.Remembered = v.String()
	if l.Sources["level"] == config.FromDefault {
		l.Level, l.Sources["level"] = v, config.FromPicker
	}
}

// rememberedLevel is the level last chosen in the picker, if any.
func rememberedLevel(getenv func(string) string) (routines.Level, bool) {
	if getenv == nil {
		return 0, false
	}
	path := config.PathsFrom(getenv).Level()
	if path == "" {
		return 0, false
	}
	b, err := fsx.ReadFile(path, 64)
	if err != nil {
		return 0, false
	}
	v := strings.TrimSpace(string(b))
	l, err := routines.ParseLevel(v)
	if err != nil || v == "" {
		return 0, false // not one of ours: the settings stand
	}
	return l, true
}

// rememberLevel keeps the level chosen in the picker for the next run.
func rememberLevel(getenv func(string) string) func(routines.Level) error {
	path := config.PathsFrom(getenv).Level()
	if path == "" {
		return nil
	}
	return func(l routines.Level) error {
		if err := fsx.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return err
		}
		return writeIfChanged(path, []byte(l.String()+"\n"))
	}
}
