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

// Daily asks only the first routine of the day; never asks none.
func TestCheckInsAsk(t *testing.T) {
	for _, c := range []struct {
		rule            CheckIns
		fresh, afterOne bool // asked with none answered today, and after one
		readsTheJournal bool
	}{
		{CheckInsAlways, true, true, false},
		{CheckIns(0), true, true, false}, // unset: always
		{CheckInsDaily, true, false, true},
		{CheckInsNever, false, false, false},
	} {
		if got := c.rule.Ask(false); got != c.fresh {
			t.Errorf("%v.Ask(none today) = %v, want %v", c.rule, got, c.fresh)
		}
		if got := c.rule.Ask(true); got != c.afterOne {
			t.Errorf("%v.Ask(one today) = %v, want %v", c.rule, got, c.afterOne)
		}
		if got := c.rule.NeedsToday(); got != c.readsTheJournal {
			t.Errorf("%v.NeedsToday() = %v, want %v", c.rule, got, c.readsTheJournal)
		}
	}
}
