package config_test

import (
	"testing"

	"github.com/backcoach/backcoach/config"
)

func TestPathsFollowXDG(t *testing.T) {
	env := func(m map[string]string) func(string) string {
		return func(k string) string { return m[k] }
	}
	for _, tc := range []struct {
		env                       map[string]string
		routines, journal, remind string
	}{
		{map[string]string{"XDG_STATE_HOME": "/x/state", "XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/u"},
			"/x/conf/backcoach/routines", "/x/state/backcoach/journal.jsonl", "/x/state/backcoach/remind.json"},
		{map[string]string{"XDG_STATE_HOME": "relative/state", "XDG_CONFIG_HOME": "rel", "HOME": "/home/u"},
			"/home/u/.config/backcoach/routines", "/home/u/.local/state/backcoach/journal.jsonl", "/home/u/.local/state/backcoach/remind.json"},
		{map[string]string{"HOME": "/home/u"},
			"/home/u/.config/backcoach/routines", "/home/u/.local/state/backcoach/journal.jsonl", "/home/u/.local/state/backcoach/remind.json"},
		{map[string]string{}, "", "", ""},
	} {
		p := config.PathsFrom(env(tc.env))
		if tc.routines != "" && (p.Sounds() == "" || p.Sounds()[0] != '/') {
			t.Errorf("PathsFrom(%v): sounds %q, want a folder", tc.env, p.Sounds())
		}
		if p.Routines() != tc.routines || p.Journal() != tc.journal || p.RemindState() != tc.remind {
			t.Errorf("PathsFrom(%v) = %q %q %q, want %q %q %q", tc.env, p.Routines(), p.Journal(), p.RemindState(), tc.routines, tc.journal, tc.remind)
		}
	}
}
