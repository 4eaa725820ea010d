package figure

import "math"

// Kind is what a shape is drawn as.
type Kind uint8

const (
	// KindPath is a polyline through Pts; closed and filled when Closed.
	KindPath Kind = iota
	// KindCircle is a circle centred on Pts[0] with radius R.
	KindCircle
	// KindStrip is thick straight bands from Pts[2i] to Pts[2i+1], each Width
	// wide with flat ends: a filled region that moves, made of pieces every
	// renderer can move cheaply.
	KindStrip
	// KindRect is an axis-aligned box from Pts[0] to Pts[1], corners rounded by R.
	KindRect
	// KindText is one line of text anchored at Pts[0] (see Align), Size pixels high.
	KindText
)

// Align is where a text's anchor sits on its line.
type Align uint8

const (
	AlignLeft Align = iota
	AlignCentre
	AlignRight
)

// Role is what a shape is for. Renderers turn it into a colour for the
// light or dark theme (Palette), so the geometry never knows the theme.
type Role uint8

const (
	RoleNone     Role = iota // no fill or no stroke
	RoleCard                 // the panel behind a view; also erases
	RoleInk                  // body outline, titles
	RoleSkin                 // the body's fill
	RoleSkinFar              // limbs on the far side, a shade darker
	RoleBone                 // bone fill
	RoleBoneLine             // bone outline
	RoleMuscle               // transversus abdominis
	RoleFibre                // its fibres
	RoleBreath               // the diaphragm, breath arrows and the gauge level
	RoleFloor                // the pelvic floor
	RoleAccent               // L5–S1, the belly button, draw-in arrows
	RoleFascia               // thoracolumbar fascia
	RoleGhost                // where the belly was before drawing in
	RoleLabel                // label text and leader lines
	RoleGround               // the floor, mat and chair
	RoleWrong                // the mark on a fault picture
	RoleGear                 // equipment: weights, bars, a wheel, a bench
	roleCount
)

// Pt is a point in pixels from the top-left corner of the picture.
type Pt struct{ X, Y float64 }

func (p Pt) add(q Pt) Pt           { return Pt{p.X + q.X, p.Y + q.Y} }
func (p Pt) sub(q Pt) Pt           { return Pt{p.X - q.X, p.Y - q.Y} }
func (p Pt) mul(k float64) Pt      { return Pt{p.X * k, p.Y * k} }
func (p Pt) len() float64          { return math.Hypot(p.X, p.Y) }
func lerpPt(a, b Pt, t float64) Pt { return Pt{a.X + (b.X-a.X)*t, a.Y + (b.Y-a.Y)*t} }

// Shape is one drawing primitive.
type Shape struct {
	Kind   Kind
	Pts    []Pt
	Closed bool
	Fill   Role
	Stroke Role
	Width  float64 // stroke (or strip band) width in pixels
	R      float64 // circle radius; box corner radius
	Alpha  float64 // 0..1, multiplies the role's colour
	Dash   float64 // dash length in pixels for a dashed path; 0 solid
	Text   string
	Size   float64 // text height in pixels
	Align  Align
	Bold   bool
	// Live shapes move with the pose. The others depend only on the position,
	// view, size and theme, so a screen can draw them once as one image.
	Live bool
}
