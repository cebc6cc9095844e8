package routines_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/backcoach/backcoach/routines"
)

// routineFile is a valid routine file with an id and a name.
func routineFile(id, name string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("id: " + id + "\nname: " + name + "\nexercises:\n" + birdDog)}
}

func ids(rs []routines.Routine) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func TestLoadFS(t *testing.T) {
	folder := filepath.Join("home", "ana", ".config", "backcoach", "routines")
	in := func(name string) string { return filepath.Join(folder, name) }
	big := make([]byte, routines.MaxFileSize+1)
	copy(big, "name: Big\nexercises:\n"+birdDog+"#")

	tests := []struct {
		name      string
		fsys      fstest.MapFS
		source    string
		wantIDs   []string
		wantSrc   []string // Source of each routine loaded
		wantErr   string   // the whole error text, "" for none
		wantFiles []string // ErrorFiles(err)
	}{
		{
			name:    "empty folder",
			fsys:    fstest.MapFS{},
			source:  folder,
			wantIDs: []string{},
		},
		{
			name: "yaml and yml files in file-name order, not id order",
			fsys: fstest.MapFS{
				"20-alpha.yml":  routineFile("alpha", "Alpha"),
				"10-zeta.yaml":  routineFile("zeta", "Zeta"),
				"30-mid.yaml":   routineFile("mid", "Mid"),
				"README.md":     {Data: []byte("# not a routine")},
				"notes.txt":     {Data: []byte("name: [")},
				"backup.yaml~":  {Data: []byte("name: [")},
				"sub/deep.yaml": routineFile("deep", "Deep"),
				"dir.yaml/x":    {Data: []byte("x")},
			},
			source:  routines.BuiltIn,
			wantIDs: []string{"zeta", "alpha", "mid"},
			wantSrc: []string{routines.BuiltIn, routines.BuiltIn, routines.BuiltIn},
		},
		{
			name: "user folder: Source is the file's path",
			fsys: fstest.MapFS{
				"neck.yaml":  routineFile("neck", "Neck"),
				"hips.yml":   routineFile("hips", "Hips"),
				"ignore.txt": {Data: []byte("x")},
			},
			source:  folder,
			wantIDs: []string{"hips", "neck"},
			wantSrc: []string{in("hips.yml"), in("neck.yaml")},
		},
		{
			name: "id from the file name",
			fsys: fstest.MapFS{
				"Desk Break.yaml": {Data: []byte("name: Desk\nexercises:\n" + birdDog)},
			},
			source:  folder,
			wantIDs: []string{"desk-break"},
			wantSrc: []string{in("Desk Break.yaml")},
		},
		{
			name: "a broken file does not stop the others",
			fsys: fstest.MapFS{
				"a.yaml": routineFile("a", "A"),
				"b.yaml": {Data: []byte("name: B\nexercises:\n  - name: Bird dog\n    steps: [x]\n    hold: thirty\n")},
				"c.yaml": routineFile("c", "C"),
			},
			source:    folder,
			wantIDs:   []string{"a", "c"},
			wantSrc:   []string{in("a.yaml"), in("c.yaml")},
			wantErr:   in("b.yaml") + `:5:11: exercise "bird-dog": hold: want a duration like 30s, got "thirty"`,
			wantFiles: []string{in("b.yaml")},
		},
		{
			name: "built-in errors name the bare file",
			fsys: fstest.MapFS{
				"a.yaml": {Data: []byte("name: A\n")},
			},
			source:    routines.BuiltIn,
			wantIDs:   []string{},
			wantErr:   `a.yaml:1:1: exercises: missing, want a list of one or more exercises`,
			wantFiles: []string{"a.yaml"},
		},
		{
			name: "every broken file is reported, in order",
			fsys: fstest.MapFS{
				"a.yaml": {Data: []byte("")},
				"b.yaml": routineFile("b", "B"),
				"c.yml":  {Data: []byte("- just\n- a list\n")},
			},
			source:  folder,
			wantIDs: []string{"b"},
			wantSrc: []string{in("b.yaml")},
			wantErr: in("a.yaml") + `: file is empty, want a routine with a name and exercises` + "\n" +
				in("c.yml") + `:1:1: want a routine (a mapping with name and exercises), got a list`,
			wantFiles: []string{in("a.yaml"), in("c.yml")},
		},
		{
			name: "two files with one id: the first is kept",
			fsys: fstest.MapFS{
				"a.yaml":      routineFile("stretch", "First"),
				"b.yaml":      routineFile("stretch", "Second"),
				"stretch.yml": {Data: []byte("name: Third\nexercises:\n" + birdDog)},
			},
			source:  folder,
			wantIDs: []string{"stretch"},
			wantSrc: []string{in("a.yaml")},
			wantErr: in("b.yaml") + `: id: "stretch" is already the id of ` + in("a.yaml") + `; give each routine its own id` + "\n" +
				in("stretch.yml") + `: id: "stretch" is already the id of ` + in("a.yaml") + `; give each routine its own id`,
			wantFiles: []string{in("b.yaml"), in("stretch.yml")},
		},
		{
			name: "a file over MaxFileSize is refused, the others load",
			fsys: fstest.MapFS{
				"a.yaml":   routineFile("a", "A"),
				"big.yaml": {Data: big},
			},
			source:    folder,
			wantIDs:   []string{"a"},
			wantSrc:   []string{in("a.yaml")},
			wantErr:   in("big.yaml") + `: file is 1048577 bytes, over the 1 MiB (1048576-byte) limit for a routine`,
			wantFiles: []string{in("big.yaml")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := routines.LoadFS(tt.fsys, tt.source)
			if got := ids(rs); !reflect.DeepEqual(got, tt.wantIDs) {
				t.Errorf("ids = %v, want %v", got, tt.wantIDs)
			}
			if tt.wantSrc != nil {
				var src []string
				for _, r := range rs {
					src = append(src, r.Source)
				}
				if !reflect.DeepEqual(src, tt.wantSrc) {
					t.Errorf("sources = %q, want %q", src, tt.wantSrc)
				}
			}
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tt.wantErr != "" && err == nil:
				t.Errorf("no error, want\n%s", tt.wantErr)
			case tt.wantErr != "" && err.Error() != tt.wantErr:
				t.Errorf("error:\n got %s\nwant %s", err, tt.wantErr)
			}
			if got := routines.ErrorFiles(err); !reflect.DeepEqual(got, tt.wantFiles) {
				t.Errorf("ErrorFiles = %q, want %q", got, tt.wantFiles)
			}
		})
	}
}

func TestLoadFSKeepsFirstOfTwoIDs(t *testing.T) {
	fsys := fstest.MapFS{
		"a.yaml": routineFile("stretch", "First"),
		"b.yaml": routineFile("stretch", "Second"),
	}
	rs, err := routines.LoadFS(fsys, routines.BuiltIn)
	if err == nil {
		t.Fatal("two routines with one id loaded without an error")
	}
	if len(rs) != 1 || rs[0].Name != "First" {
		t.Errorf("got %+v, want only the routine from a.yaml", rs)
	}
}

func TestLoadFSUnreadableFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "missing")
	rs, err := routines.LoadFS(os.DirFS(dir), dir)
	if len(rs) != 0 {
		t.Errorf("got routines from a missing folder: %+v", rs)
	}
	if err == nil {
		t.Fatal("no error for a missing folder")
	}
	if want := dir + ": cannot read the folder: "; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error = %q, want it to start %q", err, want)
	}
	if strings.Count(err.Error(), dir) != 1 {
		t.Errorf("error %q names the folder more than once", err)
	}
	if got := routines.ErrorFiles(err); !reflect.DeepEqual(got, []string{dir}) {
		t.Errorf("ErrorFiles = %q, want [%q]", got, dir)
	}
}

func TestLoadFSFromDisk(t *testing.T) {
	dir := filepath.Join("testdata", "good")
	rs, err := routines.LoadFS(os.DirFS(dir), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || rs[0].ID != "evening-stretch" || len(rs[0].Exercises) != 3 {
		t.Fatalf("got %+v, want evening-stretch with 3 exercises", rs)
	}
	if want := filepath.Join(dir, "evening-stretch.yaml"); rs[0].Source != want {
		t.Errorf("Source = %q, want %q", rs[0].Source, want)
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("My Neck.yaml", "name: Neck\nexercises:\n"+birdDog)
	bad := write("bad.yml", "name: Bad\nexercises:\n  - name: Bird dog\n    steps: [x]\n    hold: 0s\n")
	bigData := make([]byte, routines.MaxFileSize+1)
	copy(bigData, "name: Big\nexercises:\n"+birdDog+"#")
	big := write("big.yaml", string(bigData))
	folder := filepath.Join(dir, "folder.yaml")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.yaml")

	t.Run("good file", func(t *testing.T) {
		r, err := routines.LoadFile(good)
		if err != nil {
			t.Fatal(err)
		}
		if r.ID != "my-neck" || r.Name != "Neck" || r.Source != good {
			t.Errorf("got ID %q, Name %q, Source %q; want my-neck, Neck, %q", r.ID, r.Name, r.Source, good)
		}
	})

	t.Run("relative name in the working folder", func(t *testing.T) {
		t.Chdir(dir)
		r, err := routines.LoadFile("My Neck.yaml")
		if err != nil {
			t.Fatal(err)
		}
		if r.ID != "my-neck" || r.Source != "My Neck.yaml" {
			t.Errorf("got ID %q, Source %q; want my-neck, %q", r.ID, r.Source, "My Neck.yaml")
		}
	})

	tests := []struct {
		name string
		file string
		want string
	}{
		{"broken file names its path", bad, bad + `:5:11: exercise "bird-dog": hold: want a duration above zero, got "0s"`},
		{"missing file", missing, missing + ": cannot open: "},
		{"folder", folder, folder + ": is a folder, want a routine file"},
		{"file over MaxFileSize", big, big + ": file is 1048577 bytes, over the 1 MiB (1048576-byte) limit for a routine"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := routines.LoadFile(tt.file)
			if err == nil {
				t.Fatalf("loaded %+v, want an error", r)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error:\n got %s\nwant %s", err, tt.want)
			}
			if strings.HasSuffix(tt.want, " ") && strings.Count(err.Error(), tt.file) != 1 {
				t.Errorf("error %q names the file more than once", err)
			}
			var es routines.Errors
			if !errors.As(err, &es) {
				t.Errorf("error is %T, want routines.Errors", err)
			}
			if got := routines.ErrorFiles(err); !reflect.DeepEqual(got, []string{tt.file}) {
				t.Errorf("ErrorFiles = %q, want [%q]", got, tt.file)
			}
		})
	}

	t.Run("testdata example", func(t *testing.T) {
		file := filepath.Join("testdata", "bad", "low-back.yaml")
		_, err := routines.LoadFile(file)
		want := file + `:14:11: exercise "bird-dog": hold: want a duration like 30s, got "thirty"`
		if err == nil || err.Error() != want {
			t.Errorf("error = %v, want %s", err, want)
		}
	})
}

func TestMerge(t *testing.T) {
	r := func(id, source string) routines.Routine {
		return routines.Routine{ID: id, Name: id, Source: source}
	}
	user := filepath.Join("home", "u", "upper-back.yaml")
	tests := []struct {
		name string
		sets [][]routines.Routine
		want []routines.Routine
	}{
		{"nothing", nil, nil},
		{"one set kept in order", [][]routines.Routine{{r("b", "1"), r("a", "1")}}, []routines.Routine{r("b", "1"), r("a", "1")}},
		{
			name: "user routine replaces the built-in in place, new ids appended",
			sets: [][]routines.Routine{
				{r("low-back", routines.BuiltIn), r("upper-back", routines.BuiltIn)},
				{r("neck", "u"), r("upper-back", user)},
			},
			want: []routines.Routine{r("low-back", routines.BuiltIn), r("upper-back", user), r("neck", "u")},
		},
		{
			name: "the last set wins",
			sets: [][]routines.Routine{
				{r("a", "1")},
				{r("a", "2")},
				{r("b", "3"), r("a", "3")},
			},
			want: []routines.Routine{r("a", "3"), r("b", "3")},
		},
		{"empty sets between", [][]routines.Routine{{}, {r("a", "1")}, nil}, []routines.Routine{r("a", "1")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := routines.Merge(tt.sets...)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Merge:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestMergeDoesNotChangeItsInput(t *testing.T) {
	builtIn := []routines.Routine{{ID: "a", Source: routines.BuiltIn}}
	user := []routines.Routine{{ID: "a", Source: "mine.yaml"}}
	routines.Merge(builtIn, user)
	if builtIn[0].Source != routines.BuiltIn {
		t.Errorf("Merge changed the built-in set: %+v", builtIn)
	}
}

func TestFindAndIDs(t *testing.T) {
	rs := []routines.Routine{{ID: "upper-back", Name: "Upper"}, {ID: "low-back", Name: "Low"}}
	if r, ok := routines.Find(rs, "low-back"); !ok || r.Name != "Low" {
		t.Errorf("Find(low-back) = %+v, %v", r, ok)
	}
	if r, ok := routines.Find(rs, "neck"); ok || !reflect.DeepEqual(r, routines.Routine{}) {
		t.Errorf("Find(neck) = %+v, %v; want nothing", r, ok)
	}
	if got, want := routines.IDs(rs), []string{"low-back", "upper-back"}; !reflect.DeepEqual(got, want) {
		t.Errorf("IDs = %v, want sorted %v", got, want)
	}
	if rs[0].ID != "upper-back" {
		t.Errorf("IDs sorted its input")
	}
}

func TestIsRoutineFile(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"low-back.yaml", true},
		{"low-back.yml", true},
		{"Upper.YAML", true},
		{"neck.Yml", true},
		{"neck.YAML~", false},
		{"low-back.yaml~", false},
		{"low-back.json", false},
		{"yaml", false},
		{"README.md", false},
	}
	for _, tt := range tests {
		if got := routines.IsRoutineFile(tt.name); got != tt.want {
			t.Errorf("IsRoutineFile(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A folder scan takes the files validate takes by name: the extension in
// any case, and the id made from the name without it.
func TestLoadFSTakesExtensionsInAnyCase(t *testing.T) {
	fsys := fstest.MapFS{
		"Upper.YAML":  {Data: []byte("name: Upper\nexercises:\n" + birdDog)},
		"neck.Yml":    {Data: []byte("name: Neck\nexercises:\n" + birdDog)},
		"notes.YAMLX": {Data: []byte("name: [")},
	}
	rs, err := routines.LoadFS(fsys, routines.BuiltIn)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(rs), []string{"upper", "neck"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ids = %v, want %v", got, want)
	}
}

func TestErrorFiles(t *testing.T) {
	es := routines.Errors{
		{File: "b.yaml", Msg: "x"},
		{File: "a.yaml", Msg: "y"},
		{File: "b.yaml", Msg: "z"},
	}
	if got, want := routines.ErrorFiles(es), []string{"b.yaml", "a.yaml"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ErrorFiles = %v, want %v", got, want)
	}
	if got := routines.ErrorFiles(errors.New("plain")); got != nil {
		t.Errorf("ErrorFiles(plain error) = %v, want nil", got)
	}
	if got := routines.ErrorFiles(nil); got != nil {
		t.Errorf("ErrorFiles(nil) = %v, want nil", got)
	}
}
