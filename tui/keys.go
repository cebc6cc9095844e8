package tui

import "github.com/charmbracelet/bubbles/key"

// keyMap holds every key binding. Bindings that do nothing on the current
// screen are disabled, so the help bar only shows what works.
type keyMap struct {
	Up           key.Binding
	Down         key.Binding
	Start        key.Binding
	Pause        key.Binding
	Next         key.Binding
	Back         key.Binding
	SkipExercise key.Binding
	Hurts        key.Binding
	Rate         key.Binding
	SkipCheckin  key.Binding
	GoOn         key.Binding
	NextTip      key.Binding
	Again        key.Binding
	Yes          key.Binding
	No           key.Binding
	Help         key.Binding
	Quit         key.Binding
	ForceQuit    key.Binding
}

func defaultKeys() keyMap {
	return keyMap{
		Up:           key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:         key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Start:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		Pause:        key.NewBinding(key.WithKeys(" "), key.WithHelp("space", "pause")),
		Next:         key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter/→", "skip")),
		Back:         key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←", "back")),
		SkipExercise: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "skip exercise")),
		Hurts:        key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "hurts")),
		Rate:         key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "x"), key.WithHelp("0-9/x", "rate")),
		SkipCheckin:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "skip")),
		GoOn:         key.NewBinding(key.WithKeys("enter", "n"), key.WithHelp("enter", "next exercise")),
		NextTip:      key.NewBinding(key.WithKeys("n", "right", "l"), key.WithHelp("n", "next tip")),
		Again:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "another routine")),
		Yes:          key.NewBinding(key.WithKeys("y", "enter"), key.WithHelp("y", "yes")),
		No:           key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "no")),
		Help:         key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:         key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "quit")),
		ForceQuit:    key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
	}
}

// ShortHelp is the one-line help bar.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Start, k.Rate, k.SkipCheckin, k.GoOn, k.Pause, k.Next, k.SkipExercise, k.Hurts, k.NextTip, k.Again, k.Yes, k.No, k.Quit, k.Help}
}

// essential is the short help for a narrow window.
func (k keyMap) essential() []key.Binding {
	return []key.Binding{k.Start, k.Rate, k.SkipCheckin, k.GoOn, k.Pause, k.Hurts, k.NextTip, k.Quit, k.Help}
}

// FullHelp is the help shown by ?.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Start, k.Again, k.NextTip},
		{k.Pause, k.Next, k.Back, k.SkipExercise, k.Hurts},
		{k.Rate, k.SkipCheckin, k.GoOn},
		{k.Yes, k.No, k.Help, k.Quit, k.ForceQuit},
	}
}

// forScreen enables the bindings that work on a screen in a given state.
func (k keyMap) forScreen(m *Model) keyMap {
	s, ses, confirming := m.screen, &m.session, m.confirming
	on := func(b *key.Binding, v bool) { b.SetEnabled(v) }
	picker, session, summary := s == pickerScreen, s == sessionScreen && !confirming, s == summaryScreen
	on(&k.Up, picker)
	on(&k.Down, picker)
	on(&k.Start, picker)
	on(&k.Pause, session)
	on(&k.Next, session)
	on(&k.Back, session)
	on(&k.SkipExercise, session)
	on(&k.Hurts, session)
	on(&k.Rate, s == checkinScreen)
	on(&k.SkipCheckin, s == checkinScreen)
	on(&k.GoOn, s == painScreen)
	on(&k.NextTip, summary)
	on(&k.Again, summary)
	on(&k.Yes, confirming)
	on(&k.No, confirming)
	on(&k.Quit, !confirming)
	k.Quit.SetHelp("q", "quit")
	k.GoOn.SetHelp("enter", "next exercise")
	switch {
	case s == painScreen:
		k.Quit.SetHelp("q", "end routine")
		if ses.nextExerciseStep() >= len(ses.plan.Steps) {
			k.GoOn.SetHelp("enter", "finish")
		}
	case s == checkinScreen && m.checkinAfter:
		k.Quit.SetHelp("q", "skip")
	case s == checkinScreen && m.opts.Start == "":
		k.Quit.SetHelp("q", "back")
	}
	on(&k.Help, !confirming)
	if session {
		k.Pause.SetHelp("space", "pause")
		if ses.paused {
			k.Pause.SetHelp("space", "resume")
		}
		k.Next.SetHelp("enter/→", "skip")
		if ses.current().Kind == prepareKind {
			k.Next.SetHelp("enter/→", "start now")
		}
	}
	return k
}
