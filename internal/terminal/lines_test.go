package terminal

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// Keys from a pipe, line by line, one key a read: a line is its keys, an
// empty line enter, a carriage return enter (a "\n" after it no more);
// an arrow and a rune of more than one byte are one key; the end of the input is ctrl+c, once. Keys
// read together would be one message ("qy", no key): a script piping
// "q\ny\n" at once quits.
func TestLineKeys(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"3\n", []string{"3", "\x03"}},
		{"\n", []string{"\r", "\x03"}},
		{"10\n\nq\ny\n", []string{"1", "0", "\r", "q", "y", "\x03"}},
		{"p\r\n\r\nn\n", []string{"p", "\r", "\r", "n", "\x03"}},
		{"\rsh\r", []string{"\r", "s", "h", "\r", "\x03"}},
		{"\x1b[C\x1b[D\n→\n", []string{"\x1b[C", "\x1b[D", "→", "\x03"}},
		{"\x1b\n", []string{"\x1b", "\x03"}},
		{"", []string{"\x03"}},
		{"q", []string{"q", "\x03"}},
	} {
		for name, r := range map[string]io.Reader{"whole": strings.NewReader(tc.in), "a byte at a time": iotest.OneByteReader(strings.NewReader(tc.in))} {
			l := &lineKeys{in: r}
			var got []string
			buf := make([]byte, 256)
			for range 100 {
				n, err := l.Read(buf)
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%q: %v", tc.in, err)
				}
				if n > 0 {
					got = append(got, string(buf[:n]))
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("%q, %s: read %q, want %q", tc.in, name, got, tc.want)
			}
		}
	}
}
