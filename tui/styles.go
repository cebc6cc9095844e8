package tui

import (
	"io"

	"github.com/charmbracelet/bubbles/help"
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
	// Help is the help bar's and the full help's: keys bold and bright,
	// their labels muted but as readable as any text.
	Help help.Styles
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
func DefaultStyles() Styles {
	return stylesFor(lipgloss.ColorProfile() != termenv.Ascii, lipgloss.DefaultRenderer())
}

// noColorStyles are the styles under NO_COLOR, which forbids colour, not
// emphasis: no colour, but bold and italic, which lipgloss's own
// renderer leaves out once NO_COLOR has made its profile Ascii.
func noColorStyles() Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI)
	return stylesFor(false, r)
}

// stylesFor builds the styles, rendered by r, in colour or without (then
// each phase's band is a line of its own character).
func stylesFor(colour bool, r *lipgloss.Renderer) Styles {
	// The palette: each text colour reads at 4.5:1 or more (WCAG AA) on a
	// black (Dark) and a white (Light) background, and text on a band on
	// its band; styles_test.go checks it.
	var (
		accent      = lipgloss.AdaptiveColor{Light: "#1F6F8B", Dark: "#5FD7FF"}
		switchSides = lipgloss.AdaptiveColor{Light: "#7B1FA2", Dark: "#D7AFFF"}
		onBand      = lipgloss.AdaptiveColor{Light: "#FFFFFF", Dark: "#000000"}
		work        = lipgloss.AdaptiveColor{Light: "#B35900", Dark: "#FFAF5F"}
		rest        = lipgloss.AdaptiveColor{Light: "#2E7D32", Dark: "#87D787"}
		muted       = lipgloss.AdaptiveColor{Light: "#6C6C6C", Dark: "#8A8A8A"}
		warn        = lipgloss.AdaptiveColor{Light: "#B00020", Dark: "#FF8787"}
		strong      = lipgloss.AdaptiveColor{Light: "#000000", Dark: "#FFFFFF"}
	)
	fg := func(st lipgloss.Style, c lipgloss.AdaptiveColor) lipgloss.Style {
		if !colour {
			return st
		}
		return st.Foreground(c)
	}
	ph := func(c lipgloss.AdaptiveColor, fill string) phaseStyle {
		p := phaseStyle{Text: fg(r.NewStyle().Bold(true), c), Band: r.NewStyle().Bold(true), Fill: fill}
		if colour {
			p.Band, p.Fill = p.Band.Background(c).Foreground(onBand), " "
		}
		return p
	}
	helpKey, helpDesc := fg(r.NewStyle().Bold(true), strong), fg(r.NewStyle(), muted)
	return Styles{
		Phases: [phases]phaseStyle{
			phasePrepare: ph(accent, "┄"),
			phaseHold:    ph(work, "━"),
			phaseRest:    ph(rest, "─"),
			phaseSwitch:  ph(switchSides, "═"),
			phasePaused:  ph(muted, "·"),
		},
		Help: help.Styles{
			ShortKey: helpKey, ShortDesc: helpDesc, ShortSeparator: helpDesc,
			FullKey: helpKey, FullDesc: helpDesc, FullSeparator: helpDesc, Ellipsis: helpDesc,
		},
		Setup:    r.NewStyle().Bold(true),
		Figure:   fg(r.NewStyle(), accent),
		Frame:    r.NewStyle(),
		Header:   fg(r.NewStyle().Bold(true), accent),
		Muted:    fg(r.NewStyle(), muted),
		Title:    r.NewStyle().Bold(true),
		Position: fg(r.NewStyle(), accent),
		StepNum:  fg(r.NewStyle(), muted),
		Work:     fg(r.NewStyle().Bold(true), work),
		Rest:     fg(r.NewStyle().Bold(true), rest),
		Prepare:  fg(r.NewStyle().Bold(true), accent),
		Paused:   fg(r.NewStyle().Bold(true), muted),
		BarFull:  fg(r.NewStyle(), accent),
		BarEmpty: fg(r.NewStyle(), muted),
		Cue:      r.NewStyle().Italic(true),
		Next:     fg(r.NewStyle(), muted),
		Warning:  fg(r.NewStyle(), warn),
		Selected: fg(r.NewStyle().Bold(true), accent),
		Item:     r.NewStyle(),
		Confirm:  fg(r.NewStyle().Bold(true), warn),
		TipTitle: fg(r.NewStyle().Bold(true), rest),
		Good:     fg(r.NewStyle().Bold(true), rest),
	}
}
