// Package fsxtest is a test helper for the files backcoach opens: it
// tells whether a call opened a terminal device, as opening a link to
// /dev/ptmx does (it makes a new terminal, which a watchdog may act on),
// so that a test can check that a file is refused without being opened.
package fsxtest

// Ptmx is the device that makes a new terminal each time it is opened.
const Ptmx = "/dev/ptmx"

// pts is where the system lists its terminals, one entry each.
const pts = "/dev/pts"
