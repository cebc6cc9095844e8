package tui

// tickMsg asks the session to look at the clock: a countdown's shown
// second has changed, or a step has reached its deadline. gen is the
// session's generation when the tick was asked for; pause, resume and
// every jump bump it, so a stale tick is dropped instead of starting a
// second tick loop.
type tickMsg struct{ gen int }

// startSessionMsg starts the routine given in Options.Start once the
// program runs, so that its first deadline is taken from the clock then,
// not when the model was built.
type startSessionMsg struct{}
