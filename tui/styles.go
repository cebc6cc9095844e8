package tui

import "github.com/charmbracelet/lipgloss"

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
}

func defaultStyles() Styles {
	accent := lipgloss.AdaptiveColor{Light: "#1F6F8B", Dark: "#5FD7FF"}
	work := lipgloss.AdaptiveColor{Light: "#B35900", Dark: "#FFAF5F"}
	rest := lipgloss.AdaptiveColor{Light: "#2E7D32", Dark: "#87D787"}
	muted := lipgloss.AdaptiveColor{Light: "#6C6C6C", Dark: "#8A8A8A"}
	warn := lipgloss.AdaptiveColor{Light: "#B00020", Dark: "#FF8787"}
	return Styles{
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
