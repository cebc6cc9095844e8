package words

import "fmt"

// Size says a number of bytes the way a person reads it: 64 KiB, 1.5 GiB.
func Size(n int64) string {
	for _, u := range []struct {
		name string
		size int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.size {
			if n%u.size == 0 {
				return fmt.Sprintf("%d %s", n/u.size, u.name)
			}
			tenths := n * 10 / u.size // rounded down: "1.9 KiB", never "2.0 KiB" for 2047 bytes
			return fmt.Sprintf("%d.%d %s", tenths/10, tenths%10, u.name)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}
