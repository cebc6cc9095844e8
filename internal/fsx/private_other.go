//go:build !unix

package fsx

import "io/fs"

// notOurs is "" where a mode and an owner say nothing of who may write
// in a folder (Windows: its temp folder is the user's own).
func notOurs(fs.FileInfo) string { return "" }
