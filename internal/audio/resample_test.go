package audio

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/gopxl/beep/v2"
)

// The voice clips used to go through beep.Resample(4, …); resampleMono must
// give the same samples (to float32 rounding), ends included.
func TestResampleMonoMatchesBeep(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, c := range []struct{ from, n int }{{22050, 1}, {22050, 7}, {22050, 513}, {22050, 30011}, {24000, 4096}, {44100, 1000}, {16000, 2047}, {22051, 3000}} {
		src := make([]float64, c.n)
		for i := range src {
			src[i] = math.Sin(float64(i)/9) * 0.6 * (1 + 0.3*rng.Float64())
		}
		got := resampleMono(src, c.from)
		var want []float64
		r := beep.Resample(4, beep.SampleRate(c.from), Rate, streamOf(src))
		buf := make([][2]float64, 777)
		for {
			n, ok := r.Stream(buf)
			for _, v := range buf[:n] {
				want = append(want, v[0])
			}
			if !ok {
				break
			}
		}
		// Past the source's last sample beep goes on for a few samples,
		// interpolating from its buffers' stale contents; those are left
		// out, as are the outputs whose taps reach past the end.
		ratio := float64(c.from) / Rate
		if len(got) > len(want) || len(want)-len(got) > int(resampleTaps/ratio) {
			t.Fatalf("%d Hz, %d samples: %d out, beep gives %d", c.from, c.n, len(got), len(want))
		}
		for i := range got {
			if int(float64(i)*ratio)+resampleTaps/2 >= c.n {
				break
			}
			if d := math.Abs(float64(got[i]) - want[i]); d > 1e-6 {
				t.Fatalf("%d Hz, %d samples: sample %d is %v, beep gives %v", c.from, c.n, i, got[i], want[i])
			}
		}
	}
}

func streamOf(src []float64) beep.Streamer {
	i := 0
	return beep.StreamerFunc(func(s [][2]float64) (int, bool) {
		if i >= len(src) {
			return 0, false
		}
		n := 0
		for n < len(s) && i < len(src) {
			s[n] = [2]float64{src[i], src[i]}
			n++
			i++
		}
		return n, true
	})
}

// BenchmarkDecodeVoice is one language's whole set of clips decoded and
// resampled (a drill decodes the 8 of them it speaks, when it first starts).
func BenchmarkDecodeVoice(b *testing.B) {
	for b.Loop() {
		if _, err := loadClips("voice"); err != nil {
			b.Fatal(err)
		}
	}
}
