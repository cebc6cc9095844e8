package routines_test

import (
	"testing"
	"testing/fstest"

	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/routines"
)

func TestKebabUnicode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Bird Dog!", "bird-dog"},
		{"  90/90 hip switch!  ", "90-90-hip-switch"},
		{"日本", "日本"},
		{"ストレッチ 2", "ストレッチ-2"},
		{"Ñandú Stretch", "ñandú-stretch"},
		{"Übung – Dehnung", "übung-dehnung"},
		{"Cafe\u0301 break", "cafe\u0301-break"}, // an accent written apart stays with its letter
		{"\u0301alone", "alone"},                 // a mark with no letter before it goes
		{"Растяжка спины", "растяжка-спины"},     // Cyrillic
		{"تمرين ٣", "تمرين-٣"},                   // Arabic letters and digits
		{"evil\u202excod", "evil-xcod"},          // format characters part words
		{"\u3164hidden\u200b", "hidden"},         // a Hangul filler is no letter
		{"x\u00b2 \u00bd", "x"},                  // superscripts and fractions are not digits
		{"!!!", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := routines.Kebab(tt.in); got != tt.want {
			t.Errorf("Kebab(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseUnicodeIDs(t *testing.T) {
	for file, want := range map[string]string{
		"日本.yaml":                    "日本",
		"ñ.yaml":                     "ñ",
		"/home/ana/Ñandú Rápido.yml": "ñandú-rápido",
		"Растяжка.yaml":              "растяжка",
	} {
		r, err := routines.Parse(file, []byte("name: R\nexercises:\n"+birdDog))
		if err != nil || r.ID != want {
			t.Errorf("Parse(%q): id %q, %v; want %q", file, r.ID, err, want)
		}
	}
	for _, id := range []string{"日本-ストレッチ", "ñandú", "cafe\u0301", "растяжка-2", "a1"} {
		src := "id: " + id + "\nname: R\nexercises:\n  - name: X\n    id: " + id + "\n    steps: [a]\n    hold: 5s\n"
		r, err := routines.Parse("r.yaml", []byte(src))
		if err != nil || r.ID != id || r.Exercises[0].ID != id {
			t.Errorf("id %q: got %q and %+v, %v", id, r.ID, r.Exercises, err)
		}
	}
	r := mustParse(t, "r.yaml", "name: R\nexercises:\n  - name: 日本の体操\n    steps: [a]\n    hold: 5s\n")
	if got := r.Exercises[0].ID; got != "日本の体操" {
		t.Errorf("exercise id from a Japanese name = %q", got)
	}
}

func TestParseRefusesFileNamesWithoutAnID(t *testing.T) {
	for _, file := range []string{".yaml", "!!!.yaml", "/home/ana/-.yml", "\u200b.yaml"} {
		_, err := routines.Parse(file, []byte("name: R\nexercises:\n"+birdDog))
		want := safetext.Escape(file) + ":1:1: id: the file name has no letters or digits to make an id from; add a line like id: my-routine"
		if err == nil || err.Error() != want {
			t.Errorf("Parse(%q):\n got %v\nwant %s", file, err, want)
		}
		if _, err := routines.Parse(file, []byte("id: mine\nname: R\nexercises:\n"+birdDog)); err != nil {
			t.Errorf("Parse(%q) with an id: %v", file, err)
		}
	}
}

func TestParseRefusesBadUnicodeIDs(t *testing.T) {
	for _, id := range []string{"Ñandú", "日本_体操", "a\u200bb", "\u3164", "a--b", "-a", "a\u202e"} {
		_, err := routines.Parse("r.yaml", []byte("id: \""+id+"\"\nname: R\nexercises:\n"+birdDog))
		if err == nil {
			t.Errorf("id %q was accepted", id)
		}
	}
}

// TestLoadFSUnicodeFileNames: files named without a-z get ids of their
// own letters, and a file with none is refused saying what to do, not as
// a duplicate of another.
func TestLoadFSUnicodeFileNames(t *testing.T) {
	body := &fstest.MapFile{Data: []byte("name: R\nexercises:\n" + birdDog)}
	rs, err := routines.LoadFS(fstest.MapFS{"日本.yaml": body, "ñ.yaml": body, ".yaml": body, "!.yaml": body}, routines.BuiltIn)
	if got := ids(rs); len(got) != 2 || got[0] != "ñ" || got[1] != "日本" {
		t.Errorf("ids = %q, want [ñ 日本]", got)
	}
	want := `!.yaml:1:1: id: the file name has no letters or digits to make an id from; add a line like id: my-routine` + "\n" +
		`.yaml:1:1: id: the file name has no letters or digits to make an id from; add a line like id: my-routine`
	if err == nil || err.Error() != want {
		t.Errorf("error:\n got %v\nwant %s", err, want)
	}
}
