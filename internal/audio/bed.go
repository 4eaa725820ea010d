package audio

import (
	"math"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

// The breath-sound bed is soft noise, shaped like air through the mouth,
// whose loudness follows how fast the lungs fill or empty in Pose(t): loud
// while breathing in or out, faint during the hold's shallow breaths, silent
// at rest. Every sample is a pure function of its position, so a render is
// the same however the stream is cut into chunks and wherever it starts.
type bed struct {
	tl *breath.Timeline
	// scratch, reused between calls
	noise, sum1, out []int64
	gain             []float64
	lvl              [2]struct {
		block int64
		v     float64
	}
}

const (
	bedBlock   = 480 // level is computed every 10 ms and interpolated between
	bedTaps    = 16  // two 16-tap moving averages: a gentle low-pass, "hhh" not hiss
	bedRateMax = 0.2 // breath change per second that plays at full level
	bedHoldMul = 0.35
	bedProbe   = 5 * time.Millisecond
)

// bedNorm scales the filtered integer noise to unit RMS: uniform 16-bit noise
// has RMS 32768/√3, and the triangular 31-tap sum multiplies it by √Σw² = √2736.
var bedNorm = 1 / (32768 / math.Sqrt(3) * math.Sqrt(2736))

func newBed(tl *breath.Timeline) *bed {
	b := &bed{tl: tl}
	b.lvl[0].block, b.lvl[1].block = -1, -1
	return b
}

// level is the bed's loudness 0..1 at the start of a block.
func (b *bed) level(block int64) float64 {
	slot := &b.lvl[block&1]
	if slot.block == block {
		return slot.v
	}
	t := duration(block * bedBlock)
	p := b.tl.Pose(t)
	rate := math.Abs(b.tl.Pose(t+bedProbe).Breath-b.tl.Pose(t-bedProbe).Breath) / (2 * bedProbe.Seconds())
	v := math.Min(1, rate/bedRateMax)
	if p.Phase == breath.Hold {
		v *= bedHoldMul
	}
	if t < bedProbe {
		v = 0 // Pose clamps negative times, which would fake a change at zero
	}
	slot.block, slot.v = block, v
	return v
}

// add mixes the bed into out for samples [pos, pos+len(out)), with the layer
// gain moving linearly from g0 to g1 across the chunk.
func (b *bed) add(out [][2]float64, pos int64, g0, g1 float64) {
	n := len(out)
	if n == 0 || (g0 == 0 && g1 == 0) {
		return
	}
	if cap(b.gain) < n {
		b.gain = make([]float64, n)
	}
	gain := b.gain[:n]
	silent := true
	for i := 0; i < n; {
		at := pos + int64(i)
		blk := at / bedBlock
		l0, l1 := b.level(blk), b.level(blk+1)
		end := min(n, i+int(bedBlock-(at-blk*bedBlock)))
		for ; i < end; i++ {
			frac := float64(pos+int64(i)-blk*bedBlock) / bedBlock
			g := g0 + (g1-g0)*float64(i)/float64(n)
			gain[i] = (l0 + (l1-l0)*frac) * g * bedNorm
		}
		if l0 != 0 || l1 != 0 {
			silent = false
		}
	}
	if silent {
		return // rest and lead-in: skip the noise altogether
	}
	for ch := 0; ch < 2; ch++ {
		b.filtered(uint64(ch+1)*0x9e3779b97f4a7c15, pos, n)
		for i, v := range b.out[:n] {
			out[i][ch] += float64(v) * gain[i]
		}
	}
}

// filtered leaves in b.out[:n] the noise at [pos, pos+n) passed through two
// moving averages. Integer sums keep it exact, so it does not depend on where
// the chunk starts.
func (b *bed) filtered(seed uint64, pos int64, n int) {
	const k = bedTaps
	m := n + 2*(k-1)
	if cap(b.noise) < m {
		b.noise = make([]int64, m)
		b.sum1 = make([]int64, m)
		b.out = make([]int64, m)
	}
	noise, s1, out := b.noise[:m], b.sum1[:m], b.out[:n]
	start := pos - 2*(k-1)
	for i := range noise {
		noise[i] = int64(int16(mix64(uint64(start+int64(i)) ^ seed)))
	}
	var acc int64
	for j := range noise {
		acc += noise[j]
		if j >= k {
			acc -= noise[j-k]
		}
		s1[j] = acc // whole only from j = k-1 on, and only those are read below
	}
	acc = 0
	for j := k - 1; j < m; j++ {
		acc += s1[j]
		if j >= 2*k-1 {
			acc -= s1[j-k]
		}
		if i := j - 2*(k-1); i >= 0 {
			out[i] = acc
		}
	}
}

// mix64 is SplitMix64's finaliser: a cheap hash with well-spread bits.
func mix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}
