package risk

import (
	"strings"
	"testing"
)

func testGate(t *testing.T) {
	flags := RedFlags()
	if len(flags) != 8 {
		t.Fatalf("%d red flags, want 8", len(flags))
	}
	seen := map[string]bool{}
	for _, f := range flags {
		if f.ID == "" || !strings.HasSuffix(f.Question, "?") || seen[f.ID] {
			t.Errorf("bad flag %+v", f)
		}
		seen[f.ID] = true
	}
	for _, id := range []string{FlagSaddleNumbness, FlagBladderBowel, FlagLegWeakness, FlagFever, FlagCancer, FlagTrauma, FlagWeightLoss, FlagNightPain} {
		if !seen[id] {
			t.Errorf("missing red flag %s", id)
		}
	}

	r, err := Gate(nil)
	if err != nil || r.Blocked || r.Message != "" {
		t.Errorf("no answers: %+v %v", r, err)
	}
	allNo := map[string]bool{}
	for _, f := range flags {
		allNo[f.ID] = false
	}
	if r, _ := Gate(allNo); r.Blocked {
		t.Error("all no blocked")
	}
	for _, f := range flags {
		answers := map[string]bool{}
		for k, v := range allNo {
			answers[k] = v
		}
		answers[f.ID] = true
		r, err := Gate(answers)
		if err != nil || !r.Blocked || len(r.Flags) != 1 || r.Flags[0].ID != f.ID || r.Message != SeekCare {
			t.Errorf("%s yes: %+v %v", f.ID, r, err)
		}
	}
	if r, _ := Gate(map[string]bool{FlagNightPain: true, FlagFever: true}); len(r.Flags) != 2 || r.Flags[0].ID != FlagFever {
		t.Errorf("flags not in asking order: %+v", r.Flags)
	}
	if _, err := Gate(map[string]bool{"headache": true}); err == nil || !strings.Contains(err.Error(), "headache") {
		t.Errorf("unknown id: %v", err)
	}
	if !strings.Contains(SeekCare, "clinic") || !strings.Contains(SeekCare, "urgent") {
		t.Error("the seek-care message must send people to care")
	}
	// RedFlags hands out copies.
	RedFlags()[0].Evidence[0] = "changed"
	if RedFlags()[0].Evidence[0] == "changed" {
		t.Error("RedFlags exposes its internal slice")
	}
}
