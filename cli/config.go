package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/internal/outputs/sound"
	"github.com/backcoach/backcoach/internal/text/safetext"
)

// newConfig is `backcoach config`: the settings in force and where each
// came from, with the flags given laid over config.yaml.
func newConfig(env Env) *cobra.Command {
	var o coachFlags
	c := &cobra.Command{
		Use:   "config",
		Short: "the settings in force, and where each came from",
		Long: `Print every setting in force and where it came from: backcoach's default,
your config.yaml (with its line), the level last chosen with l in the
picker, or a flag given here. A flag wins for one run, then the file, then
the picker's l. backcoach config init writes a commented config.yaml. The file is $XDG_CONFIG_HOME/backcoach/config.yaml (or
~/.config/backcoach/config.yaml); a mistake in it is named with its line,
and nothing runs until it is fixed. Example:

  level: full            # gentle | full
  quiet: false
  speak: false
  sound: auto            # auto | tones | bell | off
  checkins: daily        # always | daily | never
  remind:
    every: 50m
    again: 5m            # re-remind while a break is ignored
    hours: 09:00-17:30
    routines: [low-back, upper-back]`,
		Example: `  backcoach config
  backcoach config --level full --every 30m`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			l, err := settings(env, c)
			if err != nil {
				return err
			}
			out := newOutput(env.Stdout)
			file := config.PathsFrom(env.Getenv).File()
			if l.File == "" {
				fmt.Fprintf(out, "No config file (%s): the defaults, and the flags given.\n\n", safetext.Escape(file))
			} else {
				fmt.Fprintf(out, "From %s and the flags given.\n\n", safetext.Escape(file))
			}
			t := &table{}
			t.row("SETTING", "VALUE", "FROM")
			for _, row := range config.Table() {
				t.row(row.Key, safetext.Escape(shown(row, l, env)), from(row.Key, l))
			}
			_, _ = io.WriteString(out, t.String()) // out keeps the error
			return out.result()
		},
	}
	o.add(c)
	addRemindFlags(c, env, &o.libraryFlags)
	c.AddCommand(newConfigInit(env))
	return c
}

// from is where the setting key in force came from, in words: "default",
// "flag", "config.yaml line 3"; for the level, with the picker's
// remembered choice when the file or a flag outranks it.
func from(key string, l config.Loaded) string {
	var s string
	switch l.Sources[key] {
	case config.FromFile:
		s = fmt.Sprintf("%s line %d", filepath.Base(l.File), l.Lines[key])
	case config.FromPicker:
		s = "picker: its l remembered it (config.yaml sets no level)"
	default:
		s = l.Sources[key]
	}
	if key == "level" && l.Remembered != "" && l.Remembered != l.Level.String() {
		switch l.Sources[key] {
		case config.FromFile:
			s += fmt.Sprintf("; the picker's l remembers %s but the file wins", l.Remembered)
		case config.FromFlag:
			s += fmt.Sprintf("; the picker's l remembers %s but the flag wins", l.Remembered)
		}
	}
	return s
}

// shown is the setting in force as config shows it; sound auto with what
// it comes to here: the tones when a sound player is found, else the bell.
func shown(row config.Setting, l config.Loaded, env Env) string {
	v := row.Shown(l.Settings)
	switch {
	case row.Key != "sound":
	case l.Quiet && l.Sound != config.SoundOff:
		v += ": none, quiet wins"
	case l.Sound != config.SoundAuto:
	case env.LookPath == nil:
	default:
		if path, _, ok := sound.FindPlayer(env.LookPath); ok {
			v += ": tones (" + filepath.Base(path) + " found)"
		} else {
			v += ": the bell (no sound player found)"
		}
	}
	return v
}

// newConfigInit is `backcoach config init`: config.yaml with every
// setting at its default and a comment, never over a file already there.
func newConfigInit(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "init",
		Short: "write config.yaml with every setting at its default, commented",
		Long: `Write config.yaml with every setting at its default, each with a comment
saying what it does, for you to edit. A config.yaml already there is left
as it is.`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			path := config.PathsFrom(env.Getenv).File()
			if path == "" {
				return usageErr("no config folder: neither XDG_CONFIG_HOME nor HOME is set")
			}
			if _, err := os.Lstat(path); err == nil {
				return inputErr(fmt.Errorf("%s is already there; left as it is (backcoach config shows what it sets)", safetext.Escape(path)))
			}
			if err := fsx.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return inputErr(fmt.Errorf("%s: %s", safetext.Escape(filepath.Dir(path)), safe(unwrapPathErr(err))))
			}
			f, _, err := fsx.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if err != nil {
				return inputErr(fmt.Errorf("%s: %s", safetext.Escape(path), safe(unwrapPathErr(err))))
			}
			_, err = f.WriteString(config.Commented())
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return inputErr(fmt.Errorf("%s: %s", safetext.Escape(path), safe(unwrapPathErr(err))))
			}
			out := newOutput(env.Stdout)
			fmt.Fprintf(out, "Wrote %s with the defaults; edit it, and backcoach config shows what is in force.\n", safetext.Escape(path))
			return out.result()
		},
	}
}
