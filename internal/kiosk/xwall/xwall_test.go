package xwall

import (
	"strings"
	"testing"
)

// Without a window, an X server or a window manager there is nothing to
// hold, and Open says which in one line instead of holding nothing.
func TestOpenSaysWhyItCannotHold(t *testing.T) {
	if _, err := Open("", 0); err == nil || !strings.Contains(err.Error(), "no X window") {
		t.Fatalf("no window: %v", err)
	}
	_, err := Open(":4242", 1)
	if err == nil || !strings.Contains(err.Error(), "X server") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("no X server: %v", err)
	}
}
