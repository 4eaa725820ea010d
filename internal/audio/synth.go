package audio

import (
	"math"
	"sync"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

// A sound is mono, peak 1, and starts and ends at exactly zero: every shape
// below is multiplied by an envelope that rises from and falls back to zero
// smoothly, so a cue never clicks however it lines up with other sounds.
type sound []float32

// Attack and release of every envelope. 5 ms is below what the ear hears as a
// fade, and long enough that the first and last cycles carry no step.
const (
	attack  = 5 * time.Millisecond
	release = 20 * time.Millisecond
)

var (
	cueOnce   sync.Once
	cueSounds map[breath.CueKind]sound
	clickSnd  sound
)

// cueSound returns the synthesised sound for a kind of cue. The sounds are
// made once per process: they depend on nothing but the kind.
func cueSound(k breath.CueKind) sound {
	cueOnce.Do(makeCueSounds)
	return cueSounds[k]
}

// calibrationClick is the short, sharp click of the A/V calibration helper.
func calibrationClick() sound {
	cueOnce.Do(makeCueSounds)
	return clickSnd
}

// Each kind has its own shape so a person with eyes closed can tell them
// apart: pitch falling for breathing out, rising for breathing in, a steady
// low chord for the hold, a faint short tick per second of the hold, two
// pings to let go, three rising pings to finish, a short blip per count.
func makeCueSounds() {
	cueSounds = map[breath.CueKind]sound{
		breath.CueExhale:  glide(660, 330, 700*time.Millisecond),
		breath.CueInhale:  glide(330, 660, 700*time.Millisecond),
		breath.CueHold:    chord([]float64{294, 370, 440}, 600*time.Millisecond),
		breath.CueTick:    scale(ping(1200, 60*time.Millisecond, 15*time.Millisecond), 0.3),
		breath.CueRelease: pings([]float64{880, 880}, 220*time.Millisecond),
		breath.CueEnd:     pings([]float64{660, 880, 1100}, 260*time.Millisecond),
		breath.CueCount:   scale(ping(520, 90*time.Millisecond, 40*time.Millisecond), 0.7),
	}
	for k, snd := range workoutCueSounds() {
		cueSounds[k] = snd
	}
	clickSnd = ping(2000, 30*time.Millisecond, 6*time.Millisecond)
}

// glide is a tone whose pitch moves exponentially from f0 to f1 (an even
// musical slide), with a touch of second harmonic so it is not a bare sine.
func glide(f0, f1 float64, d time.Duration) sound {
	n := int(samples(d))
	s := make(sound, n)
	phase := 0.0
	for i := range s {
		x := float64(i) / float64(n-1)
		f := f0 * math.Pow(f1/f0, x)
		s[i] = float32((0.85*math.Sin(phase) + 0.15*math.Sin(2*phase)) * envelope(i, n))
		phase += 2 * math.Pi * f / Rate
	}
	return normalise(s)
}

// chord is a few steady tones at once, swelling in and out.
func chord(freqs []float64, d time.Duration) sound {
	n := int(samples(d))
	s := make(sound, n)
	for i := range s {
		t := float64(i) / Rate
		v := 0.0
		for _, f := range freqs {
			v += math.Sin(2 * math.Pi * f * t)
		}
		// A slow swell on top of the envelope makes it a held note, not a beep.
		swell := 0.6 + 0.4*math.Sin(math.Pi*float64(i)/float64(n))
		s[i] = float32(v * swell * envelope(i, n))
	}
	return normalise(s)
}

// ping is a struck, decaying tone of length d with decay constant tau.
func ping(f float64, d, tau time.Duration) sound {
	n := int(samples(d))
	s := make(sound, n)
	k := 1 / (tau.Seconds() * Rate)
	for i := range s {
		t := float64(i) / Rate
		s[i] = float32(math.Sin(2*math.Pi*f*t) * math.Exp(-float64(i)*k) * envelope(i, n))
	}
	return normalise(s)
}

// pings strikes one ping per frequency, gap apart.
func pings(freqs []float64, gap time.Duration) sound {
	one := int(samples(gap))
	out := make(sound, one*(len(freqs)-1)+int(samples(300*time.Millisecond)))
	for j, f := range freqs {
		p := ping(f, 300*time.Millisecond, 70*time.Millisecond)
		for i, v := range p {
			out[j*one+i] += v
		}
	}
	return normalise(out)
}

// envelope is 0 at both ends, 1 in the middle, with raised-sine ramps whose
// slope is also zero at the ends.
func envelope(i, n int) float64 {
	a, r := int(samples(attack)), int(samples(release))
	if a+r > n {
		a, r = n/2, n/2
	}
	switch {
	case i < a:
		x := math.Sin(math.Pi / 2 * float64(i) / float64(a))
		return x * x
	case i >= n-r:
		x := math.Sin(math.Pi / 2 * float64(n-1-i) / float64(r))
		return x * x
	}
	return 1
}

func normalise(s sound) sound {
	peak := float32(0)
	for _, v := range s {
		if v > peak {
			peak = v
		} else if -v > peak {
			peak = -v
		}
	}
	if peak > 0 {
		scale(s, 1/peak)
	}
	return s
}

func scale(s sound, g float32) sound {
	for i := range s {
		s[i] *= g
	}
	return s
}
