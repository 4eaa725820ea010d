package audio

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gopxl/beep/v2/wav"

	"github.com/corecue/corecue/internal/breath"
)

var allKinds = []breath.CueKind{breath.CueCount, breath.CueExhale, breath.CueInhale,
	breath.CueHold, breath.CueTick, breath.CueRelease, breath.CueEnd}

// A click is a step: a sound must start and end at zero and never jump
// between neighbouring samples by more than its highest tone allows
// (2π·f/Rate at full scale: 0.26 for the 2 kHz calibration click).
func TestCueSoundsStartAndEndSilentWithoutSteps(t *testing.T) {
	check := func(name string, s sound, maxStep float64) {
		t.Helper()
		if len(s) < 100 {
			t.Fatalf("%s: only %d samples", name, len(s))
		}
		if s[0] != 0 || math.Abs(float64(s[len(s)-1])) > 1e-6 {
			t.Errorf("%s: ends at %g … %g, want 0 … 0", name, s[0], s[len(s)-1])
		}
		for i := 1; i < 24; i++ { // the first half-millisecond rises gently
			if math.Abs(float64(s[i])) > 0.05 {
				t.Errorf("%s: sample %d is %g: onset too abrupt", name, i, s[i])
				break
			}
		}
		worst := 0.0
		for i := 1; i < len(s); i++ {
			worst = math.Max(worst, math.Abs(float64(s[i]-s[i-1])))
		}
		if worst > maxStep {
			t.Errorf("%s: largest sample-to-sample step %.3f > %.3f", name, worst, maxStep)
		}
	}
	for _, k := range allKinds {
		check(k.String(), cueSound(k), 0.2)
	}
	check("click", calibrationClick(), 0.27)
	for id := range breath.VoiceLines() {
		s := voiceClip(id)
		if s == nil {
			t.Fatalf("voice %q: no clip", id)
		}
		check("voice "+id, s, 1)
	}
}

// renderSamples renders tl with m into a temp WAV and returns its left channel.
func renderSamples(t testing.TB, tl *breath.Timeline, m Mix) []float64 {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out.wav")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := Render(f, tl, m); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(b[0:4]) != "RIFF" || string(b[8:12]) != "WAVE" || string(b[36:40]) != "data" {
		t.Fatalf("not a plain WAV header: %q", b[:44])
	}
	if size := int(b[40]) | int(b[41])<<8 | int(b[42])<<16 | int(b[43])<<24; size != len(b)-44 {
		t.Fatalf("data chunk says %d bytes, file has %d", size, len(b)-44)
	}
	// beep's own decoder must read it too (it is what a player would use).
	if _, format, err := wav.Decode(bytes.NewReader(b)); err != nil || format.SampleRate != Rate || format.NumChannels != 2 {
		t.Fatalf("beep/wav reads %+v, %v", format, err)
	}
	rate := int(b[24]) | int(b[25])<<8 | int(b[26])<<16 | int(b[27])<<24
	if rate != Rate || b[22] != 2 || b[34] != 16 {
		t.Fatalf("format: rate %d, %d channels, %d bits; want %d, 2, 16", rate, b[22], b[34], Rate)
	}
	pcm := b[44:]
	out := make([]float64, len(pcm)/4)
	for i := range out {
		out[i] = float64(int16(uint16(pcm[4*i])|uint16(pcm[4*i+1])<<8)) / 32767
	}
	return out
}

func tonesOnly() Mix {
	m := DefaultMix()
	m.Cues, m.VoiceOn, m.BedOn = 1, false, false
	return m
}

func testTimeline(t testing.TB, reps int) *breath.Timeline {
	t.Helper()
	tl, err := breath.New(breath.Vacuum(reps))
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

// Every cue's sound must begin at exactly the cue's sample: silence up to it,
// the onset energy inside the attack, and the whole sound matching the
// synthesised one sample for sample (one sample early or late would differ
// by a whole step of the waveform, far above 16-bit rounding).
func TestRenderPlacesEveryCueAtItsExactSample(t *testing.T) {
	tl := testTimeline(t, 2)
	wav := renderSamples(t, tl, tonesOnly())
	if want := samples(tl.Total); int64(len(wav)) < want {
		t.Fatalf("render has %d samples, drill needs %d", len(wav), want)
	}
	prevEnd := int64(0)
	for _, c := range tl.Cues {
		at := c.Sample(Rate)
		snd := cueSound(c.Kind)
		// Silence before the onset, back to the end of the previous sound.
		for i := max(prevEnd, at-Rate/10); i < at; i++ {
			if wav[i] != 0 {
				t.Fatalf("%s cue at sample %d: sound %g already at sample %d", c.Kind, at, wav[i], i)
			}
		}
		// Onset energy: first sample above -40 dBFS lies within the attack.
		onset := at
		for onset < at+int64(len(snd)) && math.Abs(wav[onset]) < 0.01 {
			onset++
		}
		if onset-at > samples(attack) {
			t.Errorf("%s cue at sample %d: energy starts at %d, after the %v attack", c.Kind, at, onset, attack)
		}
		g := tonesOnly().gains()[layerCues]
		for i, v := range snd {
			if d := math.Abs(wav[at+int64(i)] - float64(v)*g); d > 1.0/32767 {
				t.Fatalf("%s cue at sample %d: sample +%d is %g, want %g", c.Kind, at, i, wav[at+int64(i)], float64(v)*g)
			}
		}
		prevEnd = at + int64(len(snd))
	}
}

// zeroCrossRate counts sign changes per second in s.
func zeroCrossRate(s []float64) float64 {
	n := 0
	for i := 1; i < len(s); i++ {
		if (s[i-1] < 0) != (s[i] < 0) {
			n++
		}
	}
	return float64(n) * Rate / float64(len(s))
}

// bursts counts separate strikes: 5 ms windows whose RMS rises through half
// the sound's peak window RMS.
func bursts(s []float64) int {
	const w = Rate / 200
	var rms []float64
	peak := 0.0
	for i := 0; i+w <= len(s); i += w {
		e := 0.0
		for _, v := range s[i : i+w] {
			e += v * v
		}
		r := math.Sqrt(e / w)
		rms = append(rms, r)
		peak = math.Max(peak, r)
	}
	n, above := 0, false
	for _, r := range rms {
		if r > peak/2 && !above {
			n++
		}
		above = r > peak/2
	}
	return n
}

// The kinds must be told apart by ear: out falls, in rises, the hold holds a
// steady pitch, release strikes twice and the end three times, and counts and
// ticks once each.
func TestCueKindsSoundDifferent(t *testing.T) {
	tl := testTimeline(t, 1)
	wav := renderSamples(t, tl, tonesOnly())
	seen := map[breath.CueKind]bool{}
	for _, c := range tl.Cues {
		if seen[c.Kind] {
			continue
		}
		seen[c.Kind] = true
		at := c.Sample(Rate)
		s := wav[at : at+int64(len(cueSound(c.Kind)))]
		fifth := len(s) / 5
		early, late := zeroCrossRate(s[fifth:2*fifth]), zeroCrossRate(s[3*fifth:4*fifth])
		switch c.Kind {
		case breath.CueExhale:
			if !(early > 1.3*late) {
				t.Errorf("exhale: pitch should fall: %.0f then %.0f crossings/s", early, late)
			}
		case breath.CueInhale:
			if !(late > 1.3*early) {
				t.Errorf("inhale: pitch should rise: %.0f then %.0f crossings/s", early, late)
			}
		case breath.CueHold:
			if math.Abs(early-late) > 0.1*early {
				t.Errorf("hold: pitch should stay steady: %.0f then %.0f crossings/s", early, late)
			}
		}
		want := map[breath.CueKind]int{breath.CueRelease: 2, breath.CueEnd: 3, breath.CueCount: 1, breath.CueTick: 1}
		if n, ok := want[c.Kind]; ok && bursts(s) != n {
			t.Errorf("%s: %d strikes, want %d", c.Kind, bursts(s), n)
		}
	}
	if len(seen) != len(allKinds) {
		t.Fatalf("drill played %d kinds of cue, want %d", len(seen), len(allKinds))
	}
	// Ticks are soft next to the cue that opens the hold.
	if peakOf(cueSound(breath.CueTick)) > 0.5*peakOf(cueSound(breath.CueHold)) {
		t.Error("the hold's tick is not softer than the hold cue")
	}
}

func peakOf(s sound) float64 {
	p := 0.0
	for _, v := range s {
		p = math.Max(p, math.Abs(float64(v)))
	}
	return p
}

func rms(s []float64) float64 {
	e := 0.0
	for _, v := range s {
		e += v * v
	}
	return math.Sqrt(e / float64(len(s)))
}

func bedOnly() Mix {
	return Mix{Bed: 1, BedOn: true}
}

// The bed breathes with the pose: loud mid-inhale, quiet late in the hold,
// silent in the lead-in; and it is the same however the stream is chunked.
func TestBedFollowsBreathAndIsDeterministic(t *testing.T) {
	tl := testTimeline(t, 1)
	wav := renderSamples(t, tl, bedOnly())
	seg := func(i int) breath.Segment { return tl.Segments[i] }
	window := func(at time.Duration) []float64 {
		a := samples(at)
		return wav[a-Rate/10 : a+Rate/10]
	}
	lead, inhale, hold := seg(0), seg(2), seg(3)
	if lead.Phase != breath.LeadIn || inhale.Phase != breath.Inhale || hold.Phase != breath.Hold {
		t.Fatalf("unexpected segments %v", tl.Segments)
	}
	if r := rms(window(lead.Start + lead.Len/2)); r != 0 {
		t.Errorf("bed plays %g in the lead-in, want silence", r)
	}
	in := rms(window(inhale.Start + inhale.Len/2))
	held := rms(window(hold.Start + hold.Len - 1500*time.Millisecond))
	if !(in > 0.05) || !(held < in/2) || held == 0 {
		t.Errorf("bed RMS mid-inhale %.4f, late in hold %.4f: want loud, then quiet but present", in, held)
	}

	// The same samples come out whether pulled in one go or in odd chunks.
	a := newSession(newCueEvents(tl), newBed(tl), bedOnly())
	b := newSession(newCueEvents(tl), newBed(tl), bedOnly())
	start := samples(inhale.Start)
	a.pos, b.pos = start, start
	whole := make([][2]float64, 5000)
	a.Stream(whole)
	got := make([][2]float64, 0, 5000)
	for _, n := range []int{1, 7, 480, 1000, 3512} {
		part := make([][2]float64, n)
		b.Stream(part)
		got = append(got, part...)
	}
	for i := range whole {
		if whole[i] != got[i] {
			t.Fatalf("sample %d: %v in one chunk, %v in pieces", start+int64(i), whole[i], got[i])
		}
	}
}

func TestMuteAndLayersSilence(t *testing.T) {
	tl := testTimeline(t, 1)
	m := DefaultMix()
	m.Mute = true
	for i, v := range renderSamples(t, tl, m) {
		if v != 0 {
			t.Fatalf("muted render has %g at sample %d", v, i)
		}
	}
	// Voice alone: the exhale prompt starts at the exhale cue.
	m = Mix{Voice: 1, VoiceOn: true}
	wav := renderSamples(t, tl, m)
	for _, c := range tl.Cues {
		if c.Kind != breath.CueExhale {
			continue
		}
		at, clip := c.Sample(Rate), voiceClip(c.Voice)
		g := m.gains()[layerVoice]
		for i := 0; i < len(clip); i += 97 {
			if d := math.Abs(wav[at+int64(i)] - float64(clip[i])*g); d > 1.0/32767 {
				t.Fatalf("voice sample +%d is %g, want %g", i, wav[at+int64(i)], float64(clip[i])*g)
			}
		}
	}
}

func TestCueListMatchesTimeline(t *testing.T) {
	tl := testTimeline(t, 2)
	list := CueList(tl, Rate)
	if len(list) != len(tl.Cues) {
		t.Fatalf("%d entries for %d cues", len(list), len(tl.Cues))
	}
	for i, c := range tl.Cues {
		e := list[i]
		if e.Sample != int64(c.At.Seconds()*Rate) || e.TimeS != c.At.Seconds() || e.Kind != c.Kind.String() || e.Caption != c.Caption {
			t.Errorf("entry %d = %+v for cue %+v", i, e, c)
		}
	}
}

// BenchmarkRender reports how many times faster than real time a 10-rep drill
// renders with every layer on (goal: 200x or more).
func BenchmarkRender(b *testing.B) {
	tl := testTimeline(b, 10)
	path := filepath.Join(b.TempDir(), "bench.wav")
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := Render(f, tl, DefaultMix()); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
	per := time.Since(start) / time.Duration(b.N)
	b.ReportMetric(tl.Total.Seconds()/per.Seconds(), "x-real-time")
}
