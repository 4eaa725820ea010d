package planner

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// A person types "bicycle" in the library's search box. The note said
// "“bicycle” is another name for Bicycle crunch." though the words are
// simply the start of the name (they reached it through the alias
// "bicycles"). "Another name" is said only for one the name does not hold,
// as "navasana" for Boat pose.
func TestAnotherNameOnlyForAnotherName(t *testing.T) {
	r := newRig(t, nil)
	l := r.p.Library
	for _, tc := range []struct {
		typed, first string
		other        bool
	}{
		{"bicycle", "bicycle-crunch", false},
		{"bicycles", "bicycle-crunch", false},
		{"sit ups", "sit-up", false},
		{"plank", "front-plank", false},
		{"navasana", "boat-pose", true},
		{"cable chop", "woodchop", true},
	} {
		l.Search.SetText("")
		test.Type(l.Search, tc.typed)
		if res := l.Results(); len(res) == 0 || res[0].ID != tc.first {
			t.Errorf("%q lists %v first, want %s", tc.typed, ids(res), tc.first)
			continue
		}
		if said := strings.Contains(l.DidYouMean.Text, "another name"); said != tc.other {
			t.Errorf("typing %q: the note says %q", tc.typed, l.DidYouMean.Text)
		}
	}

	// A plan item written that way says how it was read in the same words.
	lib := r.p.deps.Library
	for typed, want := range map[string]bool{"bicycles": false, "navasana": true} {
		if got := resolutionText(lib.Resolve(typed)); strings.Contains(got, "another name") != want {
			t.Errorf("a plan item %q reads %q", typed, got)
		}
	}
}
