package audio

import (
	"sort"
	"sync/atomic"

	"github.com/corecue/corecue/internal/breath"
)

// event is one sound placed at an exact sample of the session.
type event struct {
	at    int64
	snd   sound
	layer layer
}

func (e event) end() int64 { return e.at + int64(len(e.snd)) }

// source lists the events sounding in a range of samples.
type source interface {
	// appendEvents appends to dst every event that overlaps [from, to).
	appendEvents(dst []event, from, to int64) []event
}

// cueEvents are a timeline's sounds, sorted by onset.
type cueEvents struct {
	ev     []event
	maxLen int64
	last   int64 // end of the last sound
}

// newCueEvents places every cue's sound, and its spoken prompt when it has
// one, at the cue's sample. Both layers are always placed; the mix decides
// what is heard, so voice can be switched on mid-drill.
func newCueEvents(tl *breath.Timeline) *cueEvents { return newCueList(tl.Cues) }

// newCueList places any list of cues the same way.
func newCueList(cues []breath.Cue) *cueEvents {
	c := &cueEvents{}
	add := func(e event) {
		if len(e.snd) == 0 {
			return
		}
		c.ev = append(c.ev, e)
		c.maxLen = max(c.maxLen, int64(len(e.snd)))
		c.last = max(c.last, e.end())
	}
	for _, q := range cues {
		at := q.Sample(Rate)
		add(event{at: at, snd: cueSound(q.Kind), layer: layerCues})
		if q.Voice != "" {
			add(event{at: at, snd: voiceClip(q.Voice), layer: layerVoice})
		}
	}
	sort.SliceStable(c.ev, func(i, j int) bool { return c.ev[i].at < c.ev[j].at })
	return c
}

func (c *cueEvents) appendEvents(dst []event, from, to int64) []event {
	i := sort.Search(len(c.ev), func(i int) bool { return c.ev[i].at > from-c.maxLen })
	for ; i < len(c.ev) && c.ev[i].at < to; i++ {
		if c.ev[i].end() > from {
			dst = append(dst, c.ev[i])
		}
	}
	return dst
}

// clickEvents is a click every period from sample 0 on, for calibration.
type clickEvents struct {
	period int64
	snd    sound
}

func (c clickEvents) appendEvents(dst []event, from, to int64) []event {
	k := max(0, (from-int64(len(c.snd)))/c.period)
	for ; k*c.period < to; k++ {
		e := event{at: k * c.period, snd: c.snd, layer: layerCues}
		if e.end() > from {
			dst = append(dst, e)
		}
	}
	return dst
}

// session is the streamer a listener hears: every event that overlaps the
// requested samples plus the bed. It never drains: after the drill it plays
// silence, so the session clock keeps running until the player stops it.
type session struct {
	src     source
	bed     *bed // nil: no bed
	pos     int64
	mix     atomic.Pointer[Mix]
	cur     [layers]float64 // gains used at the end of the last chunk
	scratch []event
}

func newSession(src source, b *bed, m Mix) *session {
	s := &session{src: src, bed: b}
	s.setMix(m)
	s.cur = m.gains()
	return s
}

// setMix may be called from any goroutine; the next chunk glides to the new
// gains across its length instead of stepping, which would click.
func (s *session) setMix(m Mix) { s.mix.Store(&m) }

func (s *session) Stream(out [][2]float64) (int, bool) {
	clear(out)
	n := len(out)
	if n == 0 {
		return 0, true
	}
	target := s.mix.Load().gains()
	from, to := s.pos, s.pos+int64(n)
	s.scratch = s.src.appendEvents(s.scratch[:0], from, to)
	for _, e := range s.scratch {
		g0, g1 := s.cur[e.layer], target[e.layer]
		if g0 == 0 && g1 == 0 {
			continue
		}
		step := (g1 - g0) / float64(n)
		for p := max(e.at, from); p < min(e.end(), to); p++ {
			i := p - from
			v := float64(e.snd[p-e.at]) * (g0 + step*float64(i))
			out[i][0] += v
			out[i][1] += v
		}
	}
	if s.bed != nil {
		s.bed.add(out, from, s.cur[layerBed], target[layerBed])
	}
	// Layers at full volume can add past full scale; clip here rather than
	// let an encoder wrap a sample around (beep's WAV encoder does below -1).
	for i := range out {
		out[i][0] = min(1, max(-1, out[i][0]))
		out[i][1] = min(1, max(-1, out[i][1]))
	}
	s.cur = target
	s.pos = to
	return n, true
}

func (s *session) Err() error { return nil }
