package terminal

import "golang.org/x/sys/unix"

// The ioctls that read and set a terminal's modes on macOS (BSD's).
const (
	ioctlGetTermios = unix.TIOCGETA
	ioctlSetTermios = unix.TIOCSETA
)

// fread is FREAD from <sys/fcntl.h>: TIOCFLUSH with it flushes the input.
const fread = 0x1

// flushInput drops input the terminal has received but nobody has read:
// tcflush(fd, TCIFLUSH), which the C library turns into this ioctl.
func flushInput(fd uintptr) error {
	return unix.IoctlSetPointerInt(int(fd), unix.TIOCFLUSH, fread)
}
