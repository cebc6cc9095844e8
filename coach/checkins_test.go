package coach

import "testing"

// The check-ins' words read back as written, and nothing else reads.
func TestCheckInsWords(t *testing.T) {
	for _, c := range []CheckIns{CheckInsAlways, CheckInsDaily, CheckInsNever} {
		if got, err := ParseCheckIns(c.String()); got != c || err != nil {
			t.Errorf("ParseCheckIns(%q) = %v, %v", c, got, err)
		}
	}
	if CheckIns(0) != CheckInsAlways {
		t.Error("the zero value is not always")
	}
	for _, s := range []string{"", "Daily", "weekly", " never"} {
		if _, err := ParseCheckIns(s); err == nil {
			t.Errorf("ParseCheckIns(%q) took it", s)
		}
	}
}
