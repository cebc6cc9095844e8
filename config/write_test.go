package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The file config init writes loads back to the defaults, names every
// setting of the table, and explains each.
func TestTheCommentedFileLoadsBackToTheDefaults(t *testing.T) {
	text := Commented()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := Load(path)
	if err != nil {
		t.Fatalf("the written file does not load: %v\n%s", err, text)
	}
	if !reflect.DeepEqual(l.Settings, Defaults()) {
		t.Errorf("loads to %+v, want the defaults %+v\n%s", l.Settings, Defaults(), text)
	}
	for _, want := range []string{"level: gentle\n", "  every: 50m\n", "# hours: 09:00-17:00", "# routines: [low-back, upper-back]", "# always the routine ID"} {
		if !strings.Contains(text, want) {
			t.Errorf("the file lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "`") {
		t.Errorf("raw backticks in the file:\n%s", text)
	}
}
