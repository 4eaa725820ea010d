package breath

import (
	"testing"
	"time"
)

func TestLadderOpensOnePositionAtATime(t *testing.T) {
	if l := Climb(nil); !l.Open(Lying) || l.Open(Kneeling) {
		t.Fatalf("a new person: %+v", l)
	}
	entries := []LadderEntry{
		{Lying, 6, 10 * time.Second, true},
		{Lying, 10, 10 * time.Second, false},      // breath held: does not count
		{Lying, 10, 8 * time.Second, true},        // holds too short: does not count
		{Kneeling, 10, 10 * time.Second, true},    // not open yet, but kept for later
		{Position(9), 10, 10 * time.Second, true}, // no such position: ignored
		{Lying, 3, 12 * time.Second, true},        // 9 in all
		{Sitting, 2, 20 * time.Second, true},      // not open yet
		{Standing, -4, 20 * time.Second, true},    // nonsense count: ignored
		{Kneeling, 0, 10 * time.Second, true},     // nothing done
		{Sitting, 1, time.Duration(0), true},      // no hold
		{Lying, 0, 10 * time.Second, true},        // nothing done
		{Standing, 1, 10*time.Second - 1, true},   // a hair short
		{Sitting, 1, 10 * time.Second, false},     // breath held
		{Kneeling, 1, 10 * time.Second, false},    // breath held
	}
	l := Climb(entries)
	if l.Holds[Lying] != 9 || l.Unlocked != Lying {
		t.Fatalf("9 good holds lying: %+v", l)
	}
	if next, left, ok := l.Next(); !ok || next != Kneeling || left != 1 {
		t.Errorf("next %v %d %v", next, left, ok)
	}
	l = Climb(append(entries, LadderEntry{Lying, 1, LadderHold, true}))
	// The tenth opens kneeling, and the ten kneeling holds already done open sitting.
	if l.Unlocked != Sitting || !l.Open(Sitting) || l.Open(Standing) {
		t.Fatalf("after the tenth: %+v", l)
	}
	if next, left, _ := l.Next(); next != Standing || left != LadderHolds-2 {
		t.Errorf("next %v, %d left (sitting has %d)", next, left, l.Holds[Sitting])
	}
	top := Climb([]LadderEntry{{Lying, 10, LadderHold, true}, {Kneeling, 10, LadderHold, true}, {Sitting, 10, LadderHold, true}})
	if _, _, ok := top.Next(); ok || !top.Open(Standing) {
		t.Errorf("top of the ladder: %+v", top)
	}
}
