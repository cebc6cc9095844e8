//go:build linux

package e2e

import (
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// The release config is checked here, without goreleaser or the network,
// for what a user of a release would notice if it were wrong: a platform
// missing, a --version that names no version, an archive or package
// without the man page or a completion, a file installed where the shell
// or man does not look.

// releaseConfig is the part of .goreleaser.yaml the tests read.
type releaseConfig struct {
	Version int `yaml:"version"`
	Before  struct {
		Hooks []string `yaml:"hooks"`
	} `yaml:"before"`
	Builds []struct {
		Main    string   `yaml:"main"`
		Binary  string   `yaml:"binary"`
		Env     []string `yaml:"env"`
		Goos    []string `yaml:"goos"`
		Goarch  []string `yaml:"goarch"`
		Flags   []string `yaml:"flags"`
		Ldflags []string `yaml:"ldflags"`
	} `yaml:"builds"`
	Archives []struct {
		Formats         []string `yaml:"formats"`
		FormatOverrides []struct {
			Goos    string   `yaml:"goos"`
			Formats []string `yaml:"formats"`
		} `yaml:"format_overrides"`
		Files []string `yaml:"files"`
	} `yaml:"archives"`
	Nfpms []struct {
		Formats  []string `yaml:"formats"`
		Bindir   string   `yaml:"bindir"`
		Contents []struct {
			Src string `yaml:"src"`
			Dst string `yaml:"dst"`
		} `yaml:"contents"`
	} `yaml:"nfpms"`
}

// Where the packages install the generated files: the folders that man,
// bash-completion, zsh (Debian's and Fedora's vendor folder) and fish
// search. The keys are the files the before-hooks write.
var packagedFiles = map[string]string{
	"manpages/backcoach.1.gz":    "/usr/share/man/man1/backcoach.1.gz",
	"completions/backcoach.bash": "/usr/share/bash-completion/completions/backcoach",
	"completions/_backcoach":     "/usr/share/zsh/vendor-completions/_backcoach",
	"completions/backcoach.fish": "/usr/share/fish/vendor_completions.d/backcoach.fish",
}

func readReleaseConfig(t *testing.T) (releaseConfig, string) {
	t.Helper()
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(root, ".goreleaser.yaml")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var c releaseConfig
	if err := yaml.Unmarshal(data, &c); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return c, root
}

func TestReleaseConfig(t *testing.T) {
	needBinary(t)
	t.Parallel()
	c, root := readReleaseConfig(t)

	if c.Version != 2 {
		t.Errorf("version: %d, want 2 (goreleaser v2 reads no other)", c.Version)
	}

	t.Run("builds", func(t *testing.T) {
		t.Parallel()
		if len(c.Builds) == 0 {
			t.Fatal("no builds")
		}
		var goos, goarch []string
		for _, b := range c.Builds {
			goos, goarch = append(goos, b.Goos...), append(goarch, b.Goarch...)
			if b.Binary != "backcoach" {
				t.Errorf("build of %q: binary %q, want backcoach", b.Main, b.Binary)
			}
			if !slices.Contains(b.Env, "CGO_ENABLED=0") {
				t.Errorf("build of %q: env %q, want CGO_ENABLED=0 (cross-compiled, no libc needed)", b.Main, b.Env)
			}
		}
		for _, name := range []string{"linux", "darwin", "windows"} {
			if !slices.Contains(goos, name) {
				t.Errorf("goos %q: no %s build", goos, name)
			}
		}
		for _, arch := range []string{"amd64", "arm64"} {
			if !slices.Contains(goarch, arch) {
				t.Errorf("goarch %q: no %s build", goarch, arch)
			}
		}
	})

	// Each -X names a string variable that exists: the linker silently
	// ignores one that does not, and --version would say "dev".
	t.Run("ldflags set cli.Version", func(t *testing.T) {
		t.Parallel()
		module := modulePath(t, root)
		for _, b := range c.Builds {
			ldflags := strings.Join(b.Ldflags, " ")
			if !strings.Contains(ldflags, "-X "+module+"/cli.Version={{.Version}}") {
				t.Errorf("build of %q: ldflags %q do not set %s/cli.Version to {{.Version}}", b.Main, ldflags, module)
			}
			for _, m := range regexp.MustCompile(`-X (\S+)\.(\w+)=`).FindAllStringSubmatch(ldflags, -1) {
				pkg, name := m[1], m[2]
				rel, ok := strings.CutPrefix(pkg, module+"/")
				if !ok {
					t.Errorf("-X %s.%s: not a package of %s", pkg, name, module)
					continue
				}
				if !hasStringVar(t, filepath.Join(root, filepath.FromSlash(rel)), name) {
					t.Errorf("-X %s.%s: package %s has no string variable %s", pkg, name, rel, name)
				}
			}
		}
	})

	// What a user runs after installing: --version names the release.
	t.Run("--version names the version", func(t *testing.T) {
		t.Parallel()
		const version = "9.8.7-releasetest"
		for _, b := range c.Builds {
			exe := filepath.Join(t.TempDir(), "backcoach")
			args := append([]string{"build", "-o", exe}, b.Flags...)
			args = append(args, "-ldflags", strings.ReplaceAll(strings.Join(b.Ldflags, " "), "{{.Version}}", version), b.Main)
			build := exec.Command("go", args...)
			build.Dir = root
			build.Env = append(os.Environ(), b.Env...)
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
			}
			out, err := exec.Command(exe, "--version").Output()
			if err != nil || strings.TrimSpace(string(out)) != "backcoach "+version {
				t.Errorf("backcoach --version: %q, %v; want \"backcoach %s\"", out, err, version)
			}
		}
	})

	t.Run("the hooks write the packaged files", func(t *testing.T) {
		t.Parallel()
		for file := range packagedFiles {
			if !writtenByHooks(c.Before.Hooks, file) {
				t.Errorf("no before-hook writes %s; hooks:\n%s", file, strings.Join(c.Before.Hooks, "\n"))
			}
		}
	})

	t.Run("archives", func(t *testing.T) {
		t.Parallel()
		if len(c.Archives) == 0 {
			t.Fatal("no archives")
		}
		for i, a := range c.Archives {
			for _, file := range append([]string{"README.md"}, slices.Sorted(maps.Keys(packagedFiles))...) {
				if !matchesAny(a.Files, file) {
					t.Errorf("archives[%d]: files %q leave out %s", i, a.Files, file)
				}
			}
			if len(a.Formats) != 0 && !slices.Equal(a.Formats, []string{"tar.gz"}) {
				t.Errorf("archives[%d]: formats %q, want [tar.gz] for Linux and macOS", i, a.Formats)
			}
			zip := false
			for _, o := range a.FormatOverrides {
				zip = zip || o.Goos == "windows" && slices.Equal(o.Formats, []string{"zip"})
			}
			if !zip {
				t.Errorf("archives[%d]: no format_overrides entry making Windows archives zip", i)
			}
		}
	})

	t.Run("packages", func(t *testing.T) {
		t.Parallel()
		if len(c.Nfpms) == 0 {
			t.Fatal("no nfpms")
		}
		var formats []string
		for i, n := range c.Nfpms {
			formats = append(formats, n.Formats...)
			if n.Bindir != "" && n.Bindir != "/usr/bin" {
				t.Errorf("nfpms[%d]: bindir %q, want /usr/bin (on every PATH)", i, n.Bindir)
			}
			for src, dst := range packagedFiles {
				found := false
				for _, f := range n.Contents {
					if f.Dst == dst {
						found = true
						if f.Src != src {
							t.Errorf("nfpms[%d]: %s comes from %s, want %s", i, dst, f.Src, src)
						}
					}
				}
				if !found {
					t.Errorf("nfpms[%d]: does not install %s (from %s)", i, dst, src)
				}
			}
		}
		for _, f := range []string{"deb", "rpm"} {
			if !slices.Contains(formats, f) {
				t.Errorf("nfpms formats %q: no %s", formats, f)
			}
		}
	})

	// goreleaser runs the hooks with `go run .`; the built binary stands in
	// for it here, so a renamed or missing subcommand fails this test
	// instead of the release.
	t.Run("hooks name real subcommands", func(t *testing.T) {
		t.Parallel()
		goRun := regexp.MustCompile(`go run (?:-ldflags "[^"]*" )?\. ([^>'|;&]+)`)
		n := 0
		for _, hook := range c.Before.Hooks {
			m := goRun.FindStringSubmatch(hook)
			if m == nil {
				if strings.Contains(hook, "go run") {
					t.Errorf("hook %q runs go run in a form this test cannot read", hook)
				}
				continue
			}
			n++
			args := strings.Fields(m[1])
			stdout, stderr, code := run(t, "", args...)
			if code != 0 || len(stdout) < 1000 || stderr != "" {
				t.Errorf("hook %q: backcoach %s exits %d and prints %d bytes, not a whole file\nstdout %q\nstderr %q",
					hook, strings.Join(args, " "), code, len(stdout), tail(stdout, 300), tail(stderr, 300))
			}
		}
		if n == 0 {
			t.Errorf("no before-hook runs `go run . SUBCOMMAND`; hooks:\n%s", strings.Join(c.Before.Hooks, "\n"))
		}
	})
}

// writtenByHooks tells whether a hook redirects into file, or into file
// without its .gz and then gzips it.
func writtenByHooks(hooks []string, file string) bool {
	written := func(f string) bool {
		return slices.ContainsFunc(hooks, func(h string) bool { return strings.Contains(h, "> "+f) })
	}
	if written(file) {
		return true
	}
	plain, ok := strings.CutSuffix(file, ".gz")
	return ok && written(plain) && slices.ContainsFunc(hooks, func(h string) bool {
		return strings.HasPrefix(h, "gzip ") && strings.HasSuffix(h, " "+plain)
	})
}

// matchesAny tells whether one of the glob patterns matches file.
func matchesAny(patterns []string, file string) bool {
	return slices.ContainsFunc(patterns, func(p string) bool {
		ok, err := path.Match(p, file)
		return err == nil && ok
	})
}

// modulePath is the module line of root's go.mod.
func modulePath(t *testing.T, root string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^module\s+(\S+)`).FindSubmatch(data)
	if m == nil {
		t.Fatalf("%s/go.mod: no module line", root)
	}
	return string(m[1])
}

// hasStringVar tells whether the package in dir (its non-test files)
// declares a package-level variable name of type string, set by a string
// literal or not at all: the only kind -X can set.
func hasStringVar(t *testing.T, dir, name string) bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, s := range g.Specs {
				v := s.(*ast.ValueSpec)
				for i, id := range v.Names {
					if id.Name != name {
						continue
					}
					if ident, ok := v.Type.(*ast.Ident); ok && ident.Name == "string" {
						return true
					}
					if v.Type == nil && i < len(v.Values) {
						lit, ok := v.Values[i].(*ast.BasicLit)
						return ok && lit.Kind == token.STRING
					}
					return false
				}
			}
		}
	}
	return false
}
