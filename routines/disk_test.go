package routines_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/backcoach/backcoach/routines"
)

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"b.yaml":   "id: b\nname: B\nexercises:\n" + birdDog,
		"a.yml":    "id: a\nname: A\nexercises:\n" + birdDog,
		"bad.yaml": "name: Bad\n",
		"x.txt":    "name: [",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "b.yaml"), filepath.Join(dir, "c.yaml")); err != nil {
		t.Fatal(err)
	}
	rs, err := routines.LoadDir(dir)
	if got := ids(rs); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("ids = %q, want [a b]", got)
	}
	want := filepath.Join(dir, "bad.yaml") + ":1:1: exercises: missing, want a list of one or more exercises\n" +
		filepath.Join(dir, "c.yaml") + `: id: "b" is already the id of ` + filepath.Join(dir, "b.yaml") + "; give each routine its own id"
	if err == nil || err.Error() != want {
		t.Errorf("error:\n got %v\nwant %s", err, want)
	}
	missing := filepath.Join(dir, "missing")
	if _, err := routines.LoadDir(missing); err == nil || !strings.HasPrefix(err.Error(), missing+": cannot read the folder: ") {
		t.Errorf("missing folder: %v", err)
	}
}
