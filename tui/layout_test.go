package tui

import "testing"

// A block is found by its handle wherever layout put it: the blocks
// before it, and which of them fit, do not move what the handle says.
func TestAPlacedBlockIsFoundByItsHandle(t *testing.T) {
	for _, c := range []struct {
		rows       int
		before     int // fixed lines of low priority before the clock
		start, got int // where the clock went, and its rows
		grants     int
	}{
		{rows: 10, before: 2, start: 3, got: 5, grants: 2},
		{rows: 10, before: 0, start: 1, got: 5, grants: 2},
		{rows: 4, before: 2, start: 2, got: 1, grants: 1}, // one low line fits, the big rows do not
		{rows: 1, before: 2, start: 1, got: 0, grants: 0}, // the header alone fits
	} {
		var head, clock, bar span
		blocks := []block{fixed(prioCore, "head").placed(&head)}
		for range c.before {
			blocks = append(blocks, fixed(prioRest, "low"))
		}
		big := block{grow: []growth{{rows: 1, prio: prioFirst}, {rows: 5, prio: prioBig}}, render: func(n, _ int) []string { return make([]string, n) }}
		blocks = append(blocks, big.placed(&clock), fixed(prioNote, "bar").placed(&bar))
		ls := layout(c.rows, blocks)
		if head.start != 0 || head.rows != 1 {
			t.Errorf("%+v: the header at %+v", c, head)
		}
		if clock.start != c.start || clock.rows != c.got || clock.grants != c.grants {
			t.Errorf("%+v: the clock at %+v, want start %d, %d rows, %d grants", c, clock, c.start, c.got, c.grants)
		}
		if bar.rows == 1 && ls[bar.start] != "bar" {
			t.Errorf("%+v: the bar's handle says line %d, which is %q", c, bar.start, ls[bar.start])
		}
	}
}
