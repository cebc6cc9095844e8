package sheet_test

import (
	"strings"
	"testing"

	"github.com/backcoach/backcoach/data"
	"github.com/backcoach/backcoach/internal/sheet"
	"github.com/backcoach/backcoach/routines"
)

func builtIn(t *testing.T, id string) routines.Routine {
	t.Helper()
	rs, _, err := routines.LoadBuiltIns(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := routines.Find(rs, id)
	return r
}

func text(t *testing.T, r routines.Routine) string {
	t.Helper()
	var b strings.Builder
	if err := sheet.Write(&b, r, sheet.Text); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The second side lists every step it changes, under the pair in use; the
// facts line up in one column; a single hold has no reps or rest line.
func TestTheSheetNamesEverySwappedStep(t *testing.T) {
	low := text(t, builtIn(t, "low-back"))
	for _, want := range []string{
		"On the second side (right side), left and right swap:\n2. Move your right ankle to your left knee.\n",
		"2. Hold your hands behind your head and twist your body to the right.\n3. Hold this pose for 5 seconds and switch to your left side.\n",
	} {
		if !strings.Contains(low, want) {
			t.Errorf("low back sheet lacks %q:\n%s", want, low)
		}
	}
	up := text(t, builtIn(t, "upper-back"))
	for _, want := range []string{
		"On the second side (rolling back), forward becomes back:\n2. Slowly roll your shoulders back.\n",
		"Where:        standing\nKeep moving:  30s\n",
	} {
		if !strings.Contains(up, want) {
			t.Errorf("upper back sheet lacks %q:\n%s", want, up)
		}
	}
	if strings.Contains(up, "left and right") {
		t.Errorf("the roll's sheet says left and right:\n%s", up)
	}
}

func TestASingleHoldHasNoRepsOrRest(t *testing.T) {
	r, err := routines.Parse("mine.yaml", []byte("name: Mine\nexercises:\n  - name: Reach\n    steps: [Reach up.]\n    hold: 20s\n    prepare: 5s\n"))
	if err != nil {
		t.Fatal(err)
	}
	out := text(t, r)
	for _, bad := range []string{"Reps:", "between holds", "figures"} {
		if strings.Contains(out, bad) {
			t.Errorf("a single hold of one's own shows %q:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, "not medical advice") {
		t.Errorf("no advice line:\n%s", out)
	}
}
