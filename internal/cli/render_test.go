package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRenderWritesWAVAndCueList(t *testing.T) {
	dir := t.TempDir()
	wav, cues := filepath.Join(dir, "drill.wav"), filepath.Join(dir, "cues.json")
	var out, errb bytes.Buffer
	code := Render([]string{"--preset", "taster", "--reps", "1", "--sounds", "tones", "--bed", "off", "-o", wav, "--cues", cues}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	b, err := os.ReadFile(wav)
	if err != nil || len(b) < 44 || string(b[:4]) != "RIFF" || string(b[8:12]) != "WAVE" {
		t.Fatalf("not a WAV file (%d bytes, %v)", len(b), err)
	}
	// Taster, 1 rep: 3 s lead-in + 4 + 4 + 6 + 3 + 3 s end = 23 s of stereo 16-bit.
	if got, want := len(b)-44, 23*48000*4; got != want {
		t.Errorf("%d bytes of samples, want %d (23 s)", got, want)
	}
	var list []struct {
		TimeS   float64 `json:"time_s"`
		Sample  int64   `json:"sample"`
		Kind    string  `json:"kind"`
		Caption string  `json:"caption"`
	}
	jb, err := os.ReadFile(cues)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(jb, &list); err != nil {
		t.Fatal(err)
	}
	if len(list) == 0 || list[0].Kind != "count" || list[len(list)-1].Kind != "end" {
		t.Fatalf("cue list %+v", list)
	}
	for _, c := range list {
		if c.Sample != int64(c.TimeS*48000) || c.Caption == "" {
			t.Errorf("cue %+v: sample does not match its time, or no caption", c)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("left behind %d files in the folder, want 2", len(entries))
	}
}

func TestRenderRefusesBadInputInOneLine(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "x.wav")
	notDir := filepath.Join(dir, "file")
	if err := os.WriteFile(notDir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--preset", "plank", "-o", ok}, `unknown preset "plank"`},
		{[]string{"--reps", "0", "-o", ok}, "--reps must be 1–100, got 0"},
		{[]string{"--reps", "101", "-o", ok}, "--reps must be 1–100, got 101"},
		{[]string{"--reps", "ten", "-o", ok}, `-reps: "ten" is not a valid value`},
		{[]string{"--preset", "vacuum"}, "no output file: add -o FILE.wav"},
		{[]string{"--sounds", "music", "-o", ok}, `--sounds must be tones, voice or both, got "music"`},
		{[]string{"--bed", "loud", "-o", ok}, `--bed must be on or off, got "loud"`},
		{[]string{"-o", filepath.Join(dir, "missing", "x.wav")}, "does not exist"},
		{[]string{"-o", filepath.Join(notDir, "x.wav")}, "is not a folder"},
		{[]string{"-o", dir}, "is a folder, not a regular file"},
		{[]string{"-o", ok, "--cues", filepath.Join(dir, "nope", "c.json")}, "does not exist"},
		{[]string{"-o", ok, "--cues", ok}, "name the same file"},
		{[]string{"-o", ok, "--loud"}, "unknown option --loud"},
		{[]string{"-o", ok, "extra"}, `unexpected argument "extra"`},
	} {
		var out, errb bytes.Buffer
		code := Render(c.args, &out, &errb)
		msg := errb.String()
		if code != 2 || !strings.Contains(msg, c.want) || strings.Count(msg, "\n") != 1 || !strings.HasPrefix(msg, "corecue render: ") {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 and one line with %q", c.args, code, msg, c.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("bad input left %d files behind", len(entries)-1)
	}
}
