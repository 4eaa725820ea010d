package figure

import (
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/corecue/corecue/internal/breath"
)

// View is which picture of the body is drawn.
type View int

const (
	// ViewAll is the side view large with the front view and the waist's
	// cross-section beside it: what the practice screen shows.
	ViewAll View = iota
	ViewSide
	ViewFront
	ViewSection
)

var viewNames = [...]string{"all", "side", "front", "section"}

func (v View) String() string {
	if v < 0 || int(v) >= len(viewNames) {
		return fmt.Sprintf("View(%d)", int(v))
	}
	return viewNames[v]
}

// ParseView reads a view name as String spells it.
func ParseView(s string) (View, error) {
	for i, n := range viewNames {
		if strings.EqualFold(strings.TrimSpace(s), n) {
			return View(i), nil
		}
	}
	return 0, fmt.Errorf("unknown view %q: use all, side, front or section", s)
}

// Options are everything a picture depends on.
type Options struct {
	Position breath.Position
	Pose     breath.Pose
	View     View
	// Fault draws the side view with one common fault, on the same body
	// (FaultPoses gives the moment to show it at); FaultNone draws it right.
	Fault breath.Fault
	W, H  float64 // pixels
	// LabelPx is the label text height; zero picks it from the size, never
	// under MinLabelPx.
	LabelPx float64

	// Body, when set, is an exercise picture: the side view posed with this
	// body instead of Posture(Position), its lower back bent by the Lumbar
	// angle, with no breath gauge and none of the drill's labels; or, with
	// View ViewFront, the body seen from the front, turned by the Trunk
	// angle (a side plank: the body on its side). Any other View draws the
	// side view (the cross-section is the drill's). Nil draws the drill
	// exactly as before.
	Body *Body
	// Back is what an exercise picture says about the lower back (read only
	// with Body): whether L1–L5 and L5–S1 are marked at risk, and the plain
	// line that says why or that the back stays neutral.
	Back Back
	// Support is what the posed body rests on or hangs from, and Anchor the
	// part of it that stays put through a movement (read only with Body).
	Support Support
	Anchor  Anchor
	// Span are the bodies of the movement Body is a moment of: the picture
	// keeps room for all of them, so its scale and floor stay put through a
	// rep.
	Span []Body
	// Other, when set, poses the other side's arm and leg by its shoulder,
	// elbow, hip, knee and ankle angles (a bird dog's supporting hand and
	// knee), drawn faint behind the body; nil draws only Body's.
	Other *Body
	// Gear is the equipment drawn with an exercise's body (read only with
	// Body): what the hands hold moves with them.
	Gear GearSet

	// Words translates the picture's own words from English: the labels on
	// the body, the views' titles, the breath gauge and Back.Note. The
	// figure imports no catalogue; a screen or the command line passes the
	// lookup of the language it shows (internal/i18n's L or In), as the
	// practice screen passes the stage its translated captions. Nil draws
	// English.
	Words func(english string) string
	// Plural is the counted form of other ("%d reps") for n, filled in, in
	// the picture's language (internal/i18n's N); nil counts in English.
	Plural func(other string, n int) string
}

// Word is english in the picture's language, for what is drawn around the
// figure (the stage's title and caption).
func (o Options) Word(english string) string { return o.word(english) }

// word is english in the picture's language.
func (o Options) word(english string) string {
	if o.Words == nil {
		return english
	}
	return o.Words(english)
}

// Texts are every English word the figure draws itself (Back.Note comes
// from the caller), for the catalogue's check that each has a translation.
func Texts() []string {
	return []string{
		"Side", "Front", secTitle, sectionTitle, "Breath", "in", "out", "breath held", "keep breathing",
		"ribs", "diaphragm", "transversus abdominis", "waist", "pelvic floor", "spine", "thoracolumbar fascia",
		"belly button (front)", "lumbar spine L1–L5", "L5–S1", "transversus abdominis (deep corset)", "belly button",
		"breath held: the throat shut", "lower back flattened, pelvis tucked", "belly pushed out, upper belly gripped",
		"ribs lifted and flared",
	}
}

// translate puts a draft's labels into the picture's language before they
// are measured, so a longer word gets the room it needs.
func (o Options) translate(d *draft) {
	if o.Words == nil {
		return
	}
	for i := range d.labels {
		d.labels[i].text = o.Words(d.labels[i].text)
	}
}

// Anchor is the part of a moving body that stays in one place on the
// picture: the hips (a crunch), the hands (a plank on its forearms, a bar),
// the feet (a squat) or the knees (a rollout).
type Anchor int

const (
	AnchorHip Anchor = iota
	AnchorHands
	AnchorFeet
	AnchorKnees
)

var anchorNames = [...]string{"hip", "hands", "feet", "knees"}

func (a Anchor) String() string {
	if a < 0 || int(a) >= len(anchorNames) {
		return fmt.Sprintf("Anchor(%d)", int(a))
	}
	return anchorNames[a]
}

// MarshalText writes the anchor by name, for JSON.
func (a Anchor) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// Back is what an exercise picture says about the lower back.
type Back struct {
	// AtRisk marks the lumbar vertebrae and the L5–S1 disc in the warning
	// colour: the lower back bends, twists or arches under load.
	AtRisk bool
	// Twist adds a turning arrow round the lumbar spine: a twist does not
	// show from the side.
	Twist bool
	// Note is one plain line shown above the picture, such as "lower back
	// bends under load" or "back stays neutral", with the lumbar spine and
	// L5–S1 labelled; empty shows neither (a thumbnail).
	Note string
}

// Support is what an exercise picture's body rests on.
type Support int

const (
	// SupportFloor is a mat under the lowest part of the body.
	SupportFloor Support = iota
	// SupportBar is a bar the hands hang from, with no floor.
	SupportBar
	// SupportSeat is a bench or seat under the buttock, the floor under the feet.
	SupportSeat
	// SupportBench is a bench behind the shoulder blades, where the
	// movement starts them (a hip thrust), the floor under the feet.
	SupportBench
	// SupportBall is an exercise ball under the feet, on the floor the hands
	// rest on.
	SupportBall
)

var supportNames = [...]string{"floor", "bar", "seat", "bench", "ball"}

func (s Support) String() string {
	if s < 0 || int(s) >= len(supportNames) {
		return fmt.Sprintf("Support(%d)", int(s))
	}
	return supportNames[s]
}

// MarshalText writes the support by name, for JSON.
func (s Support) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// MarshalText writes the view by name, for JSON.
func (v View) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// MinLabelPx is the smallest label text drawn.
const MinLabelPx = 14

// LabelSize is the label height for a picture of w × h pixels: it grows
// with the picture, never under MinLabelPx.
func LabelSize(w, h float64) float64 {
	return math.Max(MinLabelPx, math.Min(0.036*h, 0.02*w))
}

// PrintLabelSize is the label height for a picture printed w × h pixels:
// about a twentieth of its height, which at the handout's 8.8 cm width is
// 8-point type.
func PrintLabelSize(w, h int) float64 {
	return max(MinLabelPx, min(float64(h)/20, float64(w)/28))
}

// Scene is the picture: shapes in drawing order, and what they show.
type Scene struct {
	Shapes  []Shape
	Measure Measure
	// Panels are the views drawn and where each body came out, in pixels,
	// so a screen (and its tests) can tell how large each view is.
	Panels []Panel
}

// Panel is one view in a picture: the box its body takes (labels and
// title around it) and its scale, pixels per centimetre of body.
type Panel struct {
	View  View
	Body  Rect
	Scale float64
}

// Rect is a box in pixels.
type Rect struct{ X, Y, W, H float64 }

// Measure reads the moving anatomy back off a scene, in centimetres of body
// (or degrees) so tests can pin the motion independently of the size.
type Measure struct {
	NavelBack  float64 // how far the belly button has moved toward the spine
	NavelLift  float64 // and up
	TrunkDepth float64 // front to back at the belly button, relaxed
	Lordosis   float64 // the lumbar curve, degrees from S1 to L1
	DomeTop    float64 // the diaphragm's height in the trunk
	PelvicLift float64 // how far the pelvic floor has risen
	Waist      float64 // width of the waist, front view
	Ribs       float64 // width across the lower ribs, front view
	RingWidth  float64 // the cross-section's width
	RingDepth  float64 // and depth
	GaugeLevel float64 // the breath gauge's level, 0 empty to 1 full
}

// Render computes the picture for o. It is a pure function of o; every pose
// of one position, view and size gives the same shapes in the same order
// (only their places and opacity change), so a renderer can build its
// objects once.
func Render(o Options) Scene {
	p := o.Pose
	e, br := clamp01(p.Engagement), clamp01(p.Breath)
	arrows, breathArrows := arrowAlpha(p, e)
	lpx := o.LabelPx
	if lpx <= 0 {
		lpx = LabelSize(o.W, o.H)
	}
	if o.Body != nil {
		// An exercise: the side view alone, no breath gauge.
		return Scene{Shapes: exercise(o, e, lpx), Measure: Measure{Lordosis: LumbarLordosis()}}
	}
	body := Posture(o.Position)

	lk := look{fault: o.Fault, hands: p.SelfCheck && HandsAtWaist(o.Position)}
	sd, sm := sideView(body, newFrame(body[Trunk]), nil, e, br, arrows, lk)
	fd, fm := frontView(e, br, arrows, breathArrows, lk.hands)
	xd, xm := sectionView(e, arrows)
	for _, d := range []*draft{sd, fd, xd} {
		o.translate(d)
	}

	var out []Shape
	var panels []Panel
	g := newGaugeWords(o)
	// Room for "breathing" at full label size, or the language's longest
	// gauge word.
	gw := math.Max(0.07*o.W, math.Max(5.6*lpx, g.widest(lpx)+0.5*lpx))
	area := box{0, 0, o.W - gw, o.H}
	out = gauge(out, box{o.W - gw, 0, gw, o.H}, br, p.Phase, lpx, o.Fault == breath.FaultBreathHold, g)
	switch o.View {
	case ViewSide:
		out, panels = place(out, panels, ViewSide, sd, area, lpx, "")
	case ViewFront:
		out, panels = place(out, panels, ViewFront, fd, area, lpx, "")
	case ViewSection:
		out, panels = place(out, panels, ViewSection, xd, area, lpx, o.word(sectionTitle))
	default:
		out, panels = all(out, area, lpx, sd, fd, xd, o.titles())
	}
	m := Measure{
		NavelBack:  frontRelaxed(navelV) - sm.navelU - 0.35,
		NavelLift:  sm.navelV - navelV,
		TrunkDepth: sm.depth,
		Lordosis:   sm.lordosis,
		DomeTop:    sm.domeTop,
		PelvicLift: sm.floorV - floorV(0),
		Waist:      fm.waist,
		Ribs:       fm.ribs,
		RingWidth:  xm.width,
		RingDepth:  xm.depth,
		GaugeLevel: br,
	}
	return Scene{Shapes: out, Measure: m, Panels: panels}
}

// place fits one view into b and notes where its body went.
func place(out []Shape, panels []Panel, v View, d *draft, b box, lpx float64, title string) ([]Shape, []Panel) {
	out, tf, s := d.fit(out, b, lpx, title)
	lo, hi := d.bounds()
	a, z := tf(lo), tf(hi)
	return out, append(panels, Panel{View: v, Body: Rect{a.X, a.Y, z.X - a.X, z.Y - a.Y}, Scale: s})
}

// all lays the three views out: the side view takes most of the room; the
// front view and cross-section share the rest, beside it, under it or all
// three in a row, whichever leaves the side view large and the other two
// readable. When the room is too small for all three with their labels (a
// small laptop's practice screen), the side view alone fills it, with its
// labels while the body stays large enough to read and without them below
// that.
func all(out []Shape, a box, lpx float64, sd, fd, xd *draft, t titles) ([]Shape, []Panel) {
	var best arrangement
	ok := a.H >= 22*lpx // a short strip: the side view alone, however wide
	if ok {
		best, ok = bestArrangement(a, lpx, sd, fd, xd, t)
	}
	if !ok {
		if sd.bodyHeight(a, lpx, "") < 0.4*a.H {
			sd.labels = nil
		}
		return place(out, nil, ViewSide, sd, a, lpx, "")
	}
	var panels []Panel
	out, panels = place(out, panels, ViewSide, sd, best.side, lpx, t[0])
	fd.most = panels[0].Scale // the same body never larger in the front view
	out, panels = place(out, panels, ViewFront, fd, best.front, lpx, t[1])
	out, panels = place(out, panels, ViewSection, xd, best.section, lpx, t[2])
	return out, panels
}

const (
	secTitle     = "Waist, from below"
	sectionTitle = "Waist at the belly button, from below"
)

// titles are the three views' titles, side, front and section, in the
// picture's language.
type titles [3]string

func (o Options) titles() titles {
	return titles{o.word("Side"), o.word("Front"), o.word(secTitle)}
}

// arranged remembers the arrangement chosen for a room and three views:
// it depends only on what never moves with the pose, and trying them all
// costs as much as the rest of a frame.
var arranged = struct {
	sync.Mutex
	m map[arrangeKey]arrangement
}{m: map[arrangeKey]arrangement{}}

type arrangeKey struct {
	a      box
	lpx    float64
	bounds [6]Pt
	labels [3]int
	// chars is each view's label and title text length: another language's
	// words need other room.
	chars [3]int
}

func bestArrangement(a box, lpx float64, sd, fd, xd *draft, t titles) (arrangement, bool) {
	k := arrangeKey{a: a, lpx: lpx, labels: [3]int{len(sd.labels), len(fd.labels), len(xd.labels)}}
	for i, d := range []*draft{sd, fd, xd} {
		k.bounds[2*i], k.bounds[2*i+1] = d.bounds()
		k.chars[i] = len(t[i])
		for _, l := range d.labels {
			k.chars[i] += len(l.text)
		}
	}
	arranged.Lock()
	defer arranged.Unlock()
	if c, ok := arranged.m[k]; ok {
		return c, c != arrangement{}
	}
	best := pick(arrangements(a), lpx, sd, fd, xd, t)
	if len(arranged.m) > 256 { // a window being resized: keep the memory small
		clear(arranged.m)
	}
	arranged.m[k] = best
	return best, best != arrangement{}
}

// arrangement is where each of the three views goes.
type arrangement struct{ side, front, section box }

// arrangements are the ways of sharing a among the views: the side view
// on top with the others under it, on the left with the others stacked
// beside it, or all three in a row, each at a few proportions.
func arrangements(a box) []arrangement {
	var cs []arrangement
	for _, f := range []float64{0.55, 0.62, 0.7} {
		h := a.H * f
		cs = append(cs, arrangement{box{a.X, a.Y, a.W, h}, box{a.X, a.Y + h, a.W / 2, a.H - h}, box{a.X + a.W/2, a.Y + h, a.W / 2, a.H - h}})
		w := a.W * f
		cs = append(cs, arrangement{box{a.X, a.Y, w, a.H}, box{a.X + w, a.Y, a.W - w, a.H * 0.55}, box{a.X + w, a.Y + a.H*0.55, a.W - w, a.H * 0.45}})
	}
	for _, f := range []float64{0.4, 0.48, 0.56} {
		w := a.W * f
		for _, g := range []float64{0.4, 0.5, 0.6} {
			fw := (a.W - w) * g
			cs = append(cs, arrangement{box{a.X, a.Y, w, a.H}, box{a.X + w, a.Y, fw, a.H}, box{a.X + w + fw, a.Y, a.W - w - fw, a.H}})
		}
	}
	return cs
}

// pick chooses among arrangements the one whose side view is largest,
// and of those within 1 % of it the one whose smaller other view is
// largest (picking by a sum of the two let the side view shrink as the
// room grew, when another arrangement gave the others more). It is the
// zero arrangement when none shows all three views readably.
func pick(cs []arrangement, lpx float64, sd, fd, xd *draft, t titles) arrangement {
	type rated struct {
		c          arrangement
		side, rest float64
	}
	var ok []rated
	top := 0.0
	for _, c := range cs {
		if s, r, fine := c.scales(lpx, sd, fd, xd, t); fine {
			ok = append(ok, rated{c, s, r})
			top = math.Max(top, s)
		}
	}
	best, rest := arrangement{}, -1.0
	for _, r := range ok {
		if r.side >= 0.99*top && r.rest > rest {
			best, rest = r.c, r.rest
		}
	}
	return best
}

// scales are the side view's scale in an arrangement and the smaller of
// the other two's, and whether every view can be read in it: each body at
// least minViewLabels labels across its longer side (the side view's
// minSideLabels) and each title within its panel. The front view is drawn
// no larger than the side view (all caps it): refusing an arrangement
// where it would come out larger dropped the three views of a standing
// body at 1840x364 that 1830x364 showed. Each view only grows with the room
// at one label size, so once an arrangement is readable a larger room
// keeps it readable: the views never come and go as a window grows.
func (c arrangement) scales(lpx float64, sd, fd, xd *draft, t titles) (side, rest float64, ok bool) {
	ds := [3]*draft{sd, fd, xd}
	bs := [3]box{c.side, c.front, c.section}
	var sc [3]float64
	for i, d := range ds {
		if textWidth(t[i], 1.1*lpx) > bs[i].W {
			return 0, 0, false // the title would run into the next panel's
		}
		sc[i] = d.choose(bs[i], lpx, titleRoom(t[i], lpx)).s
		lo, hi := d.bounds()
		least := minViewLabels
		if i == 0 {
			least = minSideLabels
		}
		if sc[i]*math.Max(hi.X-lo.X, hi.Y-lo.Y) < least*lpx {
			return 0, 0, false
		}
	}
	sc[1] = math.Min(sc[1], sc[0]) // as all draws it
	return sc[0], math.Min(sc[1], sc[2]), true
}

// minSideLabels is the smallest the side view's body is drawn beside the
// other two, in label heights across its longer side: smaller, the side
// view alone teaches more than three small pictures.
const minSideLabels = 15.0

// minViewLabels is the smallest a view's body is drawn beside the others,
// in label heights across its longer side.
const minViewLabels = 8.0

// arrowAlpha shows the draw-in arrows while the belly button is being drawn
// in, fading over the first half of the hold (by then the cue is to keep it,
// not pull harder), and the breath arrows at the ribs while breathing in.
func arrowAlpha(p breath.Pose, e float64) (draw, breathe float64) {
	switch p.Phase {
	case breath.Inhale:
		return clamp01(e * 6), clamp01(p.Progress*5) * clamp01((1-p.Progress)*5)
	case breath.Hold:
		return 1 - smoothstep(p.Progress*2), 0
	}
	return 0, 0
}

// gauge is the breath level: a tall track filling from the bottom, with the
// small breaths of the hold named while they happen.
// Its track is never wider than a third of its height: in a short figure
// (the kiosk's attract loop at 1024x600) it became a flat pill.
func gauge(out []Shape, b box, br float64, ph breath.Phase, lpx float64, held bool, g gaugeWords) []Shape {
	top, bot := b.Y+3.2*lpx, b.Y+b.H-4.6*lpx
	tw := min(b.W*0.36, 2.6*lpx, (bot-top)/gaugeAspect)
	x0 := b.X + (b.W-tw)/2
	pad := tw * 0.14
	inner := bot - top - 2*pad
	level := bot - pad - inner*br
	out = append(out,
		Shape{Kind: KindText, Pts: []Pt{{b.X + b.W/2, b.Y + 0.2*lpx}}, Text: g.title, Size: lpx * 1.1, Align: AlignCentre, Bold: true, Fill: RoleInk, Alpha: 1},
		Shape{Kind: KindText, Pts: []Pt{{b.X + b.W/2, top - 1.5*lpx}}, Text: g.in, Size: lpx, Align: AlignCentre, Fill: RoleLabel, Alpha: 1},
		Shape{Kind: KindText, Pts: []Pt{{b.X + b.W/2, bot + 0.4*lpx}}, Text: g.out, Size: lpx, Align: AlignCentre, Fill: RoleLabel, Alpha: 1},
		Shape{Kind: KindRect, Pts: []Pt{{x0, top}, {x0 + tw, bot}}, R: tw / 2, Fill: RoleCard, Stroke: RoleInk, Width: math.Max(1.5, lpx*0.14), Alpha: 1},
	)
	for _, f := range []float64{0.25, 0.5, 0.75} {
		y := bot - pad - inner*f
		out = append(out, Shape{Kind: KindPath, Pts: []Pt{{x0 - 0.7*lpx, y}, {x0 - 0.15*lpx, y}}, Stroke: RoleInk, Width: math.Max(1, lpx*0.1), Alpha: 1})
	}
	out = append(out, Shape{Kind: KindRect, Pts: []Pt{{x0 + pad, level}, {x0 + tw - pad, bot - pad}}, R: (tw - 2*pad) / 2,
		Fill: RoleBreath, Alpha: 1, Live: true})
	note, role := [2]string{}, RoleBreath
	switch {
	case held:
		note, role = g.held, RoleWrong
	case ph == breath.Hold:
		note = g.keep
	}
	for i, t := range note {
		out = append(out, Shape{Kind: KindText, Pts: []Pt{{b.X + b.W/2, bot + (1.8+1.1*float64(i))*lpx}}, Text: t, Size: lpx,
			Align: AlignCentre, Bold: true, Fill: role, Alpha: 1, Live: true})
	}
	return out
}

// gaugeAspect is the breath gauge track's least height for its width.
const gaugeAspect = 3

// GaugeMinHeight is the least height a drill's figure needs at label size
// lpx for the breath gauge's words and a track at least four labels tall.
func GaugeMinHeight(lpx float64) float64 { return (3.2 + 4.6 + 4) * lpx }

// exercise lays an exercise picture out: its note across the top, in the
// warning colour when the back is at risk, and the posed body under it.
func exercise(o Options, e, lpx float64) []Shape {
	var d *draft
	if o.View == ViewFront {
		d = exerciseFront(o, e)
	} else {
		d = exerciseView(o, e)
	}
	o.translate(d)
	var out []Shape
	top := 0.0
	if n := strings.TrimSpace(o.word(o.Back.Note)); n != "" {
		size := lpx * 1.1
		lines := wrap(n, size, o.W*0.95)
		role := RoleInk
		if o.Back.AtRisk {
			role = RoleWrong
		}
		for i, l := range lines {
			out = append(out, Shape{Kind: KindText, Pts: []Pt{{o.W / 2, 0.2*lpx + float64(i)*1.3*size}}, Text: l, Size: size,
				Align: AlignCentre, Bold: true, Fill: role, Alpha: 1})
		}
		top = float64(len(lines))*1.3*size + 0.4*lpx
	}
	n := len(out)
	out, _, _ = d.fit(out, box{0, top, o.W, o.H - top}, lpx, "")
	// The picture is centred in the room under the note; in a tall column
	// that left the note alone at the top, far above it. The note moves
	// down to sit on the picture's top: the room kept for the whole
	// movement, so it does not move during a rep.
	if n > 0 {
		first := math.Inf(1)
		for _, sh := range out[n:] {
			for _, p := range sh.Pts {
				first = math.Min(first, p.Y-sh.R)
			}
		}
		if dy := first - top; dy > 0 && !math.IsInf(first, 1) {
			for i := range out[:n] {
				out[i].Pts = []Pt{{out[i].Pts[0].X, out[i].Pts[0].Y + dy}}
			}
		}
	}
	// Every part of the body moves with an exercise, its labels' leaders too.
	for i := n; i < len(out); i++ {
		if out[i].Kind != KindText {
			out[i].Live = true
		}
	}
	return out
}

// gaugeWords are the breath gauge's words in the picture's language; a
// note ("keep breathing") is shown on two lines, split at the space
// nearest its middle.
type gaugeWords struct {
	title, in, out string
	held, keep     [2]string
}

func newGaugeWords(o Options) gaugeWords {
	return gaugeWords{title: o.word("Breath"), in: o.word("in"), out: o.word("out"),
		held: twoLines(o.word("breath held")), keep: twoLines(o.word("keep breathing"))}
}

// widest is the width of the gauge's longest line at label size lpx.
func (g gaugeWords) widest(lpx float64) float64 {
	w := textWidth(g.title, lpx*1.1)
	for _, s := range []string{g.in, g.out, g.held[0], g.held[1], g.keep[0], g.keep[1]} {
		w = math.Max(w, textWidth(s, lpx))
	}
	return w
}

// twoLines splits s at the space nearest its middle.
func twoLines(s string) [2]string {
	best := -1
	for i, r := range s {
		if r == ' ' && (best < 0 || abs(i-len(s)/2) < abs(best-len(s)/2)) {
			best = i
		}
	}
	if best < 0 {
		return [2]string{s, ""}
	}
	return [2]string{s[:best], s[best+1:]}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
