package terminal

import "golang.org/x/sys/unix"

// The ioctls that read and set a terminal's modes on Linux.
const (
	ioctlGetTermios = unix.TCGETS
	ioctlSetTermios = unix.TCSETS
)

// flushInput drops input the terminal has received but nobody has read:
// tcflush(fd, TCIFLUSH).
func flushInput(fd uintptr) error {
	return unix.IoctlSetInt(int(fd), unix.TCFLSH, unix.TCIFLUSH)
}
