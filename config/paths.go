// Package config holds where backcoach keeps things, resolved in one
// place from the XDG base directories.
package config

import "path/filepath"

// Paths are backcoach's folders: Config for what the user writes (their
// routines), State for what backcoach writes (the journal, remind's
// state). Either is "" when neither its XDG variable nor HOME says where.
type Paths struct {
	Config string
	State  string
	Cache  string
}

// PathsFrom resolves the folders from the environment:
// $XDG_CONFIG_HOME/backcoach (or ~/.config/backcoach) and
// $XDG_STATE_HOME/backcoach (or ~/.local/state/backcoach). A relative XDG
// variable is ignored, as the XDG specification asks.
func PathsFrom(getenv func(string) string) Paths {
	dir := func(xdg string, home ...string) string {
		if x := getenv(xdg); x != "" && filepath.IsAbs(x) {
			return filepath.Join(x, "backcoach")
		}
		if h := getenv("HOME"); h != "" {
			return filepath.Join(append(append([]string{h}, home...), "backcoach")...)
		}
		return ""
	}
	return Paths{Config: dir("XDG_CONFIG_HOME", ".config"), State: dir("XDG_STATE_HOME", ".local", "state"), Cache: dir("XDG_CACHE_HOME", ".cache")}
}

func join(dir, name string) string {
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, name)
}

// File is the config file, config.yaml.
func (p Paths) File() string { return join(p.Config, "config.yaml") }

// Routines is the user's routines folder.
func (p Paths) Routines() string { return join(p.Config, "routines") }

// Schema is the routine files' JSON Schema, for editors, beside the
// routines folder.
func (p Paths) Schema() string { return join(p.Config, "routine.schema.json") }

// Level is the level last chosen in the picker, remembered.
func (p Paths) Level() string { return join(p.State, "level") }

// Journal is the journal of sessions.
func (p Paths) Journal() string { return join(p.State, "journal.jsonl") }

// Sounds is where the tones are kept for the sound player.
func (p Paths) Sounds() string { return join(p.Cache, "sounds") }

// RemindState is what `remind` leaves for `status`.
func (p Paths) RemindState() string { return join(p.State, "remind.json") }
