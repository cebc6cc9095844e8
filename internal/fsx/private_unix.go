//go:build unix

package fsx

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// notOurs says why the folder st is not this user's alone, or "" if it
// is: owned by another, or writable by the group or by others.
func notOurs(st fs.FileInfo) string {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return "its owner cannot be told"
	}
	if uid := os.Getuid(); int(sys.Uid) != uid {
		return fmt.Sprintf("owned by uid %d, not by you (uid %d)", sys.Uid, uid)
	}
	if st.Mode().Perm()&0o022 != 0 {
		return fmt.Sprintf("others may write in it (%s)", st.Mode())
	}
	return ""
}
