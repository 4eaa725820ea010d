package main

import (
	"math"
	"math/rand"
	"testing"
)

// synth is a drill's render: a noise burst of 100 ms at each cue, quiet
// noise between (like the breath bed), so every stretch is recognisable.
func synth(seconds int, cues []int64) []int16 {
	r := rand.New(rand.NewSource(1))
	x := make([]int16, seconds*rate)
	for i := range x {
		x[i] = int16(r.Intn(401) - 200)
	}
	for _, c := range cues {
		for i := c; i < c+rate/10 && i < int64(len(x)); i++ {
			x[i] = int16(r.Intn(20001) - 10000)
		}
	}
	return x
}

// A recording that starts late, has one dropout (silence inserted) and
// tiny rounding differences is followed exactly, and each frame's error is
// what the frames were built with.
func TestFollowFindsTheStartAndADropout(t *testing.T) {
	cues := []int64{rate / 2, 3 * rate / 2, 5 * rate / 2, 7 * rate / 2, 9 * rate / 2}
	ref := synth(6, cues)
	const lag0, gapAt, gap = 24000, 2 * rate, 1440 // 0.5 s late; 30 ms dropout at session 2 s
	rec := make([]int16, lag0+len(ref)+gap+rate)
	for i, v := range ref {
		j := lag0 + i
		if i >= gapAt {
			j += gap
		}
		if i%7 == 0 {
			v++ // PulseAudio's rounding
		}
		rec[j] = v
	}
	m, err := matchCues(ref, rec, cues, 10*rate)
	if err != nil {
		t.Fatal(err)
	}
	if len(m) != len(cues) || m[0].rec-m[0].ref != lag0 || m[4].rec-m[4].ref != lag0+gap {
		t.Fatalf("cue matches %+v", m)
	}
	tr := follow(ref, rec, m[0].rec-m[0].ref)
	if len(tr.steps) != 1 || tr.steps[0] != (lagStep{at: lag0 + gapAt, from: lag0, to: lag0 + gap, silence: gap}) {
		t.Fatalf("steps %+v", tr.steps)
	}
	if n, total := tr.dropouts(); n != 1 || math.Abs(total-0.03) > 1e-9 {
		t.Fatalf("dropouts %d, %v s", n, total)
	}
	// Heard session time: running, frozen during the dropout, running again.
	for _, c := range []struct{ r, want float64 }{
		{lag0 + rate, 1}, {lag0 + gapAt + 720, 2}, {lag0 + 3*rate + gap, 3},
	} {
		if got := tr.heard(c.r); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("heard(%v) = %v, want %v", c.r, got, c.want)
		}
	}

	// Recording sample n arrives at wall 1e12 + n·(1e9/rate) plus 0–3 ms.
	var st []stamp
	r := rand.New(rand.NewSource(2))
	for n := int64(240); n < int64(len(rec)); n += 240 {
		st = append(st, stamp{N: n, Wall: 1e12 + n*1e9/rate + r.Int63n(3e6)})
	}
	wm, err := fitWallMap(st)
	if err != nil {
		t.Fatal(err)
	}
	// Frames every 16 ms showing the heard time plus 10 ms.
	var frames []frameRec
	for w := int64(1e12); w < 1e12+int64(len(rec))*1e9/rate; w += 16e6 {
		h := tr.heard(float64(w-1e12) * rate / 1e9)
		if h >= 0 {
			frames = append(frames, frameRec{wall: w, session: int64((h + 0.010) * 1e9)})
		}
	}
	walls, errs := avErrors(frames, tr, wm)
	s := summarise(walls, errs, 1)
	if s.frames < 300 || math.Abs(s.p50-10) > 0.2 || math.Abs(s.p99abs-10) > 0.5 || math.Abs(s.slope) > 0.5 {
		t.Fatalf("stats %+v", s)
	}
}

// A picture that runs fast by 1 ms per second drifts 60 ms a minute.
func TestSummariseDrift(t *testing.T) {
	var walls, errs []float64
	for i := 0; i < 6000; i++ {
		w := float64(i) * 0.02e9
		walls = append(walls, w)
		errs = append(errs, 5+w/1e9*1)
	}
	s := summarise(walls, errs, 30)
	if math.Abs(s.slope-60) > 1e-6 || s.slopeFrames != 6000-1500 {
		t.Fatalf("slope %v on %d frames", s.slope, s.slopeFrames)
	}
	if math.Abs(s.p50-65) > 0.1 || s.maxAbs < 124 {
		t.Fatalf("p50 %v max %v", s.p50, s.maxAbs)
	}
}

func TestQuantile(t *testing.T) {
	x := []float64{1, 2, 3, 4, 5}
	if quantile(x, 0) != 1 || quantile(x, 0.5) != 3 || quantile(x, 1) != 5 || quantile(x, 0.125) != 1.5 {
		t.Fatal("quantile")
	}
	if !math.IsNaN(quantile(nil, 0.5)) {
		t.Fatal("empty quantile")
	}
}
