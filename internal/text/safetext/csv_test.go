package safetext_test

import (
	"testing"

	"github.com/backcoach/backcoach/internal/text/safetext"
)

func TestCell(t *testing.T) {
	for in, want := range map[string]string{
		"Bird dog":            "Bird dog",
		"=HYPERLINK(\"x\")":   "'=HYPERLINK(\"x\")",
		"+1+1":                "'+1+1",
		"-2+3":                "'-2+3",
		"@SUM(A1)":            "'@SUM(A1)",
		"\t=1":                "'\t=1",
		"\r=1":                "'\r=1",
		"a=1":                 "a=1",
		"":                    "",
		"'already quoted":     "'already quoted",
		"Übung – Dehnung = 1": "Übung – Dehnung = 1",
	} {
		if got := safetext.Cell(in); got != want {
			t.Errorf("Cell(%q) = %q, want %q", in, got, want)
		}
	}
}
