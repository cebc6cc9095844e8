package routines_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/backcoach/backcoach/routines"
)

// BenchmarkLoadDir loads a user folder of 10, 100 and 1,000 routine files
// from disk, as backcoach does at every start; it should grow linearly up
// to MaxFolderFiles, and no further.
func BenchmarkLoadDir(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		dir := b.TempDir()
		for i := range n {
			body := fmt.Sprintf(`name: Routine %d
description: A routine of three exercises.
exercises:
  - name: Piriformis stretch
    steps:
      - Start by lying on your back with your knees bent.
      - Move your left ankle to your right knee.
    hold: 30s
    sides: [left, right]
  - name: Bird dog
    steps: [Start by putting your hands and knees on the floor.]
    hold: 5s
    reps: 10
    sides: [left leg, right leg]
  - name: Shoulder blade squeeze
    steps: [Bring your shoulder blades back towards each other.]
    hold: 5-10s
    reps: 3
`, i)
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%04d.yaml", i)), []byte(body), 0o644); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(fmt.Sprintf("files=%d", n), func(b *testing.B) {
			for b.Loop() {
				rs, err := routines.LoadDir(dir)
				if len(rs) != min(n, routines.MaxFolderFiles) || (err != nil) != (n > routines.MaxFolderFiles) {
					b.Fatalf("loaded %d, %v", len(rs), err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/load")
		})
	}
}

// BenchmarkNewPlan expands the low-back routine, at the start of a session.
func BenchmarkNewPlan(b *testing.B) {
	rs := builtIns(b)
	r, _ := routines.Find(rs, "low-back")
	for b.Loop() {
		_ = routines.NewPlan(r, routines.Gentle)
	}
}

// worstCase is the most a valid routine can hold: MaxExercises exercises,
// each with every text field at its longest (MaxSteps steps), MaxSides
// sides, a figure of MaxFigureFrames frames, and reps and holds that take
// the plan close to MaxPlanSteps and MaxTotal.
func worstCase() []byte {
	text := func(c string, n int) string { return strings.Repeat(c, n) }
	var b strings.Builder
	fmt.Fprintf(&b, "name: %s\ndescription: %s\nexercises:\n", text("n", routines.MaxNameLen), text("d", routines.MaxTextLen))
	for i := range routines.MaxExercises {
		fmt.Fprintf(&b, "  - name: %s%02d\n    steps:\n", text("e", routines.MaxNameLen-2), i)
		for range routines.MaxSteps {
			fmt.Fprintf(&b, "      - %s\n", text("s", routines.MaxTextLen))
		}
		b.WriteString("    hold: 9s\n    reps: 6\n    sides:\n")
		for s := range routines.MaxSides {
			fmt.Fprintf(&b, "      - %s%d\n", text("l", routines.MaxNameLen-1), s)
		}
		fmt.Fprintf(&b, "    cue: %s\n    setup: %s\n    figure:\n", text("c", routines.MaxTextLen), text("u", routines.MaxTextLen))
		for range routines.MaxFigureFrames {
			b.WriteString("      - |\n")
			for range routines.MaxFigureRows {
				fmt.Fprintf(&b, "        %s\n", text("#", routines.MaxFigureCols))
			}
		}
	}
	return []byte(b.String())
}

// BenchmarkParseWorstCase reads the largest valid routine: what backcoach
// may have to load for every file at every start.
func BenchmarkParseWorstCase(b *testing.B) {
	src := worstCase()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := routines.Parse("w.yaml", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadWorstCase loads the largest valid routine from disk.
func BenchmarkLoadWorstCase(b *testing.B) {
	file := filepath.Join(b.TempDir(), "w.yaml")
	if err := os.WriteFile(file, worstCase(), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := routines.LoadFile(file); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEstimateWorstCase works out the time of the largest valid
// routine, as list and the picker do for every routine shown.
func BenchmarkEstimateWorstCase(b *testing.B) {
	r, err := routines.Parse("w.yaml", worstCase())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(routines.PlanLength(r, routines.Full)), "steps")
	for b.Loop() {
		_ = routines.Estimate(r, routines.Full)
	}
}

// BenchmarkNewPlanWorstCase builds the longest plan a valid routine makes.
func BenchmarkNewPlanWorstCase(b *testing.B) {
	r, err := routines.Parse("w.yaml", worstCase())
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		_ = routines.NewPlan(r, routines.Full)
	}
}

// BenchmarkParsePlanBomb refuses the 1 MiB plan bomb of issue 10, which
// ran list out of memory before the limits.
func BenchmarkParsePlanBomb(b *testing.B) {
	src := planBomb()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := routines.Parse("bomb.yaml", src); err == nil {
			b.Fatal("the plan bomb was accepted")
		}
	}
}

// BenchmarkParseUnknownFields refuses a 1 MiB file of 100,000 unknown
// fields: past MaxErrors listed, they are only counted, without looking
// for what each was meant to be.
func BenchmarkParseUnknownFields(b *testing.B) {
	var src strings.Builder
	src.WriteString("name: x\n")
	for i := 0; src.Len() < routines.MaxFileSize-20; i++ {
		fmt.Fprintf(&src, "k%d: 1\n", i)
	}
	b.SetBytes(int64(src.Len()))
	for b.Loop() {
		if _, err := routines.Parse("u.yaml", []byte(src.String())); err == nil {
			b.Fatal("unknown fields were accepted")
		}
	}
}
