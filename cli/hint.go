package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// loadProblems are the problems of the user's routine files, and the
// folders that hold them, for the one line that says so.
type loadProblems struct {
	errs routines.Errors
	dirs []folder // each folder with a broken file, in load order
}

// folder is a folder of routines, as loaded and as a shell argument.
type folder struct {
	path   string
	arg    string
	config bool // the user's routines folder: what plain validate checks
}

func (p *loadProblems) Error() string { return p.errs.Error() }
func (p *loadProblems) Unwrap() error { return p.errs }

// hintWidth is the longest hint that names more than it must: an
// 80-column line, less the picker's " ! ". Past 40 columns the picker
// cuts the line, so what matters comes first: that files were skipped,
// which, then the command.
const hintWidth = 77

// warning is the one line about broken user files: the first files, as
// many as fit hintWidth with the command that shows their errors, or
// their number when no name fits with it:
//
//	skipped, with errors: neck.yaml, back.yaml and 10 more; run backcoach validate
//	skipped, with errors: 13 files; run backcoach validate --routines ~/shared
//
// Plain validate checks the user's folder; a folder from --routines DIR
// is named, so the command works as typed after the run.
func warning(problems error) string {
	files := routines.ErrorFiles(problems)
	if len(files) == 0 {
		return ""
	}
	var lp *loadProblems
	errors.As(problems, &lp)
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = safetext.Escape(filepath.Base(f))
		if lp != nil && lp.isDir(f) {
			names[i] += string(filepath.Separator) // the folder could not be read
		}
	}
	cmd := lp.command()
	for n := len(names); n > 0; n-- {
		if s := hintLine(names[:n], len(names)-n, cmd); lipgloss.Width(s) <= hintWidth {
			return s
		}
	}
	if len(names) > 1 {
		if s := fmt.Sprintf("skipped, with errors: %d files; run %s", len(names), cmd); lipgloss.Width(s) <= hintWidth {
			return s
		}
	}
	return hintLine(names[:1], len(names)-1, cmd) // a long path: the name, then what fits of the command
}

// command is the shortest that shows the errors: plain validate checks the
// user's folder, and the folder of --routines DIR when given.
func (p *loadProblems) command() string {
	cmd := "backcoach validate"
	if p == nil {
		return cmd
	}
	var mine bool
	var other []string
	for _, d := range p.dirs {
		if d.config {
			mine = true
		} else {
			other = append(other, safetext.Escape(d.arg))
		}
	}
	switch {
	case len(other) == 0:
		return cmd
	case mine:
		return cmd + " --routines " + strings.Join(other, " ")
	}
	return cmd + " " + strings.Join(other, " ")
}

// isDir reports whether f is one of the folders: its problem is that it
// could not be read.
func (p *loadProblems) isDir(f string) bool {
	for _, d := range p.dirs {
		if d.path == f {
			return true
		}
	}
	return false
}

// hintLine is "skipped, with errors: a, b and 3 more; run CMD".
func hintLine(names []string, more int, cmd string) string {
	if more > 0 {
		names = append(names[:len(names):len(names)], fmt.Sprintf("%d more", more))
	}
	return fmt.Sprintf("skipped, with errors: %s; run %s", words.And(names), cmd)
}

// shellArg writes a folder as it can be typed to a shell: under the home
// folder as ~/..., and quoted when it holds anything a shell reads.
func shellArg(path, home string) string {
	prefix := ""
	if home != "" && runtime.GOOS != "windows" {
		if rel, err := filepath.Rel(home, path); err == nil && filepath.IsAbs(path) && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			prefix, path = "~/", rel
			if rel == "." {
				return "~"
			}
		}
	}
	if strings.Trim(path, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:@%+=,-") == "" && path != "" {
		return prefix + path
	}
	if runtime.GOOS == "windows" {
		return prefix + `"` + path + `"`
	}
	return prefix + "'" + strings.ReplaceAll(path, "'", `'\''`) + "'"
}
