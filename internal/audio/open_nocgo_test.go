//go:build !cgo

package audio

import "testing"

func TestPureGoBuildSaysItHasNoDevice(t *testing.T) {
	t.Setenv("CORECUE_AUDIO", "")
	p := Open(false)
	defer p.Close()
	if off, why := p.Silent(); !off || why != OffInThisBuild {
		t.Fatalf("Silent() = %v, %q", off, why)
	}
}
