package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/data"
	"github.com/backcoach/backcoach/internal/text/safetext"
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
	for _, d := range dirs {
		rs, err := routines.LoadDir(d)
		var es routines.Errors
		if errors.As(err, &es) {
			problems.errs = append(problems.errs, es...)
			problems.dirs = append(problems.dirs, folder{path: d, arg: shellArg(d, getenv("HOME")), config: d == configDir})
		} else if err != nil {
			return lib, err
		}
		sets = append(sets, rs)
	}
	lib.routines = routines.Merge(sets...)
	if len(problems.errs) > 0 {
		lib.problems = &problems
	}
	return lib, nil
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
	return fmt.Errorf("no routine %q; the routines are: %s (see backcoach list)", id, strings.Join(routines.IDs(rs), ", "))
}

// resolveIn is resolve over the library, saying which broken file the
// routine may be when it is not found.
func resolveIn(lib library, target string) (routines.Routine, error) {
	r, err := resolve(lib.routines, target)
	if err != nil && lib.problems != nil && !isFile(target) {
		err = fmt.Errorf("%w\n%s", err, warning(lib.problems))
	}
	return r, err
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
		lib, err := load(*l, env.Getenv)
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
