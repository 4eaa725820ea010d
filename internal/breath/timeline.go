package breath

import (
	"sort"
	"strconv"
	"time"
)

// CueKind says what a listener hears at a cue.
type CueKind int

const (
	CueCount   CueKind = iota // a lead-in number
	CueExhale                 // falling tone
	CueInhale                 // rising tone
	CueHold                   // start of the hold
	CueTick                   // soft tick each whole second of the hold
	CueRelease                // two pings
	CueEnd                    // three pings
)

// cueNames spells every kind, the drill's and then the workout's
// (workoutcues.go), in the order of their constants.
var cueNames = [...]string{"count", "exhale", "inhale", "hold", "tick", "release", "end",
	"engage", "reengage", "rep", "set-end", "rest-end", "next"}

func (k CueKind) String() string {
	if k < 0 || int(k) >= len(cueNames) {
		return "unknown"
	}
	return cueNames[k]
}

// Cue is one sound event at an exact time from the start of the session.
type Cue struct {
	At      time.Duration
	Kind    CueKind
	Rep     int    // 1-based; 0 in the lead-in
	Voice   string // clip id in assets/voice, "" for ticks
	Caption string // what the screen shows; equal to the spoken words when Voice is set
}

// Sample is the cue's index in a stream at the given sample rate. Cues sit on
// whole 0.5 s steps or whole seconds, so the division is exact for common rates.
func (c Cue) Sample(rate int) int64 {
	return c.At.Nanoseconds() * int64(rate) / int64(time.Second)
}

// Segment is one phase of one rep placed on the session's time axis.
type Segment struct {
	Phase Phase
	Rep   int
	Start time.Duration
	Len   time.Duration
}

// End is when the segment finishes.
func (s Segment) End() time.Duration { return s.Start + s.Len }

// Timeline is a validated drill laid out in time.
type Timeline struct {
	Drill    Drill
	Segments []Segment
	Cues     []Cue
	Total    time.Duration
}

// New lays a drill out in time. It refuses drills that fail Validate.
func New(d Drill) (*Timeline, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	tl := &Timeline{Drill: d}
	at := time.Duration(0)
	add := func(p Phase, rep int, n time.Duration) {
		if n > 0 {
			tl.Segments = append(tl.Segments, Segment{Phase: p, Rep: rep, Start: at, Len: n})
		}
		at += n
	}
	add(LeadIn, 0, d.LeadIn)
	for r := 1; r <= d.Reps; r++ {
		add(Exhale, r, d.Exhale)
		add(Inhale, r, d.Inhale)
		add(Hold, r, d.Hold)
		add(Release, r, d.Release)
	}
	add(End, d.Reps, EndDuration)
	tl.Total = at
	tl.Cues = tl.buildCues()
	return tl, nil
}

func (tl *Timeline) buildCues() []Cue {
	var cues []Cue
	voiced := func(at time.Duration, k CueKind, rep int, id string) {
		cues = append(cues, Cue{At: at, Kind: k, Rep: rep, Voice: id, Caption: Line(id)})
	}
	m := tl.Drill.Method
	for _, s := range tl.Segments {
		switch s.Phase {
		case LeadIn:
			// Count down the whole seconds left before the first breath: "Three. Two. One."
			for n := int(s.Len / time.Second); n >= 1; n-- {
				voiced(s.End()-time.Duration(n)*time.Second, CueCount, 0, strconv.Itoa(n))
			}
		case Exhale:
			voiced(s.Start, CueExhale, s.Rep, m.voice(Exhale))
		case Inhale:
			voiced(s.Start, CueInhale, s.Rep, m.voice(Inhale))
		case Hold:
			voiced(s.Start, CueHold, s.Rep, m.voice(Hold))
			for k := time.Second; k < s.Len; k += time.Second {
				left := (s.Len - k + time.Second - 1) / time.Second
				cues = append(cues, Cue{At: s.Start + k, Kind: CueTick, Rep: s.Rep, Caption: strconv.Itoa(int(left))})
			}
		case Release:
			voiced(s.Start, CueRelease, s.Rep, m.voice(Release))
		case End:
			voiced(s.Start, CueEnd, s.Rep, "end")
		}
	}
	sort.SliceStable(cues, func(i, j int) bool { return cues[i].At < cues[j].At })
	return cues
}

// SegmentAt returns the index of the segment playing at t, or len(Segments)
// once the drill is over. Before zero it returns 0.
func (tl *Timeline) SegmentAt(t time.Duration) int {
	return sort.Search(len(tl.Segments), func(i int) bool { return tl.Segments[i].End() > t })
}

// CueAt returns the latest voiced cue at or before t (the caption on screen),
// and false before the first one.
func (tl *Timeline) CueAt(t time.Duration) (Cue, bool) {
	i := sort.Search(len(tl.Cues), func(i int) bool { return tl.Cues[i].At > t })
	for i--; i >= 0; i-- {
		if tl.Cues[i].Voice != "" {
			return tl.Cues[i], true
		}
	}
	return Cue{}, false
}
