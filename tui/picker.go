package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/text/fit"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// pickerModel is the list of routines to choose from.
type pickerModel struct {
	c       *common
	keys    pickerKeys
	items   []routines.Routine
	level   routines.Level
	warning string // one line about broken user files, or ""
	cursor  int
	offset  int // the first routine shown; moves only when the cursor leaves the window
}

type pickerKeys struct {
	Up, Down, Start, Level, Quit key.Binding
	globalKeys
}

func (k pickerKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Start, k.Level, k.Quit, k.Help}
}

func (k pickerKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Start, k.Level}, {k.Help, k.Quit, k.ForceQuit}}
}

func (k pickerKeys) narrow() []key.Binding { return []key.Binding{k.Start, k.Level, k.Quit, k.Help} }

func newPicker(c *common, items []routines.Routine, level routines.Level, warning string) pickerModel {
	return pickerModel{c: c, items: items, level: level, warning: warning, keys: pickerKeys{
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Start:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		Level:      key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "level")),
		Quit:       quitKey("quit"),
		globalKeys: c.keys,
	}}
}

// Update moves the cursor and chooses a routine.
func (p pickerModel) Update(msg tea.Msg) (pickerModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return p, nil
	}
	switch {
	case key.Matches(km, p.keys.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(km, p.keys.Down):
		p.cursor = min(len(p.items)-1, p.cursor+1)
	case key.Matches(km, p.keys.Start):
		if len(p.items) > 0 {
			r := p.items[p.cursor]
			return p, func() tea.Msg { return routineChosenMsg{r} }
		}
		return p, nil
	case key.Matches(km, p.keys.Level):
		if p.level == routines.Gentle {
			p.level = routines.Full
		} else {
			p.level = routines.Gentle
		}
		l := p.level
		return p, tea.Batch(func() tea.Msg { return levelChosenMsg{l} }, p.shown())
	case key.Matches(km, p.keys.Quit):
		return p, quitChosen
	default:
		return p, nil
	}
	p.offset = p.first()
	return p, p.shown()
}

// shown says the routine under the cursor in words.
func (p pickerModel) shown() tea.Cmd {
	if len(p.items) == 0 {
		return p.c.shown("picker", fmt.Sprintf("No routines found. %s to quit.", p.keys.Quit.Help().Key))
	}
	r := p.items[p.cursor]
	where := whereText(r)
	if where != "" {
		where = ", " + where
	}
	return p.c.shown("picker", fmt.Sprintf("Routine %d of %d: %s%s, %s, %s. %s to start, %s or %s for another, %s to quit.",
		p.cursor+1, len(p.items), r.Name, where, words.Count(len(r.Exercises), "exercise"), words.Spoken(routines.Estimate(r, p.level)),
		words.Capitalize(p.keys.Start.Help().Key), lastKey(p.keys.Down), lastKey(p.keys.Up), p.keys.Quit.Help().Key))
}

// head is the lines above the list.
func (p pickerModel) head() []string {
	st := p.c.styles
	head := []string{" " + fit.Spread(st.Header.Render("backcoach"), st.Muted.Render("level: "+p.level.String()), p.c.width-2), " " + st.Muted.Render("Choose a routine for your break.")}
	for _, l := range fit.Wrap(coach.NotMedicalAdvice, p.c.width-2, " ") {
		head = append(head, st.Muted.Render(l))
	}
	head = append(head, "")
	if len(p.items) == 0 {
		head = append(head, "  No routines found.")
	}
	return head
}

// foot is the lines under the list.
func (p pickerModel) foot() []string {
	if p.warning == "" {
		return nil
	}
	return []string{"", " " + p.c.styles.Warning.Render("! "+p.warning)}
}

// rows says how many lines each routine takes and how many routines are
// shown: its name, its description in desc lines, and a gap, when they
// fit; when every routine fits whole, its description gets as many lines
// as the room allows, so that nothing is cut with rows left empty; in a
// short window two lines or one.
func (p pickerModel) rows() (per, shown, desc int) {
	avail := p.c.height - lipgloss.Height(p.c.helpView(p.keys))
	room := max(1, avail-len(p.head())-len(p.foot()))
	longest := 1
	for _, r := range p.items {
		longest = max(longest, len(p.describe(r, 0)))
	}
	n := len(p.items)
	for desc = longest; desc > 1 && (desc+2)*n > room; {
		desc--
	}
	per = desc + 2
	if per*n > room { // not whole: two lines each, or only the names
		per = 2
		if per*n > room {
			per = 1
		}
		desc = per - 1
	}
	return per, max(1, room/per), desc
}

// describe is where a routine happens and its description, wrapped to
// the list's width in at most most lines (all of them when most is 0),
// the last cut at a word when there is more.
func (p pickerModel) describe(r routines.Routine, most int) []string {
	where, desc := whereText(r), r.Description
	if where != "" {
		where = words.Capitalize(where) + "."
		if desc != "" {
			where += " "
		}
	}
	w := max(1, p.c.width-4)
	ls := fit.Wrap(where+desc, w, "")
	if most > 0 && len(ls) > most {
		// Cut as one text, so that a cut is at a word.
		rest := strings.Join(ls[most-1:], " ")
		ls = append(ls[:most-1:most-1], fit.Truncate(rest, w))
	}
	return ls
}

// first is the first routine to show: the list scrolls only when the
// cursor would leave it.
func (p pickerModel) first() int {
	_, shown, _ := p.rows()
	first := p.offset
	if p.cursor < first {
		first = p.cursor
	}
	if p.cursor >= first+shown {
		first = p.cursor - shown + 1
	}
	return max(0, min(first, len(p.items)-shown))
}

func (p pickerModel) View() string {
	w := p.c.width
	st := p.c.styles
	per, shown, desc := p.rows()
	first := p.first()
	lines := p.head()
	for i := first; i < len(p.items) && i < first+shown; i++ {
		r := p.items[i]
		meta := words.Count(len(r.Exercises), "exercise") + " · " + words.Clock(routines.Estimate(r, p.level))
		name, mark := st.Item.Render(r.Name), "  "
		if i == p.cursor {
			name, mark = st.Selected.Render(r.Name), st.Selected.Render("› ")
		}
		lines = append(lines, " "+mark+fit.Spread(name, st.Muted.Render(meta), w-5))
		if per >= 2 {
			// Where it happens stands out from the description when it
			// opens the first line whole.
			where := strings.TrimSpace(words.Capitalize(whereText(r)) + ".")
			for j, l := range p.describe(r, desc) {
				if j == 0 && whereText(r) != "" && strings.HasPrefix(l, where) {
					lines = append(lines, "   "+st.Position.Render(where)+st.Muted.Render(l[len(where):]))
					continue
				}
				lines = append(lines, "   "+st.Muted.Render(l))
			}
		}
		if per >= 3 {
			lines = append(lines, "")
		}
	}
	return p.c.frame(append(lines, p.foot()...), p.c.helpView(p.keys))
}

// whereText says where a routine happens, and that it needs floor space
// when it does: "on the floor (needs floor space)".
func whereText(r routines.Routine) string {
	w := r.Where()
	if r.NeedsFloor() {
		w += " (needs floor space)"
	}
	return w
}

// lastKey is the last key a binding answers to: "j" of "down", "j".
func lastKey(b key.Binding) string {
	ks := b.Keys()
	if len(ks) == 0 {
		return ""
	}
	return ks[len(ks)-1]
}
