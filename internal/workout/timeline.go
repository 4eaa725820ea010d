package workout

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

// Kind is what a step of the session is.
type Kind int

const (
	WarmUp   Kind = iota // the vacuum drill
	GetReady             // the next exercise is announced, 3-2-1
	Set                  // one set: reps at the pace, or a hold
	Rest                 // the countdown between sets
	End                  // the closing cue
	Done                 // after the session
)

var kindNames = [...]string{"warm-up", "get ready", "set", "rest", "end", "done"}

func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "unknown"
	}
	return kindNames[k]
}

// Lengths of the steps the plan does not set. Five seconds to get ready is
// enough to read the exercise's name and get into position, with the last
// three counted down; the end cue lasts as long as the drill's.
const (
	GetReadyLen = 5 * time.Second
	EndLen      = breath.EndDuration
)

// Position is where a timeline starts: the warm-up (Item -1) or a set of an
// exercise. Ready puts a get-ready step before that set.
type Position struct {
	Item  int  `json:"item"`
	Set   int  `json:"set"`
	Ready bool `json:"ready"`
}

// Start is the beginning of a session: the warm-up when there is one.
func Start(opt Options) Position {
	if opt.WarmUp {
		return Position{Item: -1}
	}
	return Position{Item: 0, Set: 1, Ready: true}
}

// Step is one part of the session on its time axis.
type Step struct {
	Kind  Kind
	Item  int // index into Items; -1 for the warm-up
	Set   int // 1-based; for a rest, the set it follows
	Start time.Duration
	Len   time.Duration
}

// End is when the step finishes.
func (s Step) End() time.Duration { return s.Start + s.Len }

// Timeline is a session laid out in time from a starting position.
type Timeline struct {
	Items  []Item
	Opt    Options
	From   Position
	WarmUp *breath.Timeline // nil unless the timeline starts with it
	Steps  []Step
	Cues   []breath.Cue
	Total  time.Duration
}

// ErrNothingLeft is returned when the position is past the last set.
var ErrNothingLeft = errors.New("nothing left to play")

// New lays the items out from the start of a session.
func New(items []Item, opt Options) (*Timeline, error) { return Build(items, opt, Start(opt)) }

// Build lays the items out from position from. Every item is validated,
// including those already done, so indices stay meaningful.
func Build(items []Item, opt Options, from Position) (*Timeline, error) {
	if err := checkBuild(items, opt, from); err != nil {
		return nil, err
	}
	tl := &Timeline{Items: items, Opt: opt, From: from}
	if from.Item == -1 {
		if err := tl.addWarmUp(); err != nil {
			return nil, err
		}
		from = Position{Item: 0, Set: 1, Ready: true}
	}
	for i := from.Item; i < len(items); i++ {
		tl.addItem(i, from)
	}
	tl.add(End, len(items)-1, 0, EndLen)
	tl.Cues = tl.buildCues()
	return tl, nil
}

// checkBuild validates the options and every item, and that from is a place
// in the plan.
func checkBuild(items []Item, opt Options, from Position) error {
	if err := opt.Validate(); err != nil {
		return err
	}
	if len(items) == 0 {
		return errors.New("the plan has no exercises")
	}
	for i, it := range items {
		if err := it.validate(i); err != nil {
			return err
		}
	}
	if from.Item >= len(items) || from.Item < -1 || (from.Item >= 0 && (from.Set < 1 || from.Set > items[from.Item].Sets)) {
		return ErrNothingLeft
	}
	return nil
}

// add appends a step of length n at the end of the timeline; a step of no
// length is left out.
func (tl *Timeline) add(k Kind, item, set int, n time.Duration) {
	if n > 0 {
		tl.Steps = append(tl.Steps, Step{Kind: k, Item: item, Set: set, Start: tl.Total, Len: n})
		tl.Total += n
	}
}

// addWarmUp lays out the stomach vacuum warm-up.
func (tl *Timeline) addWarmUp() error {
	d := breath.Vacuum(tl.Opt.WarmUpReps)
	d.Name = "Warm-up"
	d.Hold = time.Duration(tl.Opt.WarmUpHold) * time.Second
	wu, err := breath.New(d)
	if err != nil {
		return fmt.Errorf("warm-up: %w", err)
	}
	tl.WarmUp = wu
	tl.add(WarmUp, -1, 0, wu.Total)
	return nil
}

// addItem lays out item i's get-ready, sets and rests; the item from starts
// at from's set, with a get-ready only when from asks for one.
func (tl *Timeline) addItem(i int, from Position) {
	it := tl.Items[i]
	first := 1
	if i == from.Item {
		first = from.Set
	}
	if i != from.Item || from.Ready {
		tl.add(GetReady, i, first, GetReadyLen)
	}
	for s := first; s <= it.Sets; s++ {
		tl.add(Set, i, s, tl.setLen(it))
		if s < it.Sets {
			tl.add(Rest, i, s, time.Duration(it.RestSeconds)*time.Second)
		}
	}
}

func (tl *Timeline) setLen(it Item) time.Duration {
	if it.IsHold() {
		return time.Duration(it.HoldSeconds) * time.Second
	}
	return time.Duration(it.Reps*tl.Opt.RepSeconds) * time.Second
}

// StepAt is the index of the step playing at t, or len(Steps) after the end.
func (tl *Timeline) StepAt(t time.Duration) int {
	return sort.Search(len(tl.Steps), func(i int) bool { return tl.Steps[i].End() > t })
}

func (tl *Timeline) buildCues() []breath.Cue {
	var cues []breath.Cue
	for _, s := range tl.Steps {
		switch s.Kind {
		case WarmUp:
			cues = append(cues, tl.WarmUp.Cues...)
		case GetReady:
			cues = append(cues, tl.getReadyCues(s)...)
		case Set:
			cues = append(cues, tl.setCues(s)...)
		case Rest:
			cues = append(cues, voiced(s.Start, breath.CueSetEnd, breath.VoiceSetEnd))
			if s.Len >= 2*time.Second {
				cues = append(cues, plain(s.End()-time.Second, breath.CueRestEnd, RestOverCaption))
			}
		case End:
			cues = append(cues, voiced(s.Start, breath.CueEnd, breath.VoiceWorkoutEnd))
		}
	}
	sort.SliceStable(cues, func(i, j int) bool { return cues[i].At < cues[j].At })
	return cues
}

// voiced is a cue spoken from the voice line id, captioned with its words.
func voiced(at time.Duration, k breath.CueKind, id string) breath.Cue {
	return breath.Cue{At: at, Kind: k, Voice: id, Caption: breath.Line(id)}
}

// plain is a cue with a caption and no voice.
func plain(at time.Duration, k breath.CueKind, caption string) breath.Cue {
	return breath.Cue{At: at, Kind: k, Caption: caption}
}

// getReadyCues names the exercise to get into position for and counts
// down its last seconds.
func (tl *Timeline) getReadyCues(s Step) []breath.Cue {
	cues := []breath.Cue{plain(s.Start, breath.CueNext, tl.ReadyCaption(s.Item))}
	for n := 3; n >= 1; n-- {
		if at := s.End() - time.Duration(n)*time.Second; at > s.Start {
			cues = append(cues, voiced(at, breath.CueCount, strconv.Itoa(n)))
		}
	}
	return cues
}

// setCues starts a set and paces it: a tick each second of a hold, or each
// rep's re-engage reminder or tempo call.
func (tl *Timeline) setCues(s Step) []breath.Cue {
	it := tl.Items[s.Item]
	cues := []breath.Cue{voiced(s.Start, breath.CueEngage, breath.VoiceEngage)}
	if it.IsHold() {
		for k := time.Second; k < s.Len; k += time.Second {
			cues = append(cues, plain(s.Start+k, breath.CueTick, strconv.Itoa(int((s.Len-k)/time.Second))))
		}
		return cues
	}
	pace := time.Duration(tl.Opt.RepSeconds) * time.Second
	for r := 2; r <= it.Reps; r++ {
		at := s.Start + time.Duration(r-1)*pace
		if n := tl.Opt.ReengageEvery; n > 0 && (r-1)%n == 0 {
			cues = append(cues, voiced(at, breath.CueReengage, breath.VoiceReengage))
		} else if tl.Opt.Tempo {
			cues = append(cues, plain(at, breath.CueRep, fmt.Sprintf("Rep %d", r)))
		}
	}
	return cues
}
