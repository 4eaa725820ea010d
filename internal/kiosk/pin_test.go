package kiosk

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeClock is the injected clock the tests move by hand.
type fakeClock struct{ t time.Time }

func newClock() *fakeClock                   { return &fakeClock{time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)} }
func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

func TestCheckPIN(t *testing.T) {
	for pin, want := range map[string]string{
		"":              "empty",
		"123":           "has 3 digits; use at least 4",
		"12a4":          "digits only",
		"1111":          "too easy",
		"3456":          "too easy",
		"9876":          "too easy",
		"1234567890123": "at most 12",
	} {
		if err := CheckPIN(pin); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", pin, err, want)
		}
	}
	for _, pin := range []string{"2580", "7391", "90210", "112358132134"} {
		if err := CheckPIN(pin); err != nil {
			t.Errorf("%q refused: %v", pin, err)
		}
	}
}

func TestHashAndVerify(t *testing.T) {
	h, err := HashPIN("2580")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") || strings.Contains(h, "2580") {
		t.Fatalf("hash %q", h)
	}
	h2, _ := HashPIN("2580")
	if h == h2 {
		t.Fatal("two hashes of one PIN are equal: no salt")
	}
	for pin, want := range map[string]bool{"2580": true, "2581": false, "": false, "02580": false} {
		if ok, err := VerifyPIN(h, pin); ok != want || err != nil {
			t.Errorf("%q: %v %v", pin, ok, err)
		}
	}
	for _, bad := range []string{"", "2580", "$bcrypt$x$y$z$w", strings.Replace(h, "v=19", "v=16", 1),
		strings.Replace(h, "m=19456", "m=0", 1), h[:len(h)-30] + "!!"} {
		if ok, err := VerifyPIN(bad, "2580"); ok || err == nil {
			t.Errorf("malformed %q verified: %v %v", bad, ok, err)
		}
	}
}

func TestPINFile(t *testing.T) {
	dir := t.TempDir()
	p := PINPath(filepath.Join(dir, "kiosk.toml"))
	if _, err := ReadPIN(p); err == nil || !strings.Contains(err.Error(), "corecue kiosk set-pin") {
		t.Fatalf("missing: %v", err)
	}
	if err := WritePIN(p, "12"); err == nil {
		t.Fatal("weak PIN written")
	}
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Fatal("a refused PIN left a file")
	}
	if err := WritePIN(p, "7391"); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v", st.Mode())
	}
	h, err := ReadPIN(p)
	if ok, _ := VerifyPIN(h, "7391"); err != nil || !ok {
		t.Fatalf("read back: %v", err)
	}
	os.WriteFile(p, []byte("garbage\n"), 0o600)
	if _, err := ReadPIN(p); err == nil || !strings.Contains(err.Error(), "set-pin again") {
		t.Fatalf("damaged: %v", err)
	}
}

func TestLockoutAfterFiveWrongPINs(t *testing.T) {
	h, _ := HashPIN("7391")
	clk := newClock()
	g := NewGuard(h, clk.Now)
	for i := 1; i < MaxTries; i++ {
		if ok, err := g.Try("0000"); ok || err != nil {
			t.Fatalf("try %d: %v %v", i, ok, err)
		}
		if g.TriesLeft() != MaxTries-i {
			t.Fatalf("tries left %d after %d", g.TriesLeft(), i)
		}
	}
	if ok, err := g.Try("0000"); ok || !errors.Is(err, ErrLocked) {
		t.Fatalf("fifth: %v %v", ok, err)
	}
	// Locked: even the right PIN is refused, for five minutes.
	clk.Advance(LockFor - time.Second)
	if ok, err := g.Try("7391"); ok || !errors.Is(err, ErrLocked) || g.LockedFor() != time.Second {
		t.Fatalf("during lock: %v %v %v", ok, err, g.LockedFor())
	}
	clk.Advance(time.Second)
	if g.LockedFor() != 0 {
		t.Fatal("still locked")
	}
	if ok, err := g.Try("7391"); !ok || err != nil {
		t.Fatalf("after lock: %v %v", ok, err)
	}
	// A right PIN clears the count.
	g.Try("0000")
	g.Try("7391")
	if g.TriesLeft() != MaxTries {
		t.Fatalf("count not cleared: %d", g.TriesLeft())
	}
}

// The cost bounds are inclusive at both ends and each parameter is checked
// on its own, so one sane field cannot vouch for an absurd one.
func TestPINHashCostBounds(t *testing.T) {
	for _, c := range []struct {
		h  pinHash
		ok bool
	}{
		{pinHash{memory: 8, time: 1, threads: 1}, true},
		{pinHash{memory: 1 << 21, time: 16, threads: 255}, true},
		{pinHash{memory: 7, time: 1, threads: 1}, false},
		{pinHash{memory: 1<<21 + 1, time: 1, threads: 1}, false},
		{pinHash{memory: 8, time: 0, threads: 1}, false},
		{pinHash{memory: 8, time: 17, threads: 1}, false},
		{pinHash{memory: 8, time: 1, threads: 0}, false},
	} {
		if got := c.h.costInBounds(); got != c.ok {
			t.Errorf("costInBounds(m=%d,t=%d,p=%d) = %v, want %v", c.h.memory, c.h.time, c.h.threads, got, c.ok)
		}
	}
}
