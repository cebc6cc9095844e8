package fsx

import (
	"os"
	"syscall"
)

// kernelFSs name the kernel's file systems by their magic number
// (statfs(2)'s f_type, linux/magic.h): procfs, and those mounted under
// /sys. Their files say they are regular files, and are read from the
// kernel: /proc/kmsg waits for the kernel's next message, tracefs's
// trace_pipe for the next event, /proc/self/pagemap says 0 bytes and
// holds one entry a page of the address space.
var kernelFSs = map[uint32]string{
	0x9fa0:     "/proc", // PROC_SUPER_MAGIC
	0x62656572: "/sys",  // SYSFS_MAGIC
	0x64626720: "/sys",  // DEBUGFS_MAGIC: /sys/kernel/debug
	0x74726163: "/sys",  // TRACEFS_MAGIC: /sys/kernel/tracing
	0x73636673: "/sys",  // SECURITYFS_MAGIC: /sys/kernel/security
	0x27e0eb:   "/sys",  // CGROUP_SUPER_MAGIC: /sys/fs/cgroup
	0x63677270: "/sys",  // CGROUP2_SUPER_MAGIC: /sys/fs/cgroup
}

// kernelFS is "/proc" or "/sys" if path (links followed) is on one of
// the kernel's file systems, and "" otherwise or if it cannot be told.
func kernelFS(path string) string {
	var st syscall.Statfs_t
	if syscall.Statfs(path, &st) != nil {
		return ""
	}
	return kernelFSs[uint32(st.Type)]
}

// openKernelFS is kernelFS of the open file f: what is checked is the
// file opened, whatever path names by now.
func openKernelFS(f *os.File) string {
	c, err := f.SyscallConn()
	if err != nil {
		return ""
	}
	var st syscall.Statfs_t
	var serr error
	// Control leaves f's blocking mode as it is (Fd would change it).
	if err := c.Control(func(fd uintptr) { serr = syscall.Fstatfs(int(fd), &st) }); err != nil || serr != nil {
		return ""
	}
	return kernelFSs[uint32(st.Type)]
}
