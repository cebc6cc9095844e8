//go:build windows

package child

import "os/exec"

// ownGroup does nothing on Windows, which has no process groups to kill.
func ownGroup(*exec.Cmd) {}

// killGroup kills cmd.
func killGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		_ = cmd.Process.Kill()
	}
}
