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
	offset int // the first routine shown; moves only when the cursor leaves the window
}

func (m *Model) updatePicker(msg tea.KeyMsg) tea.Cmd {
	p := &m.picker
	switch {
	case key.Matches(msg, m.keys.Up):
		p.cursor = max(0, p.cursor-1)
		p.offset = m.pickerFirst()
	case key.Matches(msg, m.keys.Down):
		p.cursor = min(len(p.items)-1, p.cursor+1)
		p.offset = m.pickerFirst()
	case key.Matches(msg, m.keys.Start):
		if len(p.items) > 0 {
			return m.beginRoutine(p.items[p.cursor])
		}
	case key.Matches(msg, m.keys.Quit):
		return tea.Quit
	}
	return nil
}

// pickerHead is the lines above the list.
func (m Model) pickerHead() []string {
	st := m.styles
	head := []string{" " + spread(st.Header.Render("backcoach"), st.Muted.Render("level: "+m.opts.Level.String()), m.width-2), " " + st.Muted.Render("Choose a routine for your break."), " " + st.Muted.Render(notAdvice), ""}
	if len(m.picker.items) == 0 {
		head = append(head, "  No routines found.")
	}
	return head
}

// pickerFoot is the lines under the list.
func (m Model) pickerFoot() []string {
	if m.opts.Warning == "" {
		return nil
	}
	return []string{"", " " + m.styles.Warning.Render("! "+m.opts.Warning)}
}

// pickerRows says how many lines each routine takes (three: name,
// description, gap, when they fit; two or one when the window is short)
// and how many routines are shown.
func (m Model) pickerRows() (per, shown int) {
	avail := m.height - lipgloss.Height(m.helpView())
	room := max(1, avail-len(m.pickerHead())-len(m.pickerFoot()))
	per = 3
	for per > 1 && per*len(m.picker.items) > room {
		per--
	}
	return per, max(1, room/per)
}

// pickerFirst is the first routine to show: the list scrolls only when
// the cursor would leave it.
func (m Model) pickerFirst() int {
	_, shown := m.pickerRows()
	first := m.picker.offset
	if m.picker.cursor < first {
		first = m.picker.cursor
	}
	if m.picker.cursor >= first+shown {
		first = m.picker.cursor - shown + 1
	}
	return max(0, min(first, len(m.picker.items)-shown))
}

func (m Model) pickerView() string {
	w := m.width
	st := m.styles
	help := m.helpView()
	head, foot := m.pickerHead(), m.pickerFoot()
	per, shown := m.pickerRows()
	first := m.pickerFirst()

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
