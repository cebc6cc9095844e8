//go:build !unix

package fsx

// openFlags are none where named pipes are not files on disk (Windows
// keeps them under \\.\pipe\) and there is no controlling terminal: an
// open there never waits for a writer, and os keeps the handle from the
// programs backcoach starts.
const openFlags = 0

// createFlags go with the open that makes a temporary file: O_EXCL alone
// (CREATE_NEW) refuses whatever is at its name, a link too.
const createFlags = openFlags
