package applog

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSayLogsTheDetailAndShowsThePlainWords(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("CORECUE_HOME", dir)
	msg := Say("The session could not be saved.", errors.New("sqlite: disk I/O error (5898)\nat line 2"))
	if strings.Contains(msg, "sqlite") || !strings.HasPrefix(msg, "The session could not be saved.") {
		t.Fatalf("shown: %q", msg)
	}
	data, err := os.ReadFile(filepath.Join(dir, Name))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "The session could not be saved.: sqlite: disk I/O error (5898) at line 2\n") || strings.Count(string(data), "\n") != 1 {
		t.Fatalf("log: %q", data)
	}
}

func TestALongLogIsMovedAsideNotGrownForever(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("CORECUE_HOME", dir)
	path := filepath.Join(dir, Name)
	if err := os.WriteFile(path, make([]byte, maxSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	Write("sound", "the device failed")
	if fi, err := os.Stat(path + ".old"); err != nil || fi.Size() != maxSize+1 {
		t.Fatalf("old log: %v", err)
	}
	if data, _ := os.ReadFile(path); !strings.HasSuffix(string(data), "sound: the device failed\n") || len(data) > 200 {
		t.Fatalf("new log: %q", data)
	}
}

func TestChangedLogsOnlyWhenTheDetailChanges(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("CORECUE_HOME", dir)
	for _, d := range []string{"ALSA: refused", "ALSA: refused", "", "", "ALSA: refused", "ALSA: bad state"} {
		Changed("sound is off", d)
	}
	data, _ := os.ReadFile(filepath.Join(dir, Name))
	if n := strings.Count(string(data), "ALSA: refused"); n != 2 || !strings.Contains(string(data), "bad state") {
		t.Fatalf("log: %q", data)
	}
}
