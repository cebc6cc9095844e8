// Package data holds backcoach's built-in files: the routines taken from
// the physical-therapy article, and its prevention tips.
package data

import "embed"

// FS holds routines/*.yaml and tips.yaml.
//
//go:embed routines/*.yaml tips.yaml
var FS embed.FS
