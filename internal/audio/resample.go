package audio

// resampleTaps is how many source samples each output sample is
// interpolated from: beep's Resampler at quality 4, which the clips were
// resampled with before, uses 2×4.
const resampleTaps = 8

// maxPhases bounds the weight table: a rate pair with more distinct
// positions between two source samples computes the weights per sample.
const maxPhases = 4096

// resampleMono resamples src from rate from to Rate with the same Lagrange
// interpolation through the resampleTaps nearest samples that
// beep.Resample(4, …) computes, on one channel instead of two, with the
// weights computed once per phase (22050 Hz to 48000 Hz has 320) instead
// of once per sample and tap: the voice clips are decoded while the window
// opens, and beep's stereo resampler was most of start-up's CPU time. The
// output is the same to within rounding (TestResampleMonoMatchesBeep),
// except that it ends with the source's last sample, where beep went on
// for a few samples interpolating from stale buffer contents.
func resampleMono(src []float64, from int) sound {
	if from == Rate {
		out := make(sound, len(src))
		for i, v := range src {
			out[i] = float32(v)
		}
		return out
	}
	// Output i is at source position i*from/Rate: whole part base, and the
	// phase (i*from mod Rate) in units of 1/Rate, of which there are
	// Rate/gcd distinct ones.
	g := gcd(from, Rate)
	step, den := from/g, Rate/g
	n := (len(src)*den + step - 1) / step // outputs whose position is below len(src)
	out := make(sound, n)
	var table [][resampleTaps]float64
	if den <= maxPhases {
		table = make([][resampleTaps]float64, den)
		for p := range table {
			table[p] = tapWeights(float64(p) / float64(den))
		}
	}
	const before = (resampleTaps - 1) / 2 // taps before the sample at or below the position
	for i := range out {
		base, phase := i*step/den, i*step%den
		start := base - before
		if start < 0 || start+resampleTaps > len(src) {
			out[i] = float32(lagrangeAt(src, max(start, 0), min(start+resampleTaps, len(src)), float64(base)+float64(phase)/float64(den)))
			continue
		}
		var w [resampleTaps]float64
		if table != nil {
			w = table[phase]
		} else {
			w = tapWeights(float64(phase) / float64(den))
		}
		var y float64
		for j, v := range src[start : start+resampleTaps] {
			y += v * w[j]
		}
		out[i] = float32(y)
	}
	return out
}

// tapWeights are the Lagrange weights of the resampleTaps samples around a
// position frac (0 ≤ frac < 1) past the sample before+1-th of them: tap j's
// weight is Π_{m≠j} (t-m) / (j-m), t being the position counted from tap 0.
func tapWeights(frac float64) [resampleTaps]float64 {
	const before = (resampleTaps - 1) / 2
	t := before + frac
	var w [resampleTaps]float64
	for j := range w {
		l := 1.0
		for m := range resampleTaps {
			if m != j {
				l *= (t - float64(m)) / float64(j-m)
			}
		}
		w[j] = l
	}
	return w
}

// lagrangeAt is the value at x of the polynomial through the samples
// src[from:to] (each at its index): the window cut short at a clip's ends.
func lagrangeAt(src []float64, from, to int, x float64) float64 {
	var y float64
	for j := from; j < to; j++ {
		l := 1.0
		for m := from; m < to; m++ {
			if m != j {
				l *= (x - float64(m)) / float64(j-m)
			}
		}
		y += src[j] * l
	}
	return y
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
