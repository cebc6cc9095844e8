package cli

import (
	"fmt"
	"os/exec"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/internal/outputs/sound"
	"github.com/backcoach/backcoach/internal/text/safetext"
)

// soundGap is the silence between two sounds, so each is heard apart.
const soundGap = 600 * time.Millisecond

// soundLimit is the longest one sound may take: a stuck player is
// stopped, not waited on.
const soundLimit = 5 * time.Second

// newSounds is `backcoach sounds`: each cue's tones, with its name, to
// hear them before lying down on the floor.
func newSounds(env Env) *cobra.Command {
	var quiet bool
	c := &cobra.Command{
		Use:   "sounds",
		Short: "hear each sound of a routine, with its name",
		Long: `Play each sound a routine makes, one after another, with its name and
when it comes, through the sound player a routine would use (pw-play,
paplay, aplay or afplay). With --quiet, or with no player, it says what
it would play and why it cannot.`,
		Example: `  backcoach sounds`,
		Args:    noArgs,
		RunE: func(*cobra.Command, []string) error {
			return sounds(env, quiet)
		},
	}
	c.Flags().BoolVarP(&quiet, "quiet", "q", false, "play nothing: only say what would play")
	return c
}

// sounds plays the cues, or says why it cannot.
func sounds(env Env, quiet bool) error {
	out := newOutput(env.Stdout)
	lookPath := env.LookPath
	if lookPath == nil {
		lookPath = exec.LookPath
	}
	list := func() {
		for _, c := range sound.Cues() {
			fmt.Fprintf(out, "  %-7s %s\n", c, c.Meaning())
		}
	}
	path, args, ok := sound.FindPlayer(lookPath)
	switch {
	case quiet:
		through := ""
		if ok {
			through = " through " + safetext.Escape(path)
		}
		fmt.Fprintf(out, "--quiet: nothing plays. These would%s:\n", through)
		list()
		return out.result()
	case !ok:
		names := make([]string, len(sound.Players))
		for i, p := range sound.Players {
			names[i] = p.Name
		}
		fmt.Fprintln(out, "These would play, but none can:")
		list()
		if err := out.result(); err != nil {
			return err
		}
		return inputErr(fmt.Errorf("no sound player found (%s), so a routine rings the terminal's bell instead; %s",
			strings.Join(names, ", "), sound.InstallHint()))
	}
	dir, err := sound.Folder(config.PathsFrom(env.Getenv).Sounds())
	if err != nil {
		return inputErr(fmt.Errorf("cannot write the tones to %s: %s", safetext.Escape(dir), safe(unwrapPathErr(err))))
	}
	files, err := sound.WriteTones(dir)
	if err != nil {
		return inputErr(fmt.Errorf("cannot write the tones to %s: %s", safetext.Escape(dir), safe(unwrapPathErr(err))))
	}
	player := sound.NewTones(path, args, files)
	defer player.Stop(0)
	fmt.Fprintf(out, "Playing each sound through %s:\n", safetext.Escape(path))
	for i, c := range sound.Cues() {
		if i > 0 {
			time.Sleep(soundGap)
		}
		fmt.Fprintf(out, "  %-7s %s\n", c, c.Meaning())
		if err := player.PlayToEnd(c, soundLimit); err != nil {
			_ = out.result()
			return inputErr(fmt.Errorf("%s: %s", c, err))
		}
	}
	return out.result()
}
