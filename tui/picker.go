package tui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/routines"
)

// pickerModel is the list of routines to choose from.
type pickerModel struct {
	items  []routines.Routine
	cursor int
}

func (m *Model) updatePicker(msg tea.KeyMsg) tea.Cmd {
	p := &m.picker
	switch {
	case key.Matches(msg, m.keys.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(msg, m.keys.Down):
		p.cursor = min(len(p.items)-1, p.cursor+1)
	case key.Matches(msg, m.keys.Start):
		if len(p.items) > 0 {
			return m.beginRoutine(p.items[p.cursor])
		}
	case key.Matches(msg, m.keys.Quit):
		return tea.Quit
	}
	return nil
}

func (m Model) pickerView() string {
	w := m.width
	st := m.styles
	help := m.helpView()
	avail := m.height - lipgloss.Height(help)

	head := []string{" " + spread(st.Header.Render("backcoach"), st.Muted.Render("level: "+m.opts.Level.String()), w-2), " " + st.Muted.Render("Choose a routine for your break."), " " + st.Muted.Render(notAdvice), ""}
	var foot []string
	if m.opts.Warning != "" {
		foot = append(foot, "", " "+st.Warning.Render("! "+m.opts.Warning))
	}
	if len(m.picker.items) == 0 {
		head = append(head, "  No routines found.")
	}

	// Each routine takes three lines (name, description, gap) when they fit,
	// two or one when the window is short; the list scrolls with the cursor.
	room := max(1, avail-len(head)-len(foot))
	per := 3
	for per > 1 && per*len(m.picker.items) > room {
		per--
	}
	shown := max(1, room/per)
	first := min(max(0, m.picker.cursor-shown+1), max(0, len(m.picker.items)-shown))

	lines := head
	for i := first; i < len(m.picker.items) && i < first+shown; i++ {
		r := m.picker.items[i]
		meta := fmt.Sprintf("%d exercises · %s", len(r.Exercises), routines.Clock(routines.Estimate(r, m.opts.Level)))
		if len(r.Exercises) == 1 {
			meta = "1 exercise · " + routines.Clock(routines.Estimate(r, m.opts.Level))
		}
		name, mark := st.Item.Render(r.Name), "  "
		if i == m.picker.cursor {
			name, mark = st.Selected.Render(r.Name), st.Selected.Render("› ")
		}
		lines = append(lines, " "+mark+spread(name, st.Muted.Render(meta), w-5))
		if per >= 2 {
			lines = append(lines, "   "+st.Muted.Render(truncate(r.Description, max(0, w-4))))
		}
		if per >= 3 {
			lines = append(lines, "")
		}
	}
	return m.frame(append(lines, foot...), help)
}
