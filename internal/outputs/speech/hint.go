package speech

// InstallHint says how to get a speech program, where backcoach found
// none: espeak-ng by the same name on Debian and Ubuntu, Fedora and
// Homebrew (macOS has say already).
func InstallHint() string {
	return "to get one: sudo apt install espeak-ng on Debian and Ubuntu; sudo dnf install espeak-ng on Fedora; " +
		"brew install espeak-ng with Homebrew (macOS has say)"
}
