// Package data holds backcoach's built-in files: the routines taken from
// the physical-therapy article, and its prevention tips.
package data

import "embed"

// FS holds routines/*.yaml, tips.yaml, starter.yaml (what `backcoach new`
// writes) and routine.schema.json (the JSON Schema of routine files).
//
//go:embed routines/*.yaml tips.yaml starter.yaml routine.schema.json
var FS embed.FS
