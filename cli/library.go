package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/data"
	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/internal/text/suggest"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// library is every routine, with the user's files' problems kept aside.
type library struct {
	routines []routines.Routine
	tips     []routines.Tip
	problems error // from the user's folders: shown, never fatal
}

// load reads the built-ins, then the user's folder, then --routines DIR.
// Only a missing --routines folder is an error: a broken file is a problem
// to show while the other routines load.
func load(l libraryFlags, getenv func(string) string) (library, error) {
	return loadWithin(l, getenv, 0)
}

// completionWait is how long a TAB waits for the user's folders: 100 real
// routines are read in about 5 ms, and a folder as slow as its bounds let
// it be (routines.MaxFolderSize of broken files) in about 0.4 s, which a
// person at a shell notices. With the start of the process, a TAB then
// answers within about 100 ms whatever the folders hold.
const completionWait = 30 * time.Millisecond

// loadWithin is load, waiting at most wait (0: as long as it takes) for
// the user's folders: a folder not read by then is left out. The wait is
// the real time a person waits, not the commands' clock (Env.Now).
func loadWithin(l libraryFlags, getenv func(string) string, wait time.Duration) (library, error) {
	var lib library
	builtIn, tips, err := routines.LoadBuiltIns(data.FS)
	if err != nil {
		return lib, err // a bug: the tests load them
	}
	lib.tips = tips
	sets := [][]routines.Routine{builtIn}
	var problems loadProblems
	configDir := ""
	dirs := []string{}
	if d := config.PathsFrom(getenv).Routines(); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			dirs = append(dirs, d)
			configDir = d
		}
	}
	if l.routinesDir != "" {
		if st, err := os.Stat(l.routinesDir); err != nil {
			return lib, fmt.Errorf("--routines %s: %v", l.routinesDir, unwrapPathErr(err))
		} else if !st.IsDir() {
			return lib, fmt.Errorf("--routines %s: not a folder", l.routinesDir)
		}
		dirs = append(dirs, l.routinesDir)
	}
	for i, f := range readFolders(dirs, wait) {
		if f == nil {
			continue // not read in time
		}
		var es routines.Errors
		if errors.As(f.err, &es) {
			problems.errs = append(problems.errs, es...)
			problems.dirs = append(problems.dirs, folder{path: dirs[i], arg: shellArg(dirs[i], getenv("HOME")), config: dirs[i] == configDir})
		} else if f.err != nil {
			return lib, f.err
		}
		sets = append(sets, f.routines)
	}
	lib.routines = routines.Merge(sets...)
	if len(problems.errs) > 0 {
		lib.problems = &problems
	}
	return lib, nil
}

// folderRead is what routines.LoadDir read from a folder.
type folderRead struct {
	routines []routines.Routine
	err      error
}

// readFolders reads the folders, each in turn or, with a wait, all at
// once for at most wait: a folder not read by then is nil. Its reading
// goes on unwatched until it ends: it is bounded (routines.MaxFolderSize).
func readFolders(dirs []string, wait time.Duration) []*folderRead {
	out := make([]*folderRead, len(dirs))
	if wait <= 0 {
		for i, d := range dirs {
			rs, err := routines.LoadDir(d)
			out[i] = &folderRead{rs, err}
		}
		return out
	}
	read := make([]chan folderRead, len(dirs))
	for i, d := range dirs {
		read[i] = make(chan folderRead, 1)
		go func() {
			rs, err := routines.LoadDir(d)
			read[i] <- folderRead{rs, err}
		}()
	}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	late := false
	for i := range dirs {
		if !late {
			select {
			case f := <-read[i]:
				out[i] = &f
				continue
			case <-timer.C:
				late = true
			}
		}
		select {
		case f := <-read[i]:
			out[i] = &f
		default:
		}
	}
	return out
}

// isFile reports whether target names a file rather than a routine id.
func isFile(target string) bool {
	return routines.IsRoutineFile(target) || strings.ContainsRune(target, os.PathSeparator)
}

// resolve finds a routine by id, or by name in any case ("Upper back",
// as the picker and list show it), or loads it from a file path. A name
// two routines share is refused, naming their ids. A name that looks like
// a path ("Neck/shoulders") is a name unless the file is there.
func resolve(rs []routines.Routine, target string) (routines.Routine, error) {
	named := byName(rs, target)
	if isFile(target) {
		if _, err := os.Stat(target); err == nil || len(named) == 0 {
			return routines.LoadFile(target)
		}
	}
	if r, ok := routines.Find(rs, target); ok {
		return r, nil
	}
	switch len(named) {
	case 0:
		return routines.Routine{}, errNoRoutine(rs, target)
	case 1:
		return named[0], nil
	}
	return routines.Routine{}, fmt.Errorf("%d routines are named %q: %s; name one by its id", len(named), target, strings.Join(routines.IDs(named), ", "))
}

// byName are the routines named name, in any case.
func byName(rs []routines.Routine, name string) []routines.Routine {
	var named []routines.Routine
	for _, r := range rs {
		if strings.EqualFold(r.Name, strings.TrimSpace(name)) {
			named = append(named, r)
		}
	}
	return named
}

// errNoRoutine says there is no routine by that id or name, and which
// there are.
func errNoRoutine(rs []routines.Routine, id string) error {
	ids := routines.IDs(rs)
	if near := nearestIDs(ids, id); len(near) > 0 {
		return fmt.Errorf("no routine %q; did you mean %s? The routines are: %s (see backcoach list)", id, words.Or(near), strings.Join(ids, ", "))
	}
	return fmt.Errorf("no routine %q; the routines are: %s (see backcoach list)", id, strings.Join(ids, ", "))
}

// nearestIDs are the ids target may mean: the one a slip away (in any
// case: UPPER-BACK), else those it begins (upper).
func nearestIDs(ids []string, target string) []string {
	if near := suggest.Nearest(target, ids); near != "" {
		return []string{near}
	}
	var begun []string
	t := strings.ToLower(strings.TrimSpace(target))
	for _, id := range ids {
		if t != "" && strings.HasPrefix(id, t) {
			begun = append(begun, id)
		}
	}
	return begun
}

// resolveIn is resolve over the library, saying which broken file the
// routine may be when it is not found: the file of that id with its first
// error, or the line naming the broken files.
func resolveIn(lib library, target string) (routines.Routine, error) {
	r, err := resolve(lib.routines, target)
	if err == nil || lib.problems == nil || isFile(target) {
		return r, err
	}
	var es routines.Errors
	errors.As(lib.problems, &es)
	var first *routines.Error
	n := 0
	for _, e := range es {
		base := filepath.Base(e.File)
		if strings.TrimSuffix(base, filepath.Ext(base)) == target {
			if first == nil {
				first = e
			}
			n++
		}
	}
	if first == nil {
		return r, fmt.Errorf("%w\n%s", err, warning(lib.problems))
	}
	more := ""
	if n > 1 {
		more = fmt.Sprintf(" (and %d more; backcoach validate lists them)", n-1)
	}
	return r, fmt.Errorf("routine %q is not loaded: its file has an error%s:\n  %s", target, more, first.Error())
}

// routineArg completes a routine id (built-in, the user's, and those in
// --routines DIR), or a routine file once what is typed looks like a path.
func routineArg(env Env, l *libraryFlags) cobra.CompletionFunc {
	ids := routineIDs(env, l)
	return func(c *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		files := []string{"yaml", "yml"}
		if isFile(toComplete) || strings.HasPrefix(toComplete, ".") {
			return files, cobra.ShellCompDirectiveFilterFileExt
		}
		if got, _ := ids(c, args, toComplete); len(got) > 0 {
			return got, cobra.ShellCompDirectiveNoFileComp
		}
		return files, cobra.ShellCompDirectiveFilterFileExt // a file, then
	}
}

// routineIDs completes a routine id, and only an id (remind --routine).
// What goes to the shell is cleaned: a name can hold anything.
func routineIDs(env Env, l *libraryFlags) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		lib, err := loadWithin(*l, env.Getenv, completionWait)
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		var ids []string
		for _, r := range lib.routines {
			if strings.HasPrefix(r.ID, toComplete) {
				ids = append(ids, safetext.Line(r.ID)+"\t"+safetext.Line(r.Name))
			}
		}
		return ids, cobra.ShellCompDirectiveNoFileComp
	}
}

// oneRoutine wants one argument: a routine id or file, for verb.
func oneRoutine(verb string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != 1 {
			return &exitError{code: ExitUsage, err: fmt.Errorf("%s wants one routine id or file, like: backcoach %s low-back", verb, verb),
				hint: "The routines are listed by backcoach list."}
		}
		return nil
	}
}
