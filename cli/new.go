package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/backcoach/backcoach/config"
	"github.com/backcoach/backcoach/data"
	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/routines"
)

// newNew is `backcoach new [ID|-]`: a commented starter routine, in the
// user's routines folder (never over a file) or on stdout.
func newNew(env Env) *cobra.Command {
	var name string
	c := &cobra.Command{
		Use:   "new [ID|-]",
		Short: "start a routine of your own from a commented example",
		Long: `Write a commented starter routine to your routines folder as ID.yaml
(default my-routine), or to stdout with -. An existing file is never
overwritten. The file names the routines' JSON Schema, so editors with the
YAML language server (VS Code, Neovim, Helix) complete and check it while
you type; then backcoach validate checks it and backcoach show shows its
whole plan.`,
		Example: `  backcoach new neck
  backcoach new desk-break --name "Desk break"
  backcoach new - > ~/shared/neck.yaml`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageErr("new wants at most one routine id, like: backcoach new neck")
			}
			return nil
		},
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(c *cobra.Command, args []string) error {
			id := ""
			if len(args) == 1 {
				if id = args[0]; id == "" {
					return usageErr("new: the id is empty; give one like neck, or none for my-routine")
				}
			}
			return newRoutine(env, id, name)
		},
	}
	c.Flags().StringVar(&name, "name", "", "the routine's `NAME` in the picker (default: from the id)")
	return c
}

func newRoutine(env Env, id, name string) error {
	paths := config.PathsFrom(env.Getenv)
	toStdout := id == "-"
	if toStdout || id == "" {
		id = "my-routine"
	}
	if routines.Kebab(id) != id {
		return notAnID(id)
	}
	if name == "" {
		name = strings.ReplaceAll(id, "-", " ")
		r := []rune(name)
		r[0] = unicode.ToUpper(r[0])
		name = string(r)
	} else if len([]rune(name)) > routines.MaxNameLen || safetext.Line(name) != name {
		return usageErr("new: --name wants one line of at most %d characters", routines.MaxNameLen)
	}
	// What validate checks, on what new is about to write, before
	// anything is written (the schema line is a comment: left out).
	if _, err := routines.Parse(id+".yaml", starter(id, name, "")); err != nil {
		var es routines.Errors
		if errors.As(err, &es) && len(es) > 0 && es[0].Field != "" {
			return usageErr("new: the file would not validate: %s: %s", es[0].Field, es[0].Msg)
		}
		return usageErr("new: the file would not validate: %v", err)
	}
	if toStdout {
		out := newOutput(env.Stdout)
		_, _ = out.Write(starter(id, name, writeSchema(env, paths.Schema())))
		return out.result()
	}
	dir := paths.Routines()
	if dir == "" {
		return usageErr("new: no routines folder: neither XDG_CONFIG_HOME nor HOME is set; use backcoach new - > FILE.yaml")
	}
	path := filepath.Join(dir, id+".yaml")
	// Two files with one id in a folder: validate refuses the folder.
	rs, _ := routines.LoadDir(dir) // a broken file is not new's to say
	if r, ok := routines.Find(rs, id); ok && r.Source != path {
		return inputErr(fmt.Errorf("new: %s has the id %q already, and two files with one id are an error: give another id, like backcoach new %s-2", r.Source, id, id))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return inputErr(err)
	}
	schema := writeSchema(env, paths.Schema())
	if schema != "" {
		if rel, err := filepath.Rel(dir, schema); err == nil {
			schema = filepath.ToSlash(rel) // the folder may move with its schema
		}
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return inputErr(fmt.Errorf("%s exists already, and new never writes over a file: edit it, or give another id, like backcoach new %s-2", path, id))
	}
	if err != nil {
		return inputErr(err)
	}
	_, err = f.Write(starter(id, name, schema))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(path) // half a routine is a broken file
		return inputErr(fmt.Errorf("could not write %s: %w", path, err))
	}
	out := newOutput(env.Stdout)
	fmt.Fprintf(out, "Wrote %s\n", safetext.Escape(path))
	fmt.Fprintf(out, "Check it:  backcoach validate %s\n", shellWord(path))
	fmt.Fprintf(out, "See it:    backcoach show %s\n", id)
	fmt.Fprintf(out, "Do it:     backcoach run %s\n", id)
	return out.result()
}

// notAnID refuses an id that is not one, with one that is: made from it
// ("Neck Stretch" is neck-stretch, neck.yaml is neck), else an example.
// A path is said to be one: new writes only in the routines folder.
func notAnID(id string) error {
	base := filepath.Base(filepath.Clean(id))
	if routines.IsRoutineFile(base) {
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	like := routines.Kebab(base)
	if like == "" {
		like = "neck or desk-break"
	}
	err := &exitError{code: ExitUsage, err: fmt.Errorf("new: %q is not an id; ids are lower-case words joined by -, like %s", id, like)}
	if isFile(id) || strings.HasPrefix(id, ".") {
		err.hint = "new writes ID.yaml in your routines folder; to write a file elsewhere: backcoach new - > FILE.yaml"
	}
	return err
}

// placeholder is a word of the starter to fill in (a value when it
// follows "id: " or "name: ", else in a comment), with the spaces after
// it that keep a comment in its column.
var placeholder = regexp.MustCompile(`((?:id|name): )?\b(ID|NAME|SCHEMA)\b( {2,})?`)

// starter is data/starter.yaml for id and name, naming schema (or no
// schema line when there is none).
func starter(id, name, schema string) []byte {
	src, err := data.FS.ReadFile("starter.yaml")
	if err != nil {
		panic(err) // embedded: a test reads it
	}
	if schema == "" {
		src = bytes.TrimPrefix(src, []byte("# yaml-language-server: $schema=SCHEMA\n#\n"))
	}
	return placeholder.ReplaceAllFunc(src, func(m []byte) []byte {
		p := placeholder.FindSubmatch(m)
		key, word, gap := string(p[1]), string(p[2]), string(p[3])
		v := map[string]string{"ID": id, "NAME": name, "SCHEMA": schema}[word]
		if key != "" {
			v = yamlString(v) // a value: it must read back as this text
		}
		if gap != "" {
			gap = strings.Repeat(" ", max(1, len(gap)-(len([]rune(v))-len(word))))
		}
		return []byte(key + v + gap)
	})
}

// yamlString is s as a YAML scalar that reads back as the string s:
// quoted whenever YAML would take it for something else (null, true,
// 123, "- x").
func yamlString(s string) string {
	b, err := yaml.Marshal(s)
	if err != nil {
		return strconv.Quote(s)
	}
	return strings.TrimSuffix(string(b), "\n")
}

// shellWord is path as one word a shell reads back as path.
func shellWord(path string) string {
	if strings.ContainsFunc(path, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("/._-~", r)
	}) {
		return "'" + strings.ReplaceAll(safetext.Escape(path), "'", `'\''`) + "'"
	}
	return path
}

// writeSchema puts the routines' JSON Schema at path for editors, kept up
// to date, and returns path; or says why it could not and returns "" (the
// starter then names no schema, and still works).
func writeSchema(env Env, path string) string {
	if path == "" {
		return ""
	}
	if err := writeIfChanged(path, routines.SchemaJSON()); err != nil {
		warn(env, "could not write the schema %s (%s); editors will not check the file", safetext.Escape(path), safe(unwrapPathErr(err)))
		return ""
	}
	return path
}

// writeIfChanged writes b to path unless it holds b already, replacing
// it whole (fsx.WriteFile), so no reader sees half of it. It replaces
// only a regular file: a link, a folder or a named pipe at path is the
// user's, and left alone.
func writeIfChanged(path string, b []byte) error {
	if st, err := os.Lstat(path); err == nil && !st.Mode().IsRegular() {
		return fmt.Errorf("it is not a regular file; left as it is")
	}
	if have, err := fsx.ReadFile(path, 1<<20); err == nil && bytes.Equal(have, b) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return fsx.WriteFile(path, b, 0o644)
}
