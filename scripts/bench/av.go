package main

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// The A/V measurement. The app logs, for every frame, the wall time and the
// session time its picture shows. What the sound device played is recorded
// from the null sink's monitor. The drill is rendered offline too (the live
// stream and the render are the same samples), found in the recording by its
// first cue, and then followed through the recording sample by sample,
// re-found wherever PulseAudio played silence or skipped late samples. That
// says, for every recorded sample, which session sample the sink was playing;
// the recording's samples map to wall time through their arrival times. So
// for every frame: the session time heard at that wall time, and the
// picture's error, its own session time minus that.

const rate = 48000

// frameRec is one logged frame: wall and session time in ns.
type frameRec struct{ wall, session int64 }

// readFrames parses the practice screen's CORECUE_BENCH_LOG.
func readFrames(path string) ([]frameRec, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []frameRec
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 || fs[0] == "first" {
			continue
		}
		if len(fs) != 2 {
			return nil, fmt.Errorf("%s:%d: want \"WALL_NS SESSION_NS\"", path, line)
		}
		w, err1 := strconv.ParseInt(fs[0], 10, 64)
		s, err2 := strconv.ParseInt(fs[1], 10, 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s:%d: not two integers", path, line)
		}
		out = append(out, frameRec{w, s})
	}
	return out, sc.Err()
}

// wallMap maps recorded sample n to wall ns: wall = a + k·n.
type wallMap struct {
	a, k float64
	// jitter is the 99th percentile of how much later than the fitted line
	// the monitor's data arrived (ns): the mapping's own uncertainty.
	jitter float64
}

// fitWallMap fits the recording's sample clock to the wall clock from the
// arrival stamps. The slope is a least-squares fit; the offset is the early
// edge of the arrivals (1st percentile), since data can only arrive late.
func fitWallMap(st []stamp) (wallMap, error) {
	if len(st) < 10 {
		return wallMap{}, errors.New("too few recorder stamps to map samples to wall time")
	}
	var sn, sw, snn, snw float64
	n0, w0 := float64(st[0].N), float64(st[0].Wall)
	for _, s := range st {
		x, y := float64(s.N)-n0, float64(s.Wall)-w0
		sn, sw, snn, snw = sn+x, sw+y, snn+x*x, snw+x*y
	}
	m := float64(len(st))
	k := (m*snw - sn*sw) / (m*snn - sn*sn)
	if !(k > 0) {
		return wallMap{}, errors.New("recorder stamps do not advance")
	}
	res := make([]float64, len(st))
	for i, s := range st {
		res[i] = float64(s.Wall) - k*float64(s.N)
	}
	sort.Float64s(res)
	a := quantile(res, 0.01)
	return wallMap{a: a, k: k, jitter: quantile(res, 0.99) - a}, nil
}

func (m wallMap) sample(w float64) float64 { return (w - m.a) / m.k }

// cueMatch is where one cue of the render was found in the recording.
type cueMatch struct {
	ref, rec int64   // sample index in the render and in the recording
	score    float64 // normalised correlation 0..1
}

// Match windows around each cue: a little before its onset and the first
// 45 ms of its sound; searched within ±60 ms of where the last cue was.
const (
	matchPre    = rate * 5 / 1000
	matchPost   = rate * 45 / 1000
	matchNear   = rate * 60 / 1000
	matchWide   = rate * 500 / 1000
	matchMinNCC = 0.6
	decim       = 4
	envBlock    = rate * 5 / 2000 // 2.5 ms energy blocks for the first, blind search
)

// matchCues finds every cue of ref (at the given sample indices) in rec.
// maxStart bounds how late in the recording the drill may begin.
func matchCues(ref, rec []int16, cues []int64, maxStart int64) ([]cueMatch, error) {
	refD, recD := decimate(ref), decimate(rec)
	lag, ok := initialLag(ref, rec, cues, maxStart)
	if !ok {
		return nil, errors.New("the drill's sound was not found in the recording (was anything playing?)")
	}
	var out []cueMatch
	for _, c := range cues {
		if c-matchPre < 0 || c+matchPost > int64(len(ref)) || energy(ref[c-matchPre:c+matchPost]) == 0 {
			continue
		}
		m, ok := matchOne(ref, rec, refD, recD, c, c+lag, matchNear)
		if !ok {
			m, ok = matchOne(ref, rec, refD, recD, c, c+lag, matchWide)
		}
		if ok {
			out = append(out, m)
			lag = m.rec - m.ref
		}
	}
	if len(out) < 2 {
		return nil, fmt.Errorf("only %d of %d cues found in the recording", len(out), len(cues))
	}
	return out, nil
}

// initialLag finds roughly where the drill starts in the recording by
// matching 1.5 s of sound energy from the first audible cue: blind, so it
// works on loudness, not waveform.
func initialLag(ref, rec []int16, cues []int64, maxStart int64) (int64, bool) {
	var first int64 = -1
	for _, c := range cues {
		if c+matchPost <= int64(len(ref)) && energy(ref[c:c+matchPost]) > 0 {
			first = c
			break
		}
	}
	if first < 0 {
		return 0, false
	}
	end := min(first+3*rate/2, int64(len(ref)))
	t := envelope(ref[first:end])
	x := envelope(rec[:min(int64(len(rec)), maxStart+end)])
	if len(x) < len(t) || len(t) == 0 {
		return 0, false
	}
	v := make([]float64, len(x)-len(t)+1)
	best := -1.0
	for l := range v {
		v[l] = ncc(t, x[l:l+len(t)])
		best = math.Max(best, v[l])
	}
	if best < 0.5 {
		return 0, false
	}
	// A drill repeats itself (a tick every second), so a later stretch can
	// match nearly as well; the drill starts at the first strong match.
	at := 0
	for v[at] < 0.8*best {
		at++
	}
	for at+1 < len(v) && v[at+1] > v[at] {
		at++
	}
	return int64(at*envBlock) - first, true
}

// matchOne searches rec around guess for the window of ref at cue c: first
// on the decimated signals, then sample by sample around the best lag.
func matchOne(ref, rec []int16, refD, recD []float32, c, guess int64, half int64) (cueMatch, bool) {
	t := refD[(c-matchPre)/decim : (c+matchPost)/decim]
	lo, hi := (guess-matchPre-half)/decim, (guess-matchPre+half)/decim
	lo, hi = max(lo, 0), min(hi, int64(len(recD)-len(t)))
	if lo > hi {
		return cueMatch{}, false
	}
	best, at := -2.0, int64(-1)
	for p := lo; p <= hi; p++ {
		if v := ncc(t, recD[p:p+int64(len(t))]); v > best {
			best, at = v, p
		}
	}
	tf := toFloat(ref[c-matchPre : c+matchPost])
	best, fine := -2.0, int64(-1)
	for p := at*decim - 2*decim; p <= at*decim+2*decim; p++ {
		if p < 0 || p+int64(len(tf)) > int64(len(rec)) {
			continue
		}
		if v := ncc(tf, toFloat(rec[p:p+int64(len(tf))])); v > best {
			best, fine = v, p
		}
	}
	if fine < 0 || best < matchMinNCC {
		return cueMatch{}, false
	}
	return cueMatch{ref: c, rec: fine + matchPre, score: best}, true
}

// avStats are the A/V figures.
type avStats struct {
	frames, cues, found int
	p1, p50, p99        float64 // signed error, ms (picture minus sound)
	p99abs, maxAbs      float64 // ms
	slope               float64 // ms per minute, after the settling time
	slopeFrames         int
	jitterMs            float64 // the wall mapping's own uncertainty
	minScore            float64
	heardMinutes        float64
	dropouts, blips     int
	silentStarts        int     // runs thrown away because corecue came up with its sound off
	dropped             float64 // seconds of silence the sink played mid-drill
}

// avErrors gives, for each frame while the drill was heard, its wall time
// and the picture's error in ms: the session time it showed minus the
// session time the sink was playing at that wall time.
func avErrors(frames []frameRec, t track, wm wallMap) (walls, errs []float64) {
	for _, f := range frames {
		r := wm.sample(float64(f.wall))
		// Before the first sample of the drill is heard, or past what could
		// be checked against the render, there is no sound to compare with.
		if r < float64(t.start) || r > float64(t.end) || t.heard(r) < 0 {
			continue
		}
		walls = append(walls, float64(f.wall))
		errs = append(errs, (float64(f.session)/1e9-t.heard(r))*1e3)
	}
	return walls, errs
}

// summarise turns per-frame errors into the figures; settle (s) is left out
// of the drift fit, which is a least-squares line of error against minutes.
func summarise(walls, errs []float64, settle float64) avStats {
	var s avStats
	s.frames = len(errs)
	if len(errs) == 0 {
		return s
	}
	sorted := append([]float64(nil), errs...)
	sort.Float64s(sorted)
	s.p1, s.p50, s.p99 = quantile(sorted, 0.01), quantile(sorted, 0.5), quantile(sorted, 0.99)
	abs := make([]float64, len(errs))
	for i, e := range errs {
		abs[i] = math.Abs(e)
	}
	sort.Float64s(abs)
	s.p99abs, s.maxAbs = quantile(abs, 0.99), abs[len(abs)-1]
	start := walls[0] + settle*1e9
	var n, sx, sy, sxx, sxy float64
	for i, w := range walls {
		if w < start {
			continue
		}
		x := (w - walls[0]) / 60e9
		n, sx, sy, sxx, sxy = n+1, sx+x, sy+errs[i], sxx+x*x, sxy+x*errs[i]
	}
	s.slopeFrames = int(n)
	if d := n*sxx - sx*sx; n > 2 && d > 0 {
		s.slope = (n*sxy - sx*sy) / d
	} else {
		s.slope = math.NaN()
	}
	return s
}

// quantile of sorted values, linear between neighbours.
func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	x := q * float64(len(sorted)-1)
	i := int(x)
	if i >= len(sorted)-1 {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (sorted[i+1]-sorted[i])*(x-float64(i))
}

func decimate(x []int16) []float32 {
	out := make([]float32, len(x)/decim)
	for i := range out {
		var s int32
		for _, v := range x[i*decim : i*decim+decim] {
			s += int32(v)
		}
		out[i] = float32(s)
	}
	return out
}

// envelope is the rise and fall of loudness block by block: a sound's
// onsets and endings, with no constant part to make every lag look alike.
func envelope(x []int16) []float32 {
	n := len(x) / envBlock
	if n < 2 {
		return nil
	}
	rms := make([]float32, n)
	for i := range rms {
		var s float64
		for _, v := range x[i*envBlock : i*envBlock+envBlock] {
			s += float64(v) * float64(v)
		}
		rms[i] = float32(math.Sqrt(s / envBlock))
	}
	for i := 0; i < n-1; i++ {
		rms[i] = rms[i+1] - rms[i]
	}
	return rms[:n-1]
}

func toFloat(x []int16) []float32 {
	out := make([]float32, len(x))
	for i, v := range x {
		out[i] = float32(v)
	}
	return out
}

func energy(x []int16) float64 {
	var s float64
	for _, v := range x {
		s += float64(v) * float64(v)
	}
	return s
}

// ncc is the normalised correlation of t and x (equal lengths): 1 for the
// same shape at any loudness, 0 for unrelated, -1 for inverted.
func ncc(t, x []float32) float64 {
	var tx, tt, xx float64
	for i, a := range t {
		b := x[i]
		tx += float64(a * b)
		tt += float64(a * a)
		xx += float64(b * b)
	}
	if tt == 0 || xx == 0 {
		return 0
	}
	return tx / math.Sqrt(tt*xx)
}

// lagStep is a change in the recording's lag: from rec index at on, the
// sound that followed under lag from plays under lag to. A PulseAudio
// underrun shows as silence (exact zeros) at at, usually followed by a few
// milliseconds of the late samples being skipped, so to-from is the
// silence minus what was skipped.
type lagStep struct {
	at, from, to int64
	silence      int64 // samples of exact silence from at
}

// track is how the recording lines up with the render over the whole drill.
type track struct {
	lag0       int64 // rec index of session sample 0
	steps      []lagStep
	start, end int64 // the recording's span that was checked sample by sample
	blips      int   // places that differed from the render without a shift
}

// heard is the session time (s) the sink was playing at recording index r.
func (t track) heard(r float64) float64 {
	i := sort.Search(len(t.steps), func(i int) bool { return float64(t.steps[i].at) > r }) - 1
	if i < 0 {
		return (r - float64(t.lag0)) / rate
	}
	s := t.steps[i]
	if gap := s.to - s.from; gap > 0 && r < float64(s.at+gap) {
		return float64(s.at-s.from) / rate // the inserted silence: nothing new heard
	}
	return (r - float64(s.to)) / rate
}

// dropouts is how many times, and for how long in all, the sink played
// silence in the middle of the drill (at least 1 ms each).
func (t track) dropouts() (n int, total float64) {
	for _, s := range t.steps {
		if s.silence >= walkBlock {
			n++
			total += float64(s.silence) / rate
		}
	}
	return n, total
}

const (
	walkBlock = 48 // 1 ms
	sampleTol = 16 // 16-bit rounding on the way through PulseAudio: a few LSB
	syncLen   = rate / 20
	syncRun   = rate / 2 // how far an alignment is checked sample by sample
	syncSkip  = rate / 50
)

// follow walks the recording a millisecond at a time, checking each block
// against the render under the current lag, and re-finds the render after
// every place where they part. lag0 is the lag found at the first cue.
func follow(ref, rec []int16, lag0 int64) track {
	t := track{lag0: lag0, start: max(lag0, 0)}
	recD, refD := decimate(rec), decimate(ref)
	lag := lag0
	x := t.start
	for {
		var g int64
		g, x = nextParting(ref, rec, x, lag)
		if g < 0 {
			break
		}
		to, y1, ok := refind(ref, rec, refD, recD, g, lag)
		if !ok {
			break // the app stopped playing: the end of what can be checked
		}
		if to == lag {
			// A blip, not a shift: carry on past it.
			t.blips++
			x = g + walkBlock
			continue
		}
		t.steps = append(t.steps, lagStep{at: g, from: lag, to: to, silence: zerosFrom(rec, g)})
		lag, x = to, y1+to
	}
	t.end = x
	return t
}

// nextParting walks the recording from x, a block at a time, against the
// render under lag, and returns the first sample g where they differ by
// more than rounding, with x at the start of its block; or g = -1 and x
// where either ran out.
func nextParting(ref, rec []int16, x, lag int64) (g, at int64) {
	for {
		y := x - lag
		if y < 0 {
			x -= y // the render starts later in the recording: skip to it
			continue
		}
		if y+walkBlock > int64(len(ref)) || x+walkBlock > int64(len(rec)) {
			return -1, x
		}
		for i := int64(0); i < walkBlock; i++ {
			if d := int(rec[x+i]) - int(ref[y+i]); d > sampleTol || d < -sampleTol {
				return x + i, x
			}
		}
		x += walkBlock
	}
}

// refind finds the render's sound a little after the parting at g (an
// underrun also skips a few ms of what came late) again in the recording:
// first up to a second later, then further. It returns the new lag and the
// render sample y1 it was found at; ok is false when nothing more is found.
// Dropouts come in clusters; when the sound just after this one cannot be
// placed, the next stretches are tried, up to 2 s on.
func refind(ref, rec []int16, refD, recD []float32, g, lag int64) (to, y1 int64, ok bool) {
	y1 = g - lag + syncSkip
	for k := 0; k < 20 && !ok; k++ {
		for y1+syncLen <= int64(len(ref)) && energy(ref[y1:y1+syncLen]) < 1e6 {
			y1 += walkBlock * 10 // silence cannot be placed: skip to sound
		}
		if y1+syncLen > int64(len(ref)) {
			break
		}
		if to, ok = resync(ref, rec, refD, recD, y1, lag-rate/5, lag+rate); !ok {
			to, ok = resync(ref, rec, refD, recD, y1, lag-rate/2, lag+3*rate)
		}
		if !ok {
			y1 += rate / 10
		}
	}
	return to, y1, ok
}

// zerosFrom counts the digital silence in rec from g: an underrun's gap.
func zerosFrom(rec []int16, g int64) int64 {
	var z int64
	for g+z < int64(len(rec)) && rec[g+z] == 0 {
		z++
	}
	return z
}

// resync finds the lag, between lo and hi, under which the recording
// carries on exactly as the render from ref index y1. Correlation on the
// decimated signals proposes lags (generously: a second dropout inside the
// window favours the lag after it); a tone correlates almost as well one
// period off, so each proposal is checked sample by sample and the one that
// stays exact the longest (at least 5 ms) wins.
func resync(ref, rec []int16, refD, recD []float32, y1, lo, hi int64) (int64, bool) {
	t := refD[y1/decim : (y1+syncLen)/decim]
	plo, phi := max((y1+lo)/decim, 0), min((y1+hi)/decim, int64(len(recD)-len(t)))
	if plo > phi {
		return 0, false
	}
	v := make([]float64, phi-plo+1)
	best := 0.0
	for i := range v {
		v[i] = ncc(t, recD[plo+int64(i):plo+int64(i)+int64(len(t))])
		best = math.Max(best, v[i])
	}
	if best < matchMinNCC {
		return 0, false
	}
	var cands []int64
	for i := range v {
		if v[i] >= 0.5*best && (i == 0 || v[i] >= v[i-1]) && (i == len(v)-1 || v[i] >= v[i+1]) {
			cands = append(cands, plo+int64(i))
		}
	}
	sort.Slice(cands, func(a, b int) bool { return v[cands[a]-plo] > v[cands[b]-plo] })
	if len(cands) > 16 {
		cands = cands[:16]
	}
	bestRun, bestLag := int64(0), int64(0)
	for _, c := range cands {
		for p := c*decim - 2*decim; p <= c*decim+2*decim; p++ {
			if r := exactRun(ref, rec, y1, p); r > bestRun {
				bestRun, bestLag = r, p-y1
			}
		}
	}
	return bestLag, bestRun >= walkBlock*5
}

// exactRun counts how many samples from ref[y] and rec[x] on agree within
// rounding, up to syncRun.
func exactRun(ref, rec []int16, y, x int64) int64 {
	if x < 0 {
		return 0
	}
	var n int64
	for n < syncRun && y+n < int64(len(ref)) && x+n < int64(len(rec)) {
		if d := int(rec[x+n]) - int(ref[y+n]); d > sampleTol || d < -sampleTol {
			break
		}
		n++
	}
	return n
}
