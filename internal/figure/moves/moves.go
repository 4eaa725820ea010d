// Package moves poses every exercise of the library for the figure: where
// the exercise starts and where it ends (or the one pose it holds), the view
// that shows it, what the lower back does under load, and the body at any
// moment of a rep at the exercise's tempo. It is pure geometry with no Fyne:
// screens, the command line and the handout all draw its bodies with
// figure.Render, so a picture is the same wherever it is shown.
package moves

import (
	"fmt"
	"image/color"
	"math"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure"
)

// LoadKind is what the lower back does under load in an exercise.
type LoadKind int

const (
	// LoadNeutral: the lower back stays in its neutral curve (or curls only
	// a little, under control).
	LoadNeutral LoadKind = iota
	// LoadBends: the lower back bends forward, rep after rep, under load.
	LoadBends
	// LoadTwists: the trunk twists under load (with or without bending).
	LoadTwists
	// LoadArches: the lower back arches to the end of its range.
	LoadArches
)

var loadNames = [...]string{"neutral", "bends", "twists", "arches"}

func (k LoadKind) String() string {
	if k < 0 || int(k) >= len(loadNames) {
		return fmt.Sprintf("LoadKind(%d)", int(k))
	}
	return loadNames[k]
}

// MarshalText writes the load kind by name, for JSON.
func (k LoadKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Motion is one exercise's movement for the figure.
type Motion struct {
	// Start is the pose a rep starts and ends in, in the entry's Position;
	// End is the far point of the rep. A hold has Start == End.
	Start figure.Body `json:"start"`
	End   figure.Body `json:"end"`
	// View is the picture that shows the exercise best.
	View figure.View `json:"view"`
	// Hold is true for an exercise held still (a plank): one picture shows it.
	Hold bool `json:"hold"`
	// Load is what the lower back does under load, as the library's
	// attributes record it (LoadFor).
	Load LoadKind `json:"load"`
	// Note is the plain line shown with the picture.
	Note string `json:"note"`
	// Support is what the body rests on or hangs from, and Anchor the part
	// of it that stays put through a rep.
	Support figure.Support `json:"support"`
	Anchor  figure.Anchor  `json:"anchor"`
	// Other, when set, poses the other side's arm and leg, which stay put
	// while the drawn ones move (a bird dog's supporting hand and knee, a
	// dead bug's resting arm and leg, the front leg of a half-kneeling
	// stretch), so the picture draws them too.
	Other *figure.Body `json:"other,omitempty"`
	// OtherEnd, when set with Other, is where the other arm and leg are at
	// the far point of the rep: they move with the body (a side plank's
	// hip dip turns both legs and the supporting arm together).
	OtherEnd *figure.Body `json:"other_end,omitempty"`
	// Gear is the equipment the exercise is done with, drawn with the body.
	Gear figure.GearSet `json:"gear,omitempty"`
}

// For is the motion of the library entry id (an id as the library and its
// name resolution give it: "decline crunches" resolve to the crunch, whose
// motion this is). ok is false for an id with no motion.
func For(id string) (Motion, bool) {
	m, ok := motions[id]
	return m, ok
}

// At is the body at t seconds into the exercise, repeating reps of tempo:
// from Start to End over tempo.Up, held at End for tempo.Hold, back to
// Start over tempo.Down. Each move eases in and out, so the body never
// jumps between frames and turns round smoothly; a hold's pose stays still
// through its hold. A tempo with no length, or a time that is not a
// number, shows End.
func (m Motion) At(t float64, tempo exercise.Tempo) figure.Body {
	rep := tempo.Rep()
	if m.Start == m.End || rep <= 0 || math.IsNaN(t) || math.IsInf(t, 0) {
		return m.End
	}
	t = math.Mod(t, rep)
	if t < 0 {
		t += rep
	}
	var s float64
	switch {
	case t < tempo.Up:
		s = ease(t / tempo.Up)
	case t < tempo.Up+tempo.Hold:
		s = 1
	case tempo.Down > 0:
		s = 1 - ease((t-tempo.Up-tempo.Hold)/tempo.Down)
	}
	return m.lerp(s)
}

// ease is a cosine ease: still at both ends.
func ease(x float64) float64 {
	x = math.Max(0, math.Min(1, x))
	return (1 - math.Cos(math.Pi*x)) / 2
}

// Back is what the picture says about the lower back for this motion.
func (m Motion) Back() figure.Back {
	return figure.Back{AtRisk: m.Load != LoadNeutral, Twist: m.Load == LoadTwists, Note: m.Note}
}

// Options are the figure's options for body b of this motion at w × h
// pixels: the options every screen and the command line draw it with. The
// movement's span keeps the picture's scale and floor still through a rep.
func (m Motion) Options(b figure.Body, w, h float64) figure.Options {
	span := []figure.Body{m.Start, m.End}
	if m.Start != m.End {
		span = append(span, m.lerp(0.25), m.lerp(0.5), m.lerp(0.75))
	}
	o := figure.Options{Body: &b, View: m.View, Back: m.Back(), Support: m.Support, Anchor: m.Anchor, Span: span, Gear: m.Gear, W: w, H: h}
	if m.Other != nil {
		other := *m.Other
		if m.OtherEnd != nil {
			other = lerpBody(*m.Other, *m.OtherEnd, m.progress(b))
		}
		o.Other = &other
	}
	return o
}

// progress is how far body b is from Start toward End, 0 to 1: b's
// projection on the line between them (a body At gives lies on it).
func (m Motion) progress(b figure.Body) float64 {
	var num, den float64
	for j := range b {
		d := m.End[j] - m.Start[j]
		num += (b[j] - m.Start[j]) * d
		den += d * d
	}
	if den == 0 {
		return 0
	}
	return math.Max(0, math.Min(1, num/den))
}

func (m Motion) lerp(s float64) figure.Body { return lerpBody(m.Start, m.End, s) }

func lerpBody(a, z figure.Body, s float64) figure.Body {
	var b figure.Body
	for j := range b {
		b[j] = a[j] + (z[j]-a[j])*s
	}
	return b
}

// OptionsAt are the figure's options for exercise e at t seconds into its
// reps (at the entry's tempo), w × h pixels: one call for a screen's frame.
func OptionsAt(e exercise.Exercise, t, w, h float64) figure.Options {
	m := ForExercise(e)
	return m.Options(m.At(t, TempoOf(e)), w, h)
}

// DefaultTempo is a rep for an entry that gives none (a clinic's own
// exercise): up and down in two seconds each, a second's pause between.
var DefaultTempo = exercise.Tempo{Up: 2, Hold: 1, Down: 2}

// TempoOf is the entry's tempo, or DefaultTempo when it gives none, so that
// the screens, the command line and the handout move a clinic's own entry
// alike.
func TempoOf(e exercise.Exercise) exercise.Tempo {
	if e.Tempo == nil || e.Tempo.Rep() <= 0 {
		return DefaultTempo
	}
	return *e.Tempo
}

// Scene is the picture of library entry id at t seconds, w × h pixels, at
// the library's tempo for it; ok is false for an id with no motion.
func Scene(id string, t, w, h float64) (figure.Scene, bool) {
	m, ok := For(id)
	if !ok {
		return figure.Scene{}, false
	}
	var tempo exercise.Tempo
	if lib, err := exercise.Builtin(); err == nil {
		if e, ok := lib.Get(id); ok {
			tempo = TempoOf(e)
		}
	}
	return figure.Render(m.Options(m.At(t, tempo), w, h)), true
}

// Palette is the figure's palette for a background colour, so a caller of
// Scene needs no other import to paint it.
func Palette(bg color.Color) *figure.Palette { return figure.For(bg) }

// ForExercise is e's motion: its own, else the motion of the entry it is a
// variant of, else (an exercise a clinic added) its starting position held
// still, with the load its attributes give.
func ForExercise(e exercise.Exercise) Motion {
	if m, ok := For(e.ID); ok {
		return m
	}
	if e.VariantOf != nil {
		if m, ok := For(e.VariantOf.Exercise); ok {
			return m
		}
	}
	b := rest(e.Position)
	m := Motion{Start: b, End: b, View: figure.ViewSide, Hold: true, Load: LoadFor(e.Attributes), Support: restSupport(e.Position)}
	m.Note = noteFor(m.Load, e.Attributes)
	return m
}

// LoadFor is what the library's attributes say the lower back does under
// load: twisting under load (rotation "loaded" or "loaded_with_flexion"),
// bending rep after rep ("repeated_endrange" flexion) or arching to the end
// of range ("end_range" extension) are the facts the risk rules raise the
// level for (docs/risk-rules.md B1, B7–B9); anything else keeps the back
// neutral or curls it only a little, under control.
func LoadFor(a exercise.Attributes) LoadKind {
	switch {
	case a.Rotation == exercise.RotationLoaded || a.Rotation == exercise.RotationWithFlexion:
		return LoadTwists
	case a.LumbarFlexion == exercise.FlexionRepeated:
		return LoadBends
	case a.LumbarExtension == exercise.ExtensionEndRange:
		return LoadArches
	}
	return LoadNeutral
}

// Alternative is the first of an exercise's safer alternatives that has a
// motion, to pose beside it; ok is false when none has.
func Alternative(e exercise.Exercise) (id string, m Motion, ok bool) {
	for _, a := range e.Alternatives {
		if m, ok := For(a); ok {
			return a, m, true
		}
	}
	return "", Motion{}, false
}

// Still is one picture of an exercise for print: the moment of the rep it
// shows and what to call it.
type Still struct {
	At   float64 // seconds into the reps
	Name string  // "start", "end" or "hold"
}

// Stills are the pictures that show exercise e: its start and its end, or
// for a hold the one pose it holds.
func Stills(e exercise.Exercise) []Still {
	m, tp := ForExercise(e), TempoOf(e)
	end := tp.Up + tp.Hold/2
	if m.Hold || m.Start == m.End {
		return []Still{{end, "hold"}}
	}
	return []Still{{0, "start"}, {end, "end"}}
}
