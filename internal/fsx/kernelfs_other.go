//go:build !linux

package fsx

import "os"

// kernelFS is "" outside Linux: the kernel's files there (a BSD's
// /proc, when it is mounted) are left to the other checks and the read's
// cap.
func kernelFS(string) string { return "" }

// openKernelFS is kernelFS of an open file.
func openKernelFS(*os.File) string { return "" }
