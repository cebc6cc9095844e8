package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Each row of the table is whole, and the file, the flag and what
// backcoach config shows read and write the same value: a setting set
// in config.yaml is shown as the flag would give it.
func TestEveryRowReadsTheFileAndItsFlagAlike(t *testing.T) {
	// A value other than the default for each setting, as config.yaml
	// writes it and as its flag takes it.
	samples := map[string][2]string{
		"level": {"full", "full"}, "quiet": {"true", "true"}, "speak": {"true", "true"},
		"sound": {"bell", "bell"}, "checkins": {"never", "never"},
		"remind.every": {"20m", "20m"}, "remind.again": {"90s", "1m30s"},
		"remind.hours": {"08:00-16:00", "08:00-16:00"}, "remind.routines": {"[upper-back]", "upper-back"},
	}
	keys, flags := map[string]bool{}, map[string]bool{}
	for _, row := range Table() {
		if row.Key == "" || row.Flag == "" || row.Usage == "" || row.Type == "" || row.decode == nil || row.set == nil || row.value == nil {
			t.Errorf("%q: a row lacks a part: %+v", row.Key, row)
			continue
		}
		if keys[row.Key] || flags[row.Flag] {
			t.Errorf("%q: key or flag --%s twice", row.Key, row.Flag)
		}
		keys[row.Key], flags[row.Flag] = true, true
		sample, ok := samples[row.Key]
		if !ok {
			t.Errorf("%q: give the new setting a sample here", row.Key)
			continue
		}
		body := row.Key + ": " + sample[0] + "\n"
		if group, name, ok := strings.Cut(row.Key, "."); ok {
			body = group + ":\n  " + name + ": " + sample[0] + "\n"
		}
		p := filepath.Join(t.TempDir(), "config.yaml")
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		l, err := Load(p)
		if err != nil || l.Sources[row.Key] != FromFile || row.Shown(l.Settings) != sample[1] {
			t.Errorf("%q from the file: %q from %s, %v; want %q", row.Key, row.Shown(l.Settings), l.Sources[row.Key], err, sample[1])
		}
		s := Defaults()
		if err := row.Set(&s, sample[1]); err != nil || row.Value(s) != sample[1] || row.Value(s) != row.Value(l.Settings) {
			t.Errorf("%q from --%s %s: %q, %v; the file gave %q", row.Key, row.Flag, sample[1], row.Value(s), err, row.Value(l.Settings))
		}
	}
}

// The words of sound read back as written, and nothing else reads.
func TestSoundWords(t *testing.T) {
	for _, v := range []Sound{SoundAuto, SoundTones, SoundBell, SoundOff} {
		if got, err := ParseSound(v.String()); got != v || err != nil {
			t.Errorf("ParseSound(%q) = %v, %v", v, got, err)
		}
	}
	for _, s := range []string{"", "Bell", "loud"} {
		if _, err := ParseSound(s); err == nil {
			t.Errorf("ParseSound(%q) took it", s)
		}
	}
}
