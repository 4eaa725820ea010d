package cli

import (
	"strings"
	"testing"
)

func TestParseWindow(t *testing.T) {
	w, err := ParseWindow(nil)
	if err != nil || w.Mode != "home" || w.Drill != nil {
		t.Fatalf("no args: %+v %v", w, err)
	}
	w, err = ParseWindow([]string{"practice", "--reps", "15", "--no-audio"})
	if err != nil || w.Mode != "practice" || w.Drill == nil || w.Drill.Reps != 15 || !w.NoAudio {
		t.Fatalf("practice: %+v %v", w, err)
	}
	w, err = ParseWindow([]string{"practice", "--preset", "taster"})
	if err != nil || w.Drill.Name != "Taster" {
		t.Fatalf("taster: %+v %v", w, err)
	}
	if w, err = ParseWindow([]string{"--help"}); err != nil || !w.ShowUsage {
		t.Fatalf("help: %+v %v", w, err)
	}
	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"practice", "--reps", "0"}, "--reps"},
		{[]string{"practice", "--reps", "x"}, "reps"},
		{[]string{"practice", "--preset", "plank"}, "plank"},
		{[]string{"dance"}, "dance"},
		{[]string{"--reps", "10"}, "practice"},
		{[]string{"calibrate", "extra"}, "extra"},
		{[]string{"practice", "--volume", "3"}, "volume"},
	} {
		_, err := ParseWindow(bad.args)
		if err == nil || !strings.Contains(err.Error(), bad.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%v: %v", bad.args, err)
		}
	}
}
