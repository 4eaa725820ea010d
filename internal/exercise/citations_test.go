package exercise

import "testing"

func TestCitationsNumberInOrderOfFirstUse(t *testing.T) {
	var c Citations
	if got := c.Cite(nil); got != "" {
		t.Fatalf("no ids: %q", got)
	}
	if got := c.Cite([]string{"b", "a"}); got != " [1, 2]" {
		t.Fatalf("first: %q", got)
	}
	if got := c.Cite([]string{"a", "c"}); got != " [2, 3]" {
		t.Fatalf("second: %q", got)
	}
	if len(c.Order) != 3 || c.Order[0] != "b" || c.Order[2] != "c" {
		t.Fatalf("order %v", c.Order)
	}
}

func TestJoinCitationsNoStopSemicolon(t *testing.T) {
	got := JoinCitations([]string{"Clin Biomech 2001;16(1):28-37.", "Juker D, 1998", "Snook SH, 1998"})
	want := "Clin Biomech 2001;16(1):28-37. Juker D, 1998; Snook SH, 1998"
	if got != want {
		t.Errorf("JoinCitations = %q, want %q", got, want)
	}
}
