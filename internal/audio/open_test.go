package audio

import (
	"testing"
	"time"
)

func TestOpenWithoutSoundSaysWhy(t *testing.T) {
	for _, c := range []struct {
		noAudio bool
		env     string
		why     string
	}{
		{true, "", "Sound is off (--no-audio)"},
		{false, "null", "Sound is off (CORECUE_AUDIO=null)"},
	} {
		t.Setenv("CORECUE_AUDIO", c.env)
		p := Open(c.noAudio)
		off, why := p.Silent()
		if !off || why != c.why {
			t.Errorf("Open(%v) with CORECUE_AUDIO=%q: Silent() = %v, %q; want %q", c.noAudio, c.env, off, why, c.why)
		}
		// The silent clock runs in real time; only check that it runs at all
		// (no timing bounds: the machine may be slow).
		p.Start(testTimeline(t, 1), DefaultMix())
		deadline := time.Now().Add(10 * time.Second)
		for p.Now() == 0 && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		if p.Now() == 0 {
			t.Error("the paced clock did not move in 10 s")
		}
		p.Close()
	}
}
