package journal_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/backcoach/backcoach/journal"
)

const benchSessions = 100_000

// writeBenchJournal writes n sessions of 3 exercises each, one line per
// session, as Append would write them, and returns the newest start.
func writeBenchJournal(b *testing.B, path string, n int) time.Time {
	b.Helper()
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w) // Encode ends each value with "\n"
	enc.SetEscapeHTML(false)
	// Every 4 hours up to now: dates in the future or before 1970 would be
	// damage.
	start := time.Now().In(brisbane).Add(-time.Duration(n) * 4 * time.Hour)
	var last time.Time
	for i := range n {
		s := full()
		s.V = journal.Version
		s.ID = fmt.Sprintf("bench-%06d", i)
		s.Seq = 1 + i%5
		s.Started = start.Add(time.Duration(i) * 4 * time.Hour) // 6 a day, across ~46 years
		ended := s.Started.Add(12 * time.Minute)
		s.Ended = &ended
		if i%9 == 0 {
			s.Outcome = journal.Quit
		}
		if err := enc.Encode(s); err != nil {
			b.Fatal(err)
		}
		last = s.Started
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return last
}

// BenchmarkRead reads a journal of 100,000 sessions and computes the
// streaks and the weekly and daily minutes over them, as the summary
// screen does. It reports the whole in ms/op and the parts as read-ms/op
// and stats-ms/op.
func BenchmarkRead(b *testing.B) {
	path := filepath.Join(b.TempDir(), "journal.jsonl")
	last := writeBenchJournal(b, path, benchSessions)
	now := last.Add(2 * time.Hour)
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())

	var readTime, statsTime time.Duration
	for b.Loop() {
		t0 := time.Now()
		ss, ws, err := journal.Read(path)
		t1 := time.Now()
		if err != nil || len(ws) != 0 || len(ss) != benchSessions {
			b.Fatalf("Read: %d sessions, %d warnings, %v", len(ss), len(ws), err)
		}
		cur, long := journal.Streaks(ss, now)
		weeks := journal.WeeklyMinutes(ss, now, 12)
		days := journal.DailyMinutes(ss, now, 14)
		statsTime += time.Since(t1)
		readTime += t1.Sub(t0)
		if long == 0 || cur == 0 || weeks[11] == 0 || days[13] == 0 {
			b.Fatalf("stats over the bench journal look empty: streak %d/%d, weeks %v, days %v", cur, long, weeks, days)
		}
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
	b.ReportMetric(ms(b.Elapsed()), "ms/op")
	b.ReportMetric(ms(readTime), "read-ms/op")
	b.ReportMetric(ms(statsTime), "stats-ms/op")
	b.ReportMetric(float64(fi.Size())/(1<<20), "MiB-journal") // after b.Loop, which clears earlier metrics
}
