package breath

import "time"

// RepsDone is how many reps were finished by t: a rep counts once its
// release is over.
func (tl *Timeline) RepsDone(t time.Duration) int {
	n := 0
	for _, s := range tl.Segments {
		if s.Phase == Release && s.End() <= t {
			n = s.Rep
		}
	}
	return n
}
