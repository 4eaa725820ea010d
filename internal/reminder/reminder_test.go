package reminder

import (
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	good := map[string]string{"18:30": "18:30", " 7:05 ": "07:05", "00:00": "00:00", "23:59": "23:59", "": ""}
	for in, want := range good {
		got, err := Parse(in)
		if err != nil || got.String() != want {
			t.Errorf("%q: %v %v", in, got, err)
		}
	}
	for _, bad := range []string{"24:00", "12:60", "-1:00", "7", "7:5", "noon", "12:3a"} {
		if _, err := Parse(bad); err == nil || !strings.Contains(err.Error(), "reminder time") {
			t.Errorf("%q accepted: %v", bad, err)
		}
	}
}

func TestNext(t *testing.T) {
	at, _ := Parse("18:30")
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	if n, ok := at.Next(now); !ok || !n.Equal(time.Date(2026, 11, 25, 18, 30, 0, 0, time.UTC)) {
		t.Fatalf("later today: %v", n)
	}
	if n, _ := at.Next(time.Date(2026, 11, 25, 18, 30, 0, 0, time.UTC)); n.Day() != 26 {
		t.Fatalf("exactly at the time: %v", n)
	}
	if n, _ := at.Next(time.Date(2026, 12, 31, 20, 0, 0, 0, time.UTC)); !n.Equal(time.Date(2027, 1, 1, 18, 30, 0, 0, time.UTC)) {
		t.Fatalf("year end: %v", n)
	}
	if _, ok := (Time{}).Next(now); ok {
		t.Fatal("off reminder is due")
	}
	if _, ok := Message(true); ok {
		t.Fatal("reminded after practising")
	}
	if m, ok := Message(false); !ok || m == "" {
		t.Fatal("no message")
	}
}
