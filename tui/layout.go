package tui

import (
	"sort"

	"github.com/backcoach/backcoach/internal/text/fit"
)

// A block is one part of a screen, top to bottom. It grows from nothing
// in steps, each worth a priority; layout grants the steps that fit, the
// most valuable first, so a small window keeps what matters and drops the
// rest, and a screen declares its parts instead of computing their rows.
type block struct {
	grow []growth
	// render draws the block in rows rows, after grants of its growth
	// steps were granted.
	render func(rows, grants int) []string
	// at, when set, is told where layout put the block: the handle by
	// which a screen finds a block it draws into later.
	at *span
}

// placed is b, with layout saying where it went in *at.
func (b block) placed(at *span) block {
	b.at = at
	return b
}

// growth is one step of a block's growth: to rows in all, at prio.
type growth struct {
	rows int
	prio int
	half bool // takes half the rows still free when its turn comes (a spacer)
}

// Priorities of the growth steps, highest first.
const (
	prioCore    = 100 // what a screen cannot do without
	prioSetup   = 95  // what to get into, before a hold
	prioFirst   = 90  // the first line of what follows
	prioNote    = 80  // a short note (the cue)
	prioMore    = 70  // a little more of something
	prioBig     = 60  // a larger form (the big digits)
	prioFigure  = 55  // the picture of the pose
	prioRest    = 50  // the rest of something
	prioGap     = 46  // air between blocks
	prioBigger  = 45  // larger still (the digits, as large as fits)
	prioSpacer  = 30  // half of what is left, to centre what follows
	prioLastGap = 20  // air after the spacer
)

// fixed is a block of lines that shows whole or not at all.
func fixed(prio int, lines ...string) block {
	return block{grow: []growth{{rows: len(lines), prio: prio}}, render: func(int, int) []string { return lines }}
}

// gap is one empty line.
func gap(prio int) block { return fixed(prio, "") }

// spacer takes half of the rows left after every other block.
func spacer() block {
	return block{grow: []growth{{prio: prioSpacer, half: true}}, render: func(n, _ int) []string { return make([]string, n) }}
}

// lines grows a line at a time: its first line at first, the next
// upTo-1 at more, the rest at rest.
func lines(render func(n int) []string, total, upTo, first, more, rest int) block {
	b := block{render: func(n, _ int) []string { return render(n) }}
	for n := 1; n <= total; n++ {
		p := rest
		switch {
		case n == 1:
			p = first
		case n <= upTo:
			p = more
		}
		b.grow = append(b.grow, growth{rows: n, prio: p})
	}
	return b
}

// span is where layout put a block: its first line, its rows (0 when it
// was left out), and how many of its growth steps were granted.
type span struct{ start, rows, grants int }

// layout fits blocks into rows: it grants the blocks' growth steps in order
// of priority (top to bottom between equals), each whole or not at all;
// once a step of a block does not fit, that block grows no more. It
// returns the lines, and tells each placed block where it went.
func layout(rows int, blocks []block) []string {
	type step struct{ b, i, prio int }
	var steps []step
	for b, bl := range blocks {
		for i, g := range bl.grow {
			steps = append(steps, step{b, i, g.prio})
		}
	}
	sort.SliceStable(steps, func(x, y int) bool { return steps[x].prio > steps[y].prio })
	size := make([]int, len(blocks))
	next := make([]int, len(blocks))
	stopped := make([]bool, len(blocks))
	left := rows
	for _, s := range steps {
		if stopped[s.b] || s.i != next[s.b] {
			continue
		}
		g := blocks[s.b].grow[s.i]
		need := max(0, g.rows-size[s.b]) // a step may ask for no more than the block has
		if g.half {
			need = left / 2
		}
		if need > left {
			stopped[s.b] = true
			continue
		}
		size[s.b] += need
		left -= need
		next[s.b]++
	}
	var out []string
	for b, bl := range blocks {
		if bl.at != nil {
			*bl.at = span{start: len(out), rows: size[b], grants: next[b]}
		}
		if size[b] > 0 {
			out = append(out, bl.render(size[b], next[b])...)
		}
	}
	return out
}

// para is a paragraph of wrapped lines that shows as much as fits: its
// first line at first, the others at rest; a cut is marked with "…".
func para(ls []string, width, first, rest int) block {
	return lines(func(n int) []string { return fit.Cut(ls, n, width) }, len(ls), 1, first, rest, rest)
}
