package routines_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/backcoach/backcoach/routines"
)

// BenchmarkLoadFS loads a user folder of 10, 100 and 1,000 routine files
// from disk, as backcoach does at every start; it should grow linearly.
func BenchmarkLoadFS(b *testing.B) {
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
				rs, err := routines.LoadFS(os.DirFS(dir), dir)
				if err != nil || len(rs) != n {
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
