package workout

import (
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

// State is everything the session screen shows at one instant. Like
// breath.Pose it is a pure function of session time.
type State struct {
	T        time.Duration
	Kind     Kind
	Step     int // index into Steps
	Item     int // index into Items; -1 in the warm-up
	Set      int // 1-based in sets and rests
	Sets     int
	Rep      int // counted sets: the rep the pace is on, 1-based
	Reps     int
	HoldLeft time.Duration // holds: time left in the hold
	Left     time.Duration // time left in this step (the rest countdown)
	Progress float64       // 0..1 through this step

	// Engagement is the corset engagement to hold, 0 relaxed to 1 fully
	// drawn in: up through every set, let go in the rest.
	Engagement float64
	Caption    string // the words of the latest cue
	// Next is what comes after the step playing: after the warm-up the
	// first exercise, after a rest the next set, after a get-ready the
	// exercise after the one being readied (that one is shown already);
	// empty when nothing but the end follows.
	Next string
	// NextItem and NextSet are what Next names, for a screen that says it
	// in another language (NextLine, NextSetLine): NextItem is -1 when Next
	// is empty.
	NextItem, NextSet int

	// Pose is what the corset figure shows: the drill's own pose in the
	// warm-up, otherwise the engagement with steady, easy breathing (the
	// point is to keep breathing while engaged).
	Pose breath.Pose
}

// How the engagement moves: drawn in over the first moments of a set and let
// go over the first moments of a rest, eased so the figure never jumps.
const (
	engageRamp     = 1500 * time.Millisecond
	breathPeriod   = 4 * time.Second
	breathMid      = 0.5
	breathSwing    = 0.12
	heldEngagement = 1.0
)

// State returns the state at session time t (clamped at zero; Done after the end).
func (tl *Timeline) State(t time.Duration) State {
	if t < 0 {
		t = 0
	}
	st := State{T: t, Item: -1, NextItem: -1}
	i := tl.StepAt(t)
	st.Step = i
	if i >= len(tl.Steps) {
		st.Kind, st.Progress = Done, 1
		st.Item = len(tl.Items) - 1
		st.Pose = breath.Pose{T: t, Phase: breath.Done, Breath: breathMid}
		st.Caption = tl.caption(t)
		return st
	}
	s := tl.Steps[i]
	into := t - s.Start
	st.Kind, st.Item, st.Set = s.Kind, s.Item, s.Set
	st.Left = s.Len - into
	st.Progress = float64(into) / float64(s.Len)
	if s.Item >= 0 && s.Kind != End {
		st.Sets = tl.Items[s.Item].Sets
	}
	st.Caption = tl.caption(t)
	st.Pose = breath.Pose{T: t, Phase: breath.Release, Breath: easyBreath(t)}
	if i > 0 && tl.Steps[i-1].Kind == Set && s.Kind != Set {
		// Let go gently after a set, whatever comes next.
		st.Engagement = heldEngagement * (1 - ease(float64(into)/float64(engageRamp)))
	}
	switch s.Kind {
	case WarmUp:
		st.Pose = tl.WarmUp.Pose(into)
		st.Engagement = st.Pose.Engagement
		st.Caption = st.Pose.Caption
		// With its dose: the warm-up is the vacuum drill too, and "Then:
		// Stomach vacuum" under "Stomach vacuum" read as the same thing.
		st.Next, st.NextItem, st.NextSet = tl.nextLine(0, 1), 0, 1
		return st
	case GetReady:
		// The exercise being readied is the screen's name and count; Next
		// named it again ("Next: Stomach vacuum" while getting ready for it).
		if n := s.Item + 1; n < len(tl.Items) {
			st.Next, st.NextItem, st.NextSet = tl.nextLine(n, 1), n, 1
		}
		st.Pose.Phase = breath.LeadIn
	case Set:
		tl.setState(&st, i, into)
	case Rest:
		st.Next, st.NextItem, st.NextSet = tl.nextLine(s.Item, s.Set+1), s.Item, s.Set+1
	case End:
		st.Pose.Phase = breath.End
	}
	st.Pose.Engagement = st.Engagement
	st.Pose.Progress = st.Progress
	st.Pose.Left = st.Left
	st.Pose.Caption = st.Caption
	return st
}

// setState fills in a set's engagement, pose and counter: the hold's time
// left, or the rep the pace is on. into is the time since step i began.
func (tl *Timeline) setState(st *State, i int, into time.Duration) {
	it := tl.Items[tl.Steps[i].Item]
	st.Engagement = heldEngagement * ease(float64(into)/float64(engageRamp))
	if i > 0 && tl.Steps[i-1].Kind == Set {
		st.Engagement = heldEngagement // no rest between sets: keep it
	}
	st.Pose.Phase = breath.Hold
	if it.IsHold() {
		st.HoldLeft = st.Left
		st.Pose.HoldLeft = st.Left
	} else {
		st.Reps = it.Reps
		st.Rep = min(it.Reps, int(into/(time.Duration(tl.Opt.RepSeconds)*time.Second))+1)
	}
}

// The lines that say what comes next, as formats, so a screen can say them
// in another language: the next exercise with its dose; the next set of one.
const (
	NextLine    = "Next: %s, %s"
	NextSetLine = "Next: %s, set %d of %d"
	// ReadyLine names the exercise being readied, as the get-ready's
	// caption; "Next: …" there read as the exercise after it, which the
	// step's Next line names.
	ReadyLine = "Get into position: %s, %s"
	// RestOverCaption ends a rest.
	RestOverCaption = "Rest over: get into position."
)

func (tl *Timeline) nextLine(item, set int) string {
	it := tl.Items[item]
	if set <= 1 {
		return fmt.Sprintf(NextLine, it.Name, it.Dose())
	}
	return fmt.Sprintf(NextSetLine, it.Name, set, it.Sets)
}

// ReadyCaption is the get-ready's caption naming item, the exercise to get
// into position for: its line with a full stop.
func (tl *Timeline) ReadyCaption(item int) string {
	it := tl.Items[item]
	return fmt.Sprintf(ReadyLine, it.Name, it.Dose()) + "."
}

// caption is the latest cue at or before t that has words for the screen:
// rep ticks and hold ticks are shown by the counters, not as captions.
func (tl *Timeline) caption(t time.Duration) string {
	i := sort.Search(len(tl.Cues), func(i int) bool { return tl.Cues[i].At > t })
	for i--; i >= 0; i-- {
		c := tl.Cues[i]
		if c.Kind != breath.CueTick && c.Kind != breath.CueRep && c.Caption != "" {
			return c.Caption
		}
	}
	return ""
}

// easyBreath is relaxed breathing, the same at any t.
func easyBreath(t time.Duration) float64 {
	return breathMid + breathSwing*math.Sin(2*math.Pi*float64(t)/float64(breathPeriod))
}

func ease(x float64) float64 {
	x = math.Max(0, math.Min(1, x))
	return x * x * (3 - 2*x)
}
