package screen

import (
	"bytes"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/cue"
)

// cueModel plays a list of cues, one per update.
type cueModel struct {
	cues []cue.Cue
	i    int
}

func (m cueModel) Init() tea.Cmd                       { return nil }
func (m cueModel) Update(tea.Msg) (tea.Model, tea.Cmd) { return cueModel{m.cues, m.i + 1}, nil }
func (m cueModel) View() string                        { return "" }
func (m cueModel) Cue() cue.Cue                        { return m.cues[min(m.i, len(m.cues)-1)] }

func TestPlainWritesEachEventOnce(t *testing.T) {
	hold := cue.Cue{Key: "step1", Step: "step1", Kind: cue.Work, Line: "Bird dog, left leg, rep 1 of 10: hold 5 seconds", Seconds: 5}
	later := hold
	later.Seconds = 3
	cues := []cue.Cue{
		{Key: "pick0", Kind: cue.Pick, Line: "Routine 1 of 2: Low back."},
		hold, later, // a tick: no new line
		{Key: "paused1", Step: "step1", Kind: cue.Paused, Line: "paused, 3 seconds left. Space to resume."},
		later, // resumed
		{Key: "confirm", Step: "step1", Kind: cue.Confirm, Line: "Quit this routine? y or n."},
		later, // declined
		{Key: "step2", Step: "step2", Kind: cue.Rest, Line: "rest 5 seconds", Seconds: 5},
	}
	var out bytes.Buffer
	p := plain{inner: cueModel{cues: cues}, out: &out, last: &cue.Cue{}, notices: new(int)}
	p.Init()
	var m tea.Model = p
	for range cues[1:] {
		m, _ = m.Update(nil)
	}
	want := "Routine 1 of 2: Low back.\n" +
		"Bird dog, left leg, rep 1 of 10: hold 5 seconds\n" +
		"paused, 3 seconds left. Space to resume.\n" +
		"resumed, 3 seconds left\n" +
		"Quit this routine? y or n.\n" +
		"resumed, 3 seconds left\n" +
		"rest 5 seconds\n"
	if out.String() != want {
		t.Errorf("plain wrote:\n%s\nwant:\n%s", out.String(), want)
	}
}
