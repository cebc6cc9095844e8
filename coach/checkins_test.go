package coach_test

import (
	"testing"

	"github.com/backcoach/backcoach/coach"
)

func TestCheckInsAsk(t *testing.T) {
	for _, c := range []struct {
		rule            coach.CheckIns
		fresh, afterOne bool // asked with none answered today, and after one
		readsTheJournal bool
	}{
		{coach.CheckInsAlways, true, true, false},
		{"", true, true, false}, // unset: always
		{coach.CheckInsDaily, true, false, true},
		{coach.CheckInsNever, false, false, false},
	} {
		if got := c.rule.Ask(false); got != c.fresh {
			t.Errorf("%q.Ask(none today) = %v, want %v", c.rule, got, c.fresh)
		}
		if got := c.rule.Ask(true); got != c.afterOne {
			t.Errorf("%q.Ask(one today) = %v, want %v", c.rule, got, c.afterOne)
		}
		if got := c.rule.NeedsToday(); got != c.readsTheJournal {
			t.Errorf("%q.NeedsToday() = %v, want %v", c.rule, got, c.readsTheJournal)
		}
	}
}
