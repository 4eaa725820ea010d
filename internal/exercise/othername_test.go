package exercise

import "testing"

// "Another name" is an alias the exercise's name does not already hold.
func TestByOtherName(t *testing.T) {
	lib, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for typed, want := range map[string]bool{
		"bicycle": false, "bicycles": false, "sit ups": false, "plank": false, "Bicycle crunch": false,
		"navasana": true, "cable chop": true, "anchored sit-up": true, "hanging leg rase": false,
	} {
		if got := lib.Resolve(typed).ByOtherName(); got != want {
			t.Errorf("%q (%s): by another name %v, want %v", typed, lib.Resolve(typed).Describe(), got, want)
		}
	}
}
