package audio

import (
	"testing"
	"time"
)

func TestOpenWithoutSoundSaysWhy(t *testing.T) {
	for _, c := range []struct {
		noAudio bool
		env     string
		detail  string
	}{
		{true, "", "started with --no-audio"},
		{false, "null", "started with CORECUE_AUDIO=null"},
	} {
		t.Setenv("CORECUE_AUDIO", c.env)
		p := Open(c.noAudio)
		off, why := p.Silent()
		// The screen says it in plain words; the log names the setting.
		if !off || why != OffByChoice || p.Detail() != c.detail {
			t.Errorf("Open(%v) with CORECUE_AUDIO=%q: Silent() = %v, %q (detail %q)", c.noAudio, c.env, off, why, p.Detail())
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
