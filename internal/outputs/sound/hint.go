package sound

// Meaning says when the coach plays a cue, for `backcoach sounds`.
func (c Cue) Meaning() string {
	return [...]string{
		Go:     "a hold starts",
		Rest:   "a hold ends: rest, or get ready for the next exercise",
		Switch: "a hold ends: switch sides",
		Tick:   "each of the last 3 seconds of a hold",
		Done:   "the routine is finished",
	}[c]
}

// Cues are every cue, in the order a routine first plays them.
func Cues() []Cue { return []Cue{Go, Tick, Rest, Switch, Done} }

// InstallHint says how to get a sound player, where backcoach found
// none: the package names on Debian and Ubuntu, Fedora, and macOS (which
// has afplay already).
func InstallHint() string {
	return "to get one: sudo apt install pipewire-bin (or pulseaudio-utils, or alsa-utils) on Debian and Ubuntu; " +
		"sudo dnf install pipewire-utils (or pulseaudio-utils, or alsa-utils) on Fedora; macOS has afplay"
}
