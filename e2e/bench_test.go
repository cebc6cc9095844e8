//go:build linux

package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// benchRoutine is short but has every kind of step: get ready 1s, hold
// 10s, rest 2s, hold 10s. With no sound player (the binary runs without a
// PATH), the bell rings its patterns: two at a hold's start, one at each
// of its last three seconds, three at its end, five at the routine's end.
const benchRoutine = `name: Bench
exercises:
  - name: Shoulder blade squeeze
    steps:
      - Stand up with your arms at your sides.
      - Bring your shoulder blades back towards each other.
    hold: 10s
    reps: 2
    rest: 2s
    prepare: 1s
    cue: Keep breathing.
`

// planned are the step lengths, and which of them are holds.
var (
	planned = []time.Duration{time.Second, 10 * time.Second, 2 * time.Second, 10 * time.Second}
	isHold  = []bool{false, true, false, true}
)

// cueTimes are when a sound is due, from the start of the first step:
// the end of each step, and the last three seconds of each hold.
func cueTimes() []time.Duration {
	var out []time.Duration
	var at time.Duration
	for i, d := range planned {
		if isHold[i] {
			for n := 3; n >= 1; n-- {
				out = append(out, at+d-time.Duration(n)*time.Second)
			}
		}
		at += d
		out = append(out, at)
	}
	return out
}

// chunk is output read from the pty and when it arrived.
type chunk struct {
	at   time.Duration
	data []byte
}

// BenchmarkCoach runs the built binary through a short routine in an 80x24
// pseudo-terminal and measures from outside what a user would feel:
//
//	go test ./e2e -run '^$' -bench Coach
//
// drift-ms: the worst distance of a bell (the end of a step) from its
// deadline, the steps laid end to end from the first frame; end-ms: how
// late the last bell rang against the plan;
// cpu-%: CPU (all threads, from /proc schedstat) while a hold counts down;
// redraws/s and bytes/s: output bursts (split at 5 ms of silence) and bytes
// while counting; peak-MB: VmHWM; first-frame-ms: start to first drawn
// text; key-ms: a key press to the redraw it causes (median of 5).
func BenchmarkCoach(b *testing.B) {
	dir := b.TempDir()
	file := filepath.Join(dir, "bench.yaml")
	if err := os.WriteFile(file, []byte(benchRoutine), 0o644); err != nil {
		b.Fatal(err)
	}
	for range b.N {
		m := measureRun(b, file)
		b.ReportMetric(m.drift, "drift-ms")
		b.ReportMetric(m.end, "end-ms")
		b.ReportMetric(m.cpu, "cpu-%")
		b.ReportMetric(m.redraws, "redraws/s")
		b.ReportMetric(m.bytes, "bytes/s")
		b.ReportMetric(m.peakMB, "peak-MB")
		b.ReportMetric(m.firstFrame, "first-frame-ms")
		b.ReportMetric(m.key, "key-ms")
		b.ReportMetric(0, "ns/op")
	}
}

type measures struct {
	drift, end, cpu, redraws, bytes, peakMB, firstFrame, key float64
}

func measureRun(b *testing.B, file string) measures {
	b.Helper()
	cmd := exec.Command(bin, "--no-journal", "--routines", filepath.Dir(file), "run", "bench")
	home := b.TempDir()
	cmd.Env = append([]string{"HOME=" + home, "XDG_CONFIG_HOME=" + home, "TERM=xterm-256color"}, benchEnv...)
	start := time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 80, Rows: 24})
	if err != nil {
		b.Fatal(err)
	}
	defer func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		_ = f.Close()
	}()

	var (
		mu     sync.Mutex
		chunks []chunk
		notify = make(chan struct{}, 1) // a chunk arrived
	)
	go func() {
		buf := make([]byte, 65536)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				at := time.Since(start)
				mu.Lock()
				chunks = append(chunks, chunk{at, append([]byte(nil), buf[:n]...)})
				mu.Unlock()
				select {
				case notify <- struct{}{}:
				default:
				}
			}
			if err != nil {
				return
			}
		}
	}()
	// waitText waits, without polling, for a chunk from index from on
	// that holds text, and returns when it arrived.
	waitText := func(text string, from int, limit time.Duration) (time.Duration, int) {
		timeout := time.After(limit)
		for {
			mu.Lock()
			for i := from; i < len(chunks); i++ {
				if strings.Contains(stripANSI(string(chunks[i].data)), text) {
					at := chunks[i].at
					mu.Unlock()
					return at, i
				}
			}
			mu.Unlock()
			select {
			case <-notify:
			case <-timeout:
				b.Fatalf("%q not shown within %v", text, limit)
			}
		}
	}

	firstFrame, _ := waitText("GET READY", 0, 5*time.Second)
	pid := cmd.Process.Pid
	// CPU while the first hold counts down, from 2s to 10s after it began.
	holdStart := firstFrame + planned[0]
	sleepUntil(start, holdStart+2*time.Second)
	cpu0, t0 := cpuTime(b, pid), time.Since(start)
	sleepUntil(start, holdStart+10*time.Second)
	cpu1, t1 := cpuTime(b, pid), time.Since(start)

	waitText("Well done", 0, 40*time.Second)
	peak := vmHWM(b, pid)

	// Key presses on the summary: n shows the next tip at once.
	var keys []float64
	for range 5 {
		mu.Lock()
		from := len(chunks)
		mu.Unlock()
		sent := time.Since(start)
		if _, err := f.Write([]byte("n")); err != nil {
			b.Fatal(err)
		}
		// The summary draws nothing by itself: the next output is the
		// redraw the key caused (only the changed cells of the new tip).
		at, _ := waitText("", from, 2*time.Second)
		keys = append(keys, float64(at-sent)/float64(time.Millisecond))
		time.Sleep(50 * time.Millisecond)
	}
	sort.Float64s(keys)

	mu.Lock()
	defer mu.Unlock()
	// The first bell of each pattern (bells less than half a second apart
	// are one pattern) is the sound of a cue.
	var sounds []time.Duration
	var last time.Duration = -time.Hour
	for _, c := range chunks {
		for range bytes.Count(c.data, []byte("\a")) {
			if c.at-last > 500*time.Millisecond {
				sounds = append(sounds, c.at)
			}
			last = c.at
		}
	}
	due := cueTimes()
	if len(sounds) != len(due) {
		b.Fatalf("heard %d sounds, want %d (each step's end, and 3, 2, 1 in each hold)", len(sounds), len(due))
	}
	// Each sound against its deadline: the plan's steps laid end to end
	// from the first frame (when the get-ready step began).
	var m measures
	var deadline time.Duration
	for i, at := range sounds {
		deadline = firstFrame + due[i]
		m.drift = max(m.drift, abs(float64(at-deadline))/float64(time.Millisecond))
		b.Logf("sound %d: %+.2f ms from its deadline", i+1, float64(at-deadline)/float64(time.Millisecond))
	}
	m.end = float64(sounds[len(sounds)-1]-deadline) / float64(time.Millisecond)

	// Output while counting, in the same window as the CPU.
	var n, bursts int
	last = time.Duration(-1)
	for _, c := range chunks {
		if c.at < t0 || c.at > t1 {
			continue
		}
		n += len(c.data)
		if last < 0 || c.at-last > 5*time.Millisecond {
			bursts++
		}
		last = c.at
	}
	secs := (t1 - t0).Seconds()
	m.cpu = 100 * (cpu1 - cpu0).Seconds() / secs
	m.redraws = float64(bursts) / secs
	m.bytes = float64(n) / secs
	m.peakMB = float64(peak) / 1024
	m.firstFrame = float64(firstFrame) / float64(time.Millisecond)
	m.key = keys[len(keys)/2]
	return m
}

func sleepUntil(start time.Time, at time.Duration) {
	if d := at - time.Since(start); d > 0 {
		time.Sleep(d)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// cpuTime is the CPU time of every thread of pid, in nanoseconds, from
// /proc/PID/task/*/schedstat (precise, unlike the 10 ms ticks of stat).
func cpuTime(b testing.TB, pid int) time.Duration {
	b.Helper()
	tasks, err := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/schedstat", pid))
	if err != nil || len(tasks) == 0 {
		b.Fatalf("no schedstat for %d: %v", pid, err)
	}
	var sum time.Duration
	for _, t := range tasks {
		data, err := os.ReadFile(t)
		if err != nil {
			continue // a thread that ended
		}
		fields := strings.Fields(string(data))
		ns, _ := strconv.ParseInt(fields[0], 10, 64)
		sum += time.Duration(ns)
	}
	return sum
}

// vmHWM is the peak resident memory of pid, in KiB.
func vmHWM(b testing.TB, pid int) int {
	b.Helper()
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			kb, _ := strconv.Atoi(strings.Fields(l)[1])
			return kb
		}
	}
	b.Fatal("no VmHWM")
	return 0
}

var benchEnv = strings.Fields(os.Getenv("BENCH_ENV"))
