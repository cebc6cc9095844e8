package breaks

import (
	"testing"
	"time"
)

// maxInterval is config.MaxInterval, the longest every or again a
// reminder is given (config imports breaks, not the other way).
const maxInterval = 24 * time.Hour

// FuzzSchedule drives a schedule in a random zone Go ships, with random
// working hours, intervals, clock and user: waits, jumps of the clock
// both ways (a laptop asleep, a clock corrected), every key of the
// waiting screen, routines done elsewhere, even ending in the future.
// Whatever it does, the next break is in the future after each action
// and after each wake-up with nothing due, and a reminder never wakes
// again within a second.
func FuzzSchedule(f *testing.F) {
	zones := shippedZones(f)
	santiago := 0
	for i, z := range zones {
		if z.String() == "America/Santiago" {
			santiago = i
		}
	}
	since1900 := func(t time.Time) int64 { return t.Unix() + 2208988800 }
	sep5 := since1900(time.Date(2026, 9, 5, 11, 30, 0, 0, time.UTC))
	f.Add(uint16(santiago), uint16(0), uint16(8*60), uint32(50*60), uint32(5*60), sep5, []byte{1, 0, 0, 2, 7, 3, 0})
	f.Add(uint16(0), uint16(9*60), uint16(17*60+30), uint32(60), uint32(30), since1900(time.Date(2026, 3, 29, 0, 59, 59, 999e6, time.UTC)), []byte{0, 0, 9, 10, 11, 4, 5, 6, 8})
	f.Add(uint16(7), uint16(2000), uint16(0), uint32(86400), uint32(86400), int64(-1e9), []byte{12, 200, 13, 255, 6, 0, 0, 5, 0})
	f.Fuzz(func(t *testing.T, zone, start, end uint16, every, again uint32, clock int64, ops []byte) {
		loc := zones[int(zone)%len(zones)]
		var h *Hours
		if s, e := time.Duration(start%1440)*time.Minute, time.Duration(end%1440)*time.Minute; s != e { // e before s: across midnight
			h = &Hours{s, e}
		}
		cfg := Config{
			Every: MinEvery + time.Duration(every)*time.Second%(maxInterval-MinEvery+1),
			Again: MinAgain + time.Duration(again)*time.Second%(maxInterval-MinAgain+1),
			Hours: h,
		}
		// 1900 to 2100, to the nanosecond: wake-ups fall between seconds.
		const span = 200 * 365 * 24 * 3600
		now := time.Unix(-2208988800+(clock%span+span)%span, clock%1e9).In(loc)
		if len(ops) > 64 {
			ops = ops[:64]
		}
		r := newReminder(t, loc.String(), cfg, now)
		for _, op := range ops {
			by := time.Duration(op>>4+1) * 17 * time.Minute // 17 min to 4 h 32 min
			switch op % 16 {
			case 0, 1, 2, 3: // wait for the wake-up, acting on a ring
				if rang, sleep := r.wake(); rang {
					r.act(int(op >> 4))
				} else {
					r.now = r.now.Add(sleep)
				}
			case 4:
				r.now = r.now.Add(by) // asleep
			case 5:
				r.now = r.now.Add(-by) // the clock set back
			case 6:
				r.now = r.now.Add(by * 24) // asleep for days
			case 7:
				before := r.s.Next()
				r.s.TakenElsewhere(r.now.Add(by), r.now) // a journal ahead of the clock
				r.future("a routine ending in the future")
				if limit := New(cfg, r.now).Next(); r.s.Next().After(limit) && r.s.Next().After(before) {
					t.Fatalf("%s: a routine ending %v after now put the next break at %v, after %v (as if taken now)", r.what, by, r.s.Next(), limit)
				}
			default:
				r.act(int(op))
			}
		}
	})
}
