package workout

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/ui/diagram"
	engine "github.com/corecue/corecue/internal/workout"
)

// reminderLen is how long the corset picture stays up for the "engage"
// call at the start of a set and each "engage again" after it: about as
// long as the call is spoken.
const reminderLen = 3 * time.Second

// Moment is what the session's picture shows at one state: the corset
// figure for the vacuum warm-up, otherwise the exercise playing, at its
// place in the rep, with the corset beside it while the call to engage is
// up. Like the state it comes from, it is a pure function of session time.
type Moment struct {
	Corset   bool // the warm-up (or an exercise with no picture): the corset figure alone
	Reminder bool // the corset figure small beside the exercise: "engage", "engage again"
	Motion   moves.Motion
	// Body is the exercise's body now: moving through the rep in step with
	// the rep tick at the exercise's tempo, held at its end in a hold, at its
	// start while getting ready and resting.
	Body figure.Body
	// T and Tempo are the moment in the exercise's own time that Body is
	// for (moves.Motion.At), so a reduced-motion picture can pick its still.
	T     float64
	Tempo exercise.Tempo
}

// MomentOf is the picture for state st of timeline tl.
func MomentOf(tl *engine.Timeline, st engine.State, lib *exercise.Library) Moment {
	if st.Kind == engine.WarmUp || st.Item < 0 || st.Item >= len(tl.Items) {
		return Moment{Corset: true}
	}
	it := tl.Items[st.Item]
	m, ok := moves.For(it.ExerciseID)
	if !ok {
		return Moment{Corset: true}
	}
	mo := Moment{Motion: m, Body: m.Start}
	if st.Kind != engine.Set {
		return mo
	}
	into := st.T - tl.Steps[st.Step].Start
	if it.IsHold() {
		mo.Body = m.End
		mo.Reminder = into < reminderLen
		return mo
	}
	pace := time.Duration(tl.Opt.RepSeconds) * time.Second
	rep := min(max(st.Rep, 1), it.Reps)
	inRep := into - time.Duration(rep-1)*pace
	// The first rep opens with "engage", every ReengageEvery-th after it
	// with "engage again" (the timeline's cues).
	call := rep == 1 || (tl.Opt.ReengageEvery > 0 && (rep-1)%tl.Opt.ReengageEvery == 0)
	mo.Reminder = call && inRep < min(reminderLen, pace)
	mo.Tempo = repTempo(lib, it.ExerciseID, pace)
	mo.T = inRep.Seconds()
	mo.Body = m.At(mo.T, mo.Tempo)
	return mo
}

// repTempo is the exercise's tempo stretched or squeezed to fill one rep of
// the person's pace, so each rep starts on the tick and the way up, the
// pause and the way down keep their proportions.
func repTempo(lib *exercise.Library, id string, pace time.Duration) exercise.Tempo {
	t := diagram.TempoOf(lib, id)
	k := pace.Seconds() / t.Rep()
	return exercise.Tempo{Up: t.Up * k, Hold: t.Hold * k, Down: t.Down * k}
}

// figureArea lays out the session's picture: the exercise filling it, and
// the corset either filling it (the warm-up) or small in its top corner
// (the call to engage); whichever is hidden takes no room.
type figureArea struct{}

func (figureArea) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	move, corset := objs[0], objs[1]
	move.Move(fyne.NewPos(0, 0))
	move.Resize(size)
	if move.Visible() {
		// Below the exercise picture's line of words at its top.
		top := float32(2.2 * figure.LabelSize(float64(size.Width), float64(size.Height)))
		corset.Move(fyne.NewPos(0, top))
		corset.Resize(fyne.NewSize(size.Width*0.5, min(size.Height*0.5, size.Height-top)))
		return
	}
	corset.Move(fyne.NewPos(0, 0))
	corset.Resize(size)
}

func (figureArea) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[1].MinSize().Max(objs[0].MinSize())
}

// onCard lays the corset figure on its card, inset by the theme's padding,
// or, with the card hidden (the warm-up), over all the room. It asks for
// the figure's own smallest size: the card adds nothing to the window's.
type onCard struct{}

func (onCard) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	card, fig := objs[0], objs[1]
	card.Move(fyne.NewPos(0, 0))
	card.Resize(size)
	if !card.Visible() {
		fig.Move(fyne.NewPos(0, 0))
		fig.Resize(size)
		return
	}
	p := theme.Padding()
	fig.Move(fyne.NewPos(p, p))
	fig.Resize(size.SubtractWidthHeight(2*p, 2*p))
}

func (onCard) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[1].MinSize() }
