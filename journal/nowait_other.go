//go:build !unix

package journal

// noWait is nothing where named pipes are not files on disk (Windows keeps
// them under \\.\pipe\): opening a path there never waits for a writer.
const noWait = 0
