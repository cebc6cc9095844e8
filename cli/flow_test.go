package cli

import (
	"encoding/json"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// piped is a coached run through Main with its keys from a pipe: stdin
// is no terminal (tty false) unless said, stdout a buffer, so it is
// plain; its clock stands still at testNow, and the keys move it.
type piped struct {
	t    *testing.T
	keys *os.File
	out  lockedBuffer
	errb lockedBuffer
	done chan int
}

func pipeRun(t *testing.T, env map[string]string, tty bool, args ...string) *piped {
	t.Helper()
	in, keys, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &piped{t: t, keys: keys, done: make(chan int, 1)}
	t.Cleanup(func() { in.Close(); keys.Close() })
	go func() {
		p.done <- Main(args, Env{
			Stdin: in, Stdout: &p.out, Stderr: &p.errb,
			Getenv:   func(k string) string { return env[k] },
			Terminal: func() (bool, bool) { return tty, false },
			LookPath: func(string) (string, error) { return "", errors.New("none") },
			Now:      func() time.Time { return testNow },
		})
	}()
	return p
}

// waitFor waits until the output says text.
func (p *piped) waitFor(text string) {
	p.t.Helper()
	for end := time.Now().Add(5 * time.Second); !strings.Contains(p.out.String(), text); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(end) {
			p.t.Fatalf("no %q in the plain lines:\n%s\nstderr: %s", text, p.out.String(), p.errb.String())
		}
	}
}

// line types one line, then waits for what it makes the coach say.
func (p *piped) line(keys, then string) {
	p.t.Helper()
	if _, err := p.keys.WriteString(keys + "\n"); err != nil {
		p.t.Fatal(err)
	}
	p.waitFor(then)
}

// end closes the input and waits for the run to end.
func (p *piped) end() (code int, stdout string) {
	p.t.Helper()
	p.keys.Close()
	return p.wait()
}

// wait waits for the run to end on its own.
func (p *piped) wait() (code int, stdout string) {
	p.t.Helper()
	select {
	case code = <-p.done:
	case <-time.After(10 * time.Second):
		p.t.Fatalf("the run did not end:\n%s", p.out.String())
	}
	return code, p.out.String()
}

// Low back with a pain stop on bird dog, then n, then a quit: the summary,
// history, both exports and the streak tell one story, ended for pain.
func TestAPainStopThenAQuitIsOneStoryEverywhere(t *testing.T) {
	env := map[string]string{"XDG_STATE_HOME": t.TempDir(), "XDG_CONFIG_HOME": t.TempDir()}
	p := pipeRun(t, env, false, "run", "low-back", "--plain", "--quiet")
	p.waitFor("How does your back feel right now")
	p.line("3", "Get ready: Piriformis stretch")
	p.line("s", "Get ready: Bird dog")
	p.line("", "Bird dog, left leg, rep 1 of 10: hold")
	p.line("p", "Stopped: Bird dog, left leg, rep 1.")
	p.line("n", "Get ready: Seated rotation")
	p.line("q", "Quit this routine?")
	p.line("y", "How does your back feel now")
	p.line("6", "Done. Low back stopped after 0:00; Bird dog, left leg, rep 1 was stopped for pain.")
	p.line("q", "")
	if code, out := p.wait(); code != 0 || strings.Contains(out, "Well done") {
		t.Fatalf("exit %d:\n%s", code, out)
	}

	h := call(t, env, "history")
	if !strings.Contains(h.stdout, "stopped for pain at Bird dog, left leg, rep 1") || !strings.Contains(h.stdout, "3 → 6") ||
		!strings.Contains(h.stdout, "Streak: 1 day") {
		t.Errorf("history:\n%s", h.stdout)
	}
	csv := call(t, env, "history", "--export", "csv")
	rows := strings.Split(strings.TrimSpace(csv.stdout), "\n")
	if len(rows) != 4 {
		t.Fatalf("csv:\n%s", csv.stdout)
	}
	for _, row := range rows[1:] {
		if !strings.Contains(row, `,"gentle",3,6,"pain",`) {
			t.Errorf("csv row %q, want outcome pain", row)
		}
	}
	var sessions []struct{ Outcome string }
	if err := json.Unmarshal([]byte(call(t, env, "history", "--export", "json").stdout), &sessions); err != nil || len(sessions) != 1 || sessions[0].Outcome != "pain" {
		t.Errorf("json: %+v, %v; want one session, outcome pain", sessions, err)
	}
	if s := call(t, env, "status"); !strings.Contains(s.stdout, "streak 1 day") {
		t.Errorf("status: %q, want the streak counted", s.stdout)
	}
}

// --plain reads its keys from a pipe, line by line, and ends at the end
// of the input as ctrl+c ends it: the "stopped" line printed, the record
// written. It says the not-medical-advice line first (--no-journal too),
// and ? again is "as above".
func TestPlainReadsKeysFromAPipe(t *testing.T) {
	env := map[string]string{"XDG_STATE_HOME": t.TempDir(), "XDG_CONFIG_HOME": t.TempDir()}
	p := pipeRun(t, env, false, "run", "upper-back", "--plain", "--no-journal")
	p.waitFor("Get ready: Thoracic extension")
	if first, _, _ := strings.Cut(p.out.String(), "\n"); first != "backcoach is not medical advice: for back pain, see a physical therapist." {
		t.Errorf("first line %q, want the not-medical-advice line", first)
	}
	p.line("?", "Keys: space pause")
	p.line("?", "Keys: as above.")
	p.line("", "Thoracic extension, rep 1 of 3: hold")
	code, out := p.end()
	if code != 0 || strings.Count(out, "Keys: space pause") != 1 ||
		!strings.HasSuffix(out, "\nUpper back stopped after 0:00. 0 of 6 holds and 0 of 2 moves done, 0 skipped.\n") {
		t.Errorf("exit %d, stdout:\n%s\nstderr %s", code, out, p.errb.String())
	}

	// With the journal: the rating echoed, and at the end of the input
	// the record written.
	p = pipeRun(t, env, false, "run", "upper-back", "--plain")
	p.waitFor("How does your back feel right now")
	p.line("4", "Rated 4.")
	p.waitFor("Get ready: Thoracic extension")
	if code, out := p.end(); code != 0 || !strings.HasSuffix(out, "\nUpper back stopped after 0:00. 0 of 6 holds and 0 of 2 moves done, 0 skipped.\n") {
		t.Errorf("exit %d, stdout:\n%s", code, out)
	}
	var sessions []struct {
		Outcome    string
		PainBefore *int `json:"pain_before"`
	}
	if err := json.Unmarshal([]byte(call(t, env, "history", "--export", "json").stdout), &sessions); err != nil ||
		len(sessions) != 1 || sessions[0].Outcome != "quit" || sessions[0].PainBefore == nil || *sessions[0].PainBefore != 4 {
		t.Errorf("journal %+v, %v; want one session quit, pain before 4", sessions, err)
	}
}

// ctrl+c in --plain prints the "stopped" line, as the screen's exit does.
func TestPlainCtrlCSaysWhereItStopped(t *testing.T) {
	r := callKeys(t, nil, "Get ready: Thoracic extension", "run", "upper-back", "--plain", "--no-journal")
	if r.code != 0 || !regexp.MustCompile(`\nUpper back stopped after 0:0\d\. 0 of 6 holds and 0 of 2 moves done, 0 skipped\.\n$`).MatchString(r.stdout) {
		t.Errorf("exit %d, stdout:\n%s", r.code, r.stdout)
	}
}
