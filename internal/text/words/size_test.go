package words

import "testing"

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{10: "10 bytes", 64 << 10: "64 KiB", 3 << 29: "1.5 GiB", 1<<20 + 1: "1.0 MiB", 2047: "1.9 KiB"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}
