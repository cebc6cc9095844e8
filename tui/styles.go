package tui

import (
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Styles is every style the screens use, built once.
type Styles struct {
	Frame    lipgloss.Style
	Header   lipgloss.Style
	Muted    lipgloss.Style
	Title    lipgloss.Style
	Position lipgloss.Style
	StepNum  lipgloss.Style
	Step     lipgloss.Style
	Work     lipgloss.Style
	Rest     lipgloss.Style
	Prepare  lipgloss.Style
	Paused   lipgloss.Style
	BarFull  lipgloss.Style
	BarEmpty lipgloss.Style
	Cue      lipgloss.Style
	Next     lipgloss.Style
	Warning  lipgloss.Style
	Selected lipgloss.Style
	Item     lipgloss.Style
	Confirm  lipgloss.Style
	TipTitle lipgloss.Style
	Good     lipgloss.Style
	Setup    lipgloss.Style
	Figure   lipgloss.Style
	// Phases is how each phase of a step looks: its words and digits, and
	// its band, a full-width bar of colour readable from across a room.
	Phases [phases]phaseStyle
}

// phase is what a step asks of the user, as the band shows it.
type phase int

const (
	phasePrepare phase = iota
	phaseHold
	phaseRest
	phaseSwitch
	phasePaused
	phases
)

// phaseStyle is how a phase looks. Without colour (NO_COLOR, or a
// terminal without it) the band is drawn with a line of its own, Fill,
// so each phase still has its own shape, and its word.
type phaseStyle struct {
	Text lipgloss.Style
	Band lipgloss.Style
	Fill string
}

// DefaultStyles are the coach's styles, for what else backcoach prints in
// its colours (the history report).
func DefaultStyles() Styles { return defaultStyles() }

func defaultStyles() Styles {
	accent := lipgloss.AdaptiveColor{Light: "#1F6F8B", Dark: "#5FD7FF"}
	switchSides := lipgloss.AdaptiveColor{Light: "#7B1FA2", Dark: "#D7AFFF"}
	onBand := lipgloss.AdaptiveColor{Light: "#FFFFFF", Dark: "#000000"}
	work := lipgloss.AdaptiveColor{Light: "#B35900", Dark: "#FFAF5F"}
	rest := lipgloss.AdaptiveColor{Light: "#2E7D32", Dark: "#87D787"}
	muted := lipgloss.AdaptiveColor{Light: "#6C6C6C", Dark: "#8A8A8A"}
	warn := lipgloss.AdaptiveColor{Light: "#B00020", Dark: "#FF8787"}
	colour := lipgloss.ColorProfile() != termenv.Ascii
	ph := func(c lipgloss.AdaptiveColor, fill string) phaseStyle {
		p := phaseStyle{Text: lipgloss.NewStyle().Bold(true).Foreground(c), Band: lipgloss.NewStyle().Bold(true), Fill: fill}
		if colour {
			p.Band, p.Fill = p.Band.Background(c).Foreground(onBand), " "
		}
		return p
	}
	return Styles{
		Phases: [phases]phaseStyle{
			phasePrepare: ph(accent, "┄"),
			phaseHold:    ph(work, "━"),
			phaseRest:    ph(rest, "─"),
			phaseSwitch:  ph(switchSides, "═"),
			phasePaused:  ph(muted, "·"),
		},
		Setup:    lipgloss.NewStyle().Bold(true),
		Figure:   lipgloss.NewStyle().Foreground(accent),
		Frame:    lipgloss.NewStyle(),
		Header:   lipgloss.NewStyle().Bold(true).Foreground(accent),
		Muted:    lipgloss.NewStyle().Foreground(muted),
		Title:    lipgloss.NewStyle().Bold(true),
		Position: lipgloss.NewStyle().Foreground(accent),
		StepNum:  lipgloss.NewStyle().Foreground(muted),
		Step:     lipgloss.NewStyle(),
		Work:     lipgloss.NewStyle().Bold(true).Foreground(work),
		Rest:     lipgloss.NewStyle().Bold(true).Foreground(rest),
		Prepare:  lipgloss.NewStyle().Bold(true).Foreground(accent),
		Paused:   lipgloss.NewStyle().Bold(true).Foreground(muted),
		BarFull:  lipgloss.NewStyle().Foreground(accent),
		BarEmpty: lipgloss.NewStyle().Foreground(muted),
		Cue:      lipgloss.NewStyle().Italic(true),
		Next:     lipgloss.NewStyle().Foreground(muted),
		Warning:  lipgloss.NewStyle().Foreground(warn),
		Selected: lipgloss.NewStyle().Bold(true).Foreground(accent),
		Item:     lipgloss.NewStyle(),
		Confirm:  lipgloss.NewStyle().Bold(true).Foreground(warn),
		TipTitle: lipgloss.NewStyle().Bold(true).Foreground(rest),
		Good:     lipgloss.NewStyle().Bold(true).Foreground(rest),
	}
}
