package routines_test

import (
	"testing"
	"time"

	"github.com/backcoach/backcoach/routines"
)

func TestKebab(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Bird Dog!", "bird-dog"},
		{"bird dog", "bird-dog"},
		{"Piriformis Stretch", "piriformis-stretch"},
		{"  Shoulder   roll  ", "shoulder-roll"},
		{"Shoulder-blade squeeze", "shoulder-blade-squeeze"},
		{"90/90 hip switch", "90-90-hip-switch"},
		{"Low_Back.v2", "low-back-v2"},
		{"--already-kebab--", "already-kebab"},
		{"UPPER BACK", "upper-back"},
		{"!!!", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := routines.Kebab(tt.in); got != tt.want {
			t.Errorf("Kebab(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatDuration(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{5 * time.Second, "5s"},
		{30 * time.Second, "30s"},
		{90 * time.Second, "1m30s"},
		{2 * time.Minute, "2m"},
		{6*time.Minute + 25*time.Second, "6m25s"},
		{3 * time.Minute, "3m"},
		{time.Hour, "1h"},
		{time.Hour + 5*time.Second, "1h5s"},
		{time.Hour + 2*time.Minute + 3*time.Second, "1h2m3s"},
		{1500 * time.Millisecond, "1.5s"},
		{250 * time.Millisecond, "250ms"},
		{0, "0s"},
	}
	for _, tt := range tests {
		if got := routines.FormatDuration(tt.d); got != tt.want {
			t.Errorf("FormatDuration(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestSpan(t *testing.T) {
	s := time.Second
	tests := []struct {
		span         routines.Span
		str          string
		isRange      bool
		gentle, full time.Duration
	}{
		{fixed(30 * s), "30s", false, 30 * s, 30 * s},
		{fixed(90 * s), "1m30s", false, 90 * s, 90 * s},
		{span(5*s, 10*s), "5-10s", true, 5 * s, 10 * s},
		{span(20*s, 59*s), "20-59s", true, 20 * s, 59 * s},
		{span(30*s, time.Minute), "30s-1m", true, 30 * s, time.Minute},
		{span(time.Minute, 2*time.Minute), "1m-2m", true, time.Minute, 2 * time.Minute},
		{span(1500*time.Millisecond, 2*s), "1.5s-2s", true, 1500 * time.Millisecond, 2 * s},
	}
	for _, tt := range tests {
		t.Run(tt.str, func(t *testing.T) {
			if got := tt.span.String(); got != tt.str {
				t.Errorf("String() = %q, want %q", got, tt.str)
			}
			if got := tt.span.IsRange(); got != tt.isRange {
				t.Errorf("IsRange() = %v, want %v", got, tt.isRange)
			}
			if got := tt.span.At(routines.Gentle); got != tt.gentle {
				t.Errorf("At(Gentle) = %v, want %v", got, tt.gentle)
			}
			if got := tt.span.At(routines.Full); got != tt.full {
				t.Errorf("At(Full) = %v, want %v", got, tt.full)
			}
		})
	}
}

func TestCount(t *testing.T) {
	tests := []struct {
		count        routines.Count
		str          string
		isRange      bool
		gentle, full int
	}{
		{routines.Count{Min: 1, Max: 1}, "1", false, 1, 1},
		{routines.Count{Min: 10, Max: 10}, "10", false, 10, 10},
		{routines.Count{Min: 3, Max: 5}, "3-5", true, 3, 5},
	}
	for _, tt := range tests {
		t.Run(tt.str, func(t *testing.T) {
			if got := tt.count.String(); got != tt.str {
				t.Errorf("String() = %q, want %q", got, tt.str)
			}
			if got := tt.count.IsRange(); got != tt.isRange {
				t.Errorf("IsRange() = %v, want %v", got, tt.isRange)
			}
			if got := tt.count.At(routines.Gentle); got != tt.gentle {
				t.Errorf("At(Gentle) = %d, want %d", got, tt.gentle)
			}
			if got := tt.count.At(routines.Full); got != tt.full {
				t.Errorf("At(Full) = %d, want %d", got, tt.full)
			}
		})
	}
}

func TestSideLabel(t *testing.T) {
	e := routines.Exercise{Sides: []string{"left", "right", "rolling forward", "Left", "RIGHT", "left leg", "ébauche"}}
	tests := []struct {
		i    int
		want string
	}{
		{0, "Left side"},
		{1, "Right side"},
		{2, "Rolling forward"},
		{3, "Left side"},
		{4, "RIGHT side"},
		{5, "Left leg"},
		{6, "Ébauche"},
		{-1, ""},
		{7, ""},
	}
	for _, tt := range tests {
		if got := e.SideLabel(tt.i); got != tt.want {
			t.Errorf("SideLabel(%d) = %q, want %q", tt.i, got, tt.want)
		}
	}
	if got := (routines.Exercise{}).SideLabel(0); got != "" {
		t.Errorf("SideLabel(0) with no sides = %q, want empty", got)
	}
}

func TestParseLevel(t *testing.T) {
	tests := []struct {
		in      string
		want    routines.Level
		wantErr string
	}{
		{"gentle", routines.Gentle, ""},
		{"", routines.Gentle, ""},
		{"full", routines.Full, ""},
		{" Full ", routines.Full, ""},
		{"GENTLE", routines.Gentle, ""},
		{"hard", routines.Gentle, `level: want gentle or full, got "hard"`},
		{"ful", routines.Gentle, `level: want gentle or full, got "ful"`},
	}
	for _, tt := range tests {
		got, err := routines.ParseLevel(tt.in)
		if got != tt.want {
			t.Errorf("ParseLevel(%q) = %v, want %v", tt.in, got, tt.want)
		}
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("ParseLevel(%q) error: %v", tt.in, err)
		case tt.wantErr != "" && (err == nil || err.Error() != tt.wantErr):
			t.Errorf("ParseLevel(%q) error = %v, want %s", tt.in, err, tt.wantErr)
		}
	}
	// A level reads back from its own name.
	for _, l := range []routines.Level{routines.Gentle, routines.Full} {
		if got, err := routines.ParseLevel(l.String()); err != nil || got != l {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v", l.String(), got, err, l)
		}
	}
}

func TestModeString(t *testing.T) {
	if got := routines.Hold.String(); got != "hold" {
		t.Errorf("Hold.String() = %q", got)
	}
	if got := routines.Move.String(); got != "move" {
		t.Errorf("Move.String() = %q", got)
	}
}

func TestErrorText(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{
			name: "whole file",
			err:  &routines.Error{File: "a.yaml", Msg: "file is empty"},
			want: "a.yaml: file is empty",
		},
		{
			name: "line without column",
			err:  &routines.Error{File: "a.yaml", Line: 3, Msg: "not valid YAML: x"},
			want: "a.yaml:3: not valid YAML: x",
		},
		{
			name: "column without a line is not shown",
			err:  &routines.Error{File: "a.yaml", Column: 4, Msg: "m"},
			want: "a.yaml: m",
		},
		{
			name: "everything",
			err:  &routines.Error{File: "low-back.yaml", Line: 14, Column: 11, Exercise: `exercise "bird-dog"`, Field: "hold", Msg: `want a duration like 30s, got "thirty"`},
			want: `low-back.yaml:14:11: exercise "bird-dog": hold: want a duration like 30s, got "thirty"`,
		},
		{
			name: "field without exercise",
			err:  &routines.Error{File: "a.yaml", Line: 1, Column: 1, Field: "name", Msg: "missing"},
			want: "a.yaml:1:1: name: missing",
		},
		{
			name: "several problems, one a line",
			err: routines.Errors{
				{File: "a.yaml", Line: 1, Column: 1, Msg: "one"},
				{File: "b.yaml", Msg: "two"},
			},
			want: "a.yaml:1:1: one\nb.yaml: two",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}
