package figure

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// draft collects one view's shapes in model units (centimetres of body, y
// down) and its labels, before it is fitted into its panel in pixels.
type draft struct {
	shapes []Shape
	labels []label
	// The bounds of the still shapes, kept once worked out: fitting a draft
	// asks for them several times, and they cost a pass over every point.
	lo, hi  Pt
	bounded bool
	// most, when set, is the largest scale fit draws the draft at.
	most float64
}

// label names a part: its text goes beside the body on side, with a leader
// line to the part. at places the text and never moves; tip is where the
// leader ends, which may move with the pose (then the leader is live).
type label struct {
	text    string
	at, tip Pt
	side    side
	live    bool
	wrong   bool     // names what a fault picture gets wrong, in the warning colour
	lines   []string // the text as laid out
}

type side uint8

const (
	sideTop side = iota
	sideBottom
	sideLeft
	sideRight
)

func (d *draft) add(sh Shape) {
	d.shapes = append(d.shapes, sh)
	if !sh.Live {
		d.bounded = false
	}
}

func (d *draft) path(pts []Pt, closed bool, fill, stroke Role, width, alpha float64, live bool) {
	d.add(Shape{Kind: KindPath, Pts: pts, Closed: closed, Fill: fill, Stroke: stroke, Width: width, Alpha: alpha, Live: live})
}

func (d *draft) line(a, b Pt, role Role, width, alpha float64, live bool) {
	d.path([]Pt{a, b}, false, RoleNone, role, width, alpha, live)
}

func (d *draft) circle(c Pt, r float64, fill, stroke Role, width, alpha float64, live bool) {
	d.add(Shape{Kind: KindCircle, Pts: []Pt{c}, R: r, Fill: fill, Stroke: stroke, Width: width, Alpha: alpha, Live: live})
}

// strip fills between pairs of points with bands width thick.
func (d *draft) strip(pairs []Pt, role Role, width, alpha float64, live bool) {
	d.add(Shape{Kind: KindStrip, Pts: pairs, Fill: role, Width: width, Alpha: alpha, Live: live})
}

// arrow is a shaft from a to b with an open head at b, live.
func (d *draft) arrow(a, b Pt, role Role, width, alpha float64) {
	d.arrowOf(a, b, role, width, alpha, true)
}

func (d *draft) arrowOf(a, b Pt, role Role, width, alpha float64, live bool) {
	dir := b.sub(a)
	l := dir.len()
	if l == 0 {
		return
	}
	dir = dir.mul(1 / l)
	n := Pt{-dir.Y, dir.X}
	h := width * 2.6
	d.line(a, b, role, width, alpha, live)
	d.path([]Pt{b.sub(dir.mul(h)).add(n.mul(h * 0.8)), b, b.sub(dir.mul(h)).sub(n.mul(h * 0.8))}, false, RoleNone, role, width, alpha, live)
}

// reserve keeps room for something live that reaches p at its furthest, so
// the fit (made from still shapes only) never changes with the pose.
func (d *draft) reserve(ps ...Pt) {
	for _, p := range ps {
		d.add(Shape{Kind: KindCircle, Pts: []Pt{p}})
	}
}

func (d *draft) label(text string, at Pt, s side) {
	d.labels = append(d.labels, label{text: text, at: at, tip: at, side: s})
}

// liveLabel names a part that moves: the text stays where at puts it, the
// leader follows tip.
func (d *draft) liveLabel(text string, at, tip Pt, s side) {
	d.labels = append(d.labels, label{text: text, at: at, tip: tip, side: s, live: true})
}

// box is an area of the picture in pixels.
type box struct{ X, Y, W, H float64 }

// textWidth estimates a label's width: a little wider than the Go and Noto
// sans fonts' average letter, so a label is never cut at the edge.
func textWidth(s string, px float64) float64 { return float64(utf8.RuneCountInString(s)) * 0.56 * px }

// bounds is the extent of every still shape's points.
func (d *draft) bounds() (lo, hi Pt) {
	if d.bounded {
		return d.lo, d.hi
	}
	defer func() { d.lo, d.hi, d.bounded = lo, hi, true }()
	lo, hi = Pt{math.Inf(1), math.Inf(1)}, Pt{math.Inf(-1), math.Inf(-1)}
	grow := func(p Pt, r float64) {
		lo.X, lo.Y = math.Min(lo.X, p.X-r), math.Min(lo.Y, p.Y-r)
		hi.X, hi.Y = math.Max(hi.X, p.X+r), math.Max(hi.Y, p.Y+r)
	}
	for _, sh := range d.shapes {
		if sh.Live {
			continue // the still shapes and reserve span everything live
		}
		r := sh.Width / 2
		if sh.Kind == KindCircle {
			r += sh.R
		}
		for _, p := range sh.Pts {
			grow(p, r)
		}
	}
	return lo, hi
}

// layout is one way of placing a draft's labels and the room it leaves.
type layout struct {
	labels         []label
	s              float64 // pixels per model unit
	mL, mR, mT, mB float64 // label room on each side, pixels
}

// wrap breaks text into lines no wider than maxW (a long word stays whole).
func wrap(text string, px, maxW float64) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(text) {
		if cur != "" && textWidth(cur+" "+w, px) > maxW {
			lines = append(lines, cur)
			cur = w
			continue
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	return append(lines, cur)
}

func linesWidth(lines []string, px float64) float64 {
	w := 0.0
	for _, l := range lines {
		w = math.Max(w, textWidth(l, px))
	}
	return w
}

// arrange measures the room labels on the given sides need in panel b, and
// the scale the body then gets.
//
// A label beside the body wraps at a width that depends only on its words
// and the label size, not on the panel: wrapping at a share of the panel's
// width let a line take one more word as the panel grew a pixel, widening
// the column by the word and shrinking the body. oneLine keeps every label
// on one line.
func (d *draft) arrange(labels []label, b box, lpx, titleH, bw, bh float64, oneLine bool) layout {
	gap, lh := 0.6*lpx, 1.3*lpx
	g := layout{labels: labels}
	type inRow struct{ x, w float64 }
	rowWs := map[side][]inRow{}
	colH := map[side]float64{}
	for i := range g.labels {
		l := &g.labels[i]
		ww := math.Max(6*lpx, twoLineWidth(l.text, lpx))
		if oneLine {
			ww = math.Inf(1)
		}
		l.lines = wrap(l.text, lpx, ww)
		w := linesWidth(l.lines, lpx)
		colH[l.side] += (float64(len(l.lines)) + 0.3) * lh
		switch l.side {
		case sideLeft:
			g.mL = math.Max(g.mL, w+gap*2)
		case sideRight:
			g.mR = math.Max(g.mR, w+gap*2)
		default:
			l.lines = []string{l.text}
			rowWs[l.side] = append(rowWs[l.side], inRow{l.at.X, textWidth(l.text, lpx)})
		}
	}
	wide := false
	rows := func(sd side) float64 {
		// Rows are filled narrowest label first, as rows places them:
		// counting them the same way keeps the room reserved above and
		// below the body the room the labels take (the share of the width
		// alone undercounted a row of long labels, which ran up into the
		// panel's title, or off the taster's picture).
		in := rowWs[sd]
		sort.SliceStable(in, func(i, j int) bool { return rowFirst(in[i].w, in[i].x, in[j].w, in[j].x) })
		ws := make([]float64, len(in))
		for i, r := range in {
			ws[i] = r.w
		}
		n, over := rowCount(ws, gap, b.W)
		wide = wide || over
		return float64(n)
	}
	g.mT = rows(sideTop)*lh + boolF(rows(sideTop) > 0)*gap*2
	g.mB = rows(sideBottom)*lh + boolF(rows(sideBottom) > 0)*gap*2
	availW, availH := b.W-g.mL-g.mR, b.H-titleH-g.mT-g.mB
	g.s = math.Max(math.Min(availW/bw, availH/bh), 0)
	if colH[sideLeft] > b.H-titleH || colH[sideRight] > b.H-titleH || wide {
		g.s = 0 // the labels would not fit beside, above or below the body
	}
	return g
}

// twoLineWidth is the narrowest width text wraps into at most two lines at lpx:
// a label of three or four short lines beside the body reads as a column of
// words, not a name.
func twoLineWidth(text string, lpx float64) float64 {
	words := strings.Fields(text)
	best := textWidth(text, lpx)
	for i := 1; i < len(words); i++ {
		a, b := strings.Join(words[:i], " "), strings.Join(words[i:], " ")
		best = math.Min(best, math.Max(textWidth(a, lpx), textWidth(b, lpx)))
	}
	return best + 0.01 // wrap breaks a line only when it is wider than the width
}

// rowFirst orders labels for filling rows: narrowest first, then from the
// left.
func rowFirst(wa, xa, wb, xb float64) bool {
	if wa != wb {
		return wa < wb
	}
	return xa < xb
}

// rowCount is how many rows labels of widths ws take in a panel w wide,
// filled left to right with gap on each side of a label, and whether one
// of them is wider than the panel on its own.
func rowCount(ws []float64, gap, w float64) (n int, over bool) {
	used := 0.0
	for i, lw := range ws {
		if i == 0 || used+lw+2*gap > w {
			n++
			used = 0
		}
		used += lw + 2*gap
		over = over || lw+2*gap > w
	}
	return n, over
}

// titleRoom is the height a panel's title takes.
func titleRoom(title string, lpx float64) float64 {
	if title == "" {
		return 0
	}
	return 1.6 * lpx
}

// bodyHeight is how many pixels high the body comes out in b.
func (d *draft) bodyHeight(b box, lpx float64, title string) float64 {
	lo, hi := d.bounds()
	return d.choose(b, lpx, titleRoom(title, lpx)).s * (hi.Y - lo.Y)
}

// choose picks where the labels go: on the sides the anatomy suggests,
// unless putting them all left and right (a tall body) or all above and
// below (a long one) leaves the body larger. (Asking for "clearly larger", a quarter, made the body
// shrink by up to a fifth as the room grew past the point where the other
// layout stopped being a quarter larger.)
func (d *draft) choose(b box, lpx, titleH float64) layout {
	lo, hi := d.bounds()
	bw, bh := math.Max(hi.X-lo.X, 1), math.Max(hi.Y-lo.Y, 1)
	g := d.arrange(append([]label(nil), d.labels...), b, lpx, titleH, bw, bh, false)
	if a := d.arrange(append([]label(nil), d.labels...), b, lpx, titleH, bw, bh, true); a.s >= g.s*0.97 {
		g = a // fewer broken lines for a body hardly smaller
	}
	// The other way round suits the body's shape: labels left and right of
	// a tall body, above and below a long one (rows above a standing
	// body's head sent every leader down across the rows under it), half
	// of them each side, by where their parts are (split at the middle of
	// the body's box, a kneeling body's labels all went above it, in
	// stacked rows whose leaders crossed each other's words).
	alt := append([]label(nil), d.labels...)
	byX := bh >= bw
	order := make([]int, len(alt))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		if byX {
			return alt[order[i]].at.X < alt[order[j]].at.X
		}
		return alt[order[i]].at.Y < alt[order[j]].at.Y
	})
	for k, i := range order {
		first := k < (len(order)+1)/2
		switch {
		case byX && first:
			alt[i].side = sideLeft
		case byX:
			alt[i].side = sideRight
		case first:
			alt[i].side = sideTop
		default:
			alt[i].side = sideBottom
		}
	}
	if a := d.arrange(alt, b, lpx, titleH, bw, bh, false); a.s > g.s {
		g = a
	}
	return g
}

// fit scales the draft into b (pixels) with its labels around it and
// appends the result to out. Text is lpx pixels high whatever the scale;
// the body takes whatever room the labels leave. Labels go on the sides the
// anatomy suggests, unless putting them all left and right or all above and
// below leaves the body clearly larger. It returns the transform it used
// and the scale (pixels per model unit).
func (d *draft) fit(out []Shape, b box, lpx float64, title string) ([]Shape, func(Pt) Pt, float64) {
	gap := 0.6 * lpx
	lh := 1.3 * lpx
	titleH := titleRoom(title, lpx)
	lo, hi := d.bounds()
	bw, bh := math.Max(hi.X-lo.X, 1), math.Max(hi.Y-lo.Y, 1)
	g := d.choose(b, lpx, titleH)
	if g.s <= 0 {
		// No room for the labels anywhere: the body alone, rather than
		// a body of no size among its labels.
		g = layout{s: math.Max(math.Min(b.W/bw, (b.H-titleH)/bh), 0)}
	}
	s := g.s
	if d.most > 0 {
		s = math.Min(s, d.most)
	}
	cw, ch := bw*s+g.mL+g.mR, bh*s+g.mT+g.mB
	x0 := b.X + (b.W-cw)/2 + g.mL
	y0 := b.Y + titleH + (b.H-titleH-ch)/2 + g.mT
	tf := func(p Pt) Pt { return Pt{x0 + (p.X-lo.X)*s, y0 + (p.Y-lo.Y)*s} }

	if title != "" {
		out = append(out, Shape{Kind: KindText, Pts: []Pt{{b.X + b.W/2, b.Y + 0.2*lpx}}, Text: title,
			Size: lpx * 1.1, Align: AlignCentre, Bold: true, Fill: RoleInk, Alpha: 1})
	}
	for _, sh := range d.shapes {
		t := sh
		t.Pts = make([]Pt, len(sh.Pts))
		for i, p := range sh.Pts {
			t.Pts[i] = tf(p)
		}
		t.Width = math.Max(sh.Width*s, boolF(sh.Width > 0))
		t.R = sh.R * s
		t.Dash = sh.Dash * s
		out = append(out, t)
	}
	body := box{x0, y0, bw * s, bh * s}
	out = placeLabels(out, g.labels, b, body, tf, lpx, gap, lh, titleH)
	return out, tf, s
}

func boolF(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// placeLabels puts each label's text beside the body on its side, spread so
// no two overlap and kept inside the panel, with a leader to its part.
// placed is a label with its text's place worked out, in pixels.
type placed struct {
	l      label
	at     Pt // anchor (static)
	tip    Pt
	x, y   float64 // text anchor
	w      float64
	align  Align
	lineTo Pt // where the leader leaves the text
}

// labelRoom is what label placement works within.
type labelRoom struct {
	panel, body      box
	lpx, gap, lh, th float64
}

func placeLabels(out []Shape, labels []label, panel, body box, tf func(Pt) Pt, lpx, gap, lh, titleH float64) []Shape {
	var ps []*placed
	for _, l := range labels {
		ps = append(ps, &placed{l: l, at: tf(l.at), tip: tf(l.tip), w: linesWidth(l.lines, lpx)})
	}
	room := labelRoom{panel, body, lpx, gap, lh, titleH}
	for _, sd := range []side{sideLeft, sideRight, sideTop, sideBottom} {
		var group []*placed
		for _, p := range ps {
			if p.l.side == sd {
				group = append(group, p)
			}
		}
		if len(group) == 0 {
			continue
		}
		if sd == sideLeft || sd == sideRight {
			room.column(group, sd)
		} else {
			room.rows(group, sd)
		}
	}
	lw := math.Max(1, 0.09*lpx)
	role := func(p *placed) Role {
		if p.l.wrong {
			return RoleWrong
		}
		return RoleLabel
	}
	for _, p := range ps {
		out = append(out, Shape{Kind: KindPath, Pts: []Pt{p.lineTo, p.tip}, Stroke: role(p), Width: lw, Alpha: 0.6, Live: p.l.live})
		out = append(out, Shape{Kind: KindCircle, Pts: []Pt{p.tip}, R: lw * 1.6, Fill: role(p), Alpha: 1, Live: p.l.live})
	}
	for _, p := range ps {
		// p.y is the middle of the label; renderers place each line by its top.
		top := p.y - float64(len(p.l.lines))*lh/2 + (lh-lpx)/2 - lpx*0.05
		for i, line := range p.l.lines {
			out = append(out, Shape{Kind: KindText, Pts: []Pt{{p.x, top + float64(i)*lh}}, Text: line, Size: lpx,
				Align: p.align, Fill: role(p), Alpha: 1, Bold: p.l.wrong})
		}
	}
	return out
}

// spread places items of the given sizes centred as near their wanted
// positions along one axis as they can be without overlapping, all within
// lo..hi (edges, not centres).
func spread[T any](items []T, want, size func(T) float64, lo, hi float64) []float64 {
	ys := make([]float64, len(items))
	for i, it := range items {
		ys[i] = math.Max(want(it), lo+size(it)/2)
		if i > 0 {
			if min := ys[i-1] + (size(items[i-1])+size(it))/2; ys[i] < min {
				ys[i] = min
			}
		}
	}
	for i := len(ys) - 1; i >= 0; i-- {
		lim := hi - size(items[i])/2
		if i < len(ys)-1 {
			lim = ys[i+1] - (size(items[i])+size(items[i+1]))/2
		}
		if ys[i] > lim {
			ys[i] = lim
		}
	}
	return ys
}

// spreadW centres items of the given widths on their wanted centres,
// pushed apart by pad so none overlap, and kept within lo..hi.
func spreadW(want, widths []float64, pad, lo, hi float64) []float64 {
	xs := make([]float64, len(want))
	for i := range want {
		xs[i] = math.Max(want[i], lo+widths[i]/2)
		if i > 0 {
			if min := xs[i-1] + (widths[i-1]+widths[i])/2 + pad; xs[i] < min {
				xs[i] = min
			}
		}
	}
	for i := len(xs) - 1; i >= 0; i-- {
		lim := hi - widths[i]/2
		if i < len(xs)-1 {
			lim = xs[i+1] - (widths[i]+widths[i+1])/2 - pad
		}
		if xs[i] > lim {
			xs[i] = lim
		}
	}
	return xs
}

// column stacks labels beside the body, each as near its part's height as
// the others allow.
func (r labelRoom) column(group []*placed, sd side) {
	sort.SliceStable(group, func(i, j int) bool { return group[i].at.Y < group[j].at.Y })
	ys := spread(group, func(p *placed) float64 { return p.at.Y },
		func(p *placed) float64 { return float64(len(p.l.lines))*r.lh + 0.3*r.lh }, r.panel.Y+r.th, r.panel.Y+r.panel.H)
	for i, p := range group {
		p.y = ys[i]
		if sd == sideLeft {
			p.x, p.align = r.body.X-r.gap, AlignRight
			p.lineTo = Pt{p.x + r.gap*0.3, p.y}
		} else {
			p.x, p.align = r.body.X+r.body.W+r.gap, AlignLeft
			p.lineTo = Pt{p.x - r.gap*0.3, p.y}
		}
	}
}

// rows lines labels up above or below the body, filling rows left to right
// in their parts' order.
//
// Rows are filled narrowest label first, the first row nearest the body:
// the leaders of the outer rows pass the inner ones, and short names leave
// gaps for them (filled left to right, the 800x450 practice figure put
// "transversus abdominis (deep corset)" in the middle row, across every
// leader of the row above).
func (r labelRoom) rows(group []*placed, sd side) {
	sort.SliceStable(group, func(i, j int) bool { return rowFirst(group[i].w, group[i].at.X, group[j].w, group[j].at.X) })
	var rowsOf [][]*placed
	for _, p := range group {
		var ws []float64
		if len(rowsOf) > 0 {
			for _, q := range rowsOf[len(rowsOf)-1] {
				ws = append(ws, q.w)
			}
		}
		if n, _ := rowCount(append(ws, p.w), r.gap, r.panel.W); len(rowsOf) == 0 || n != 1 {
			rowsOf = append(rowsOf, nil)
		}
		rowsOf[len(rowsOf)-1] = append(rowsOf[len(rowsOf)-1], p)
	}
	for n, row := range rowsOf {
		sort.SliceStable(row, func(i, j int) bool { return row[i].at.X < row[j].at.X })
		want, widths := make([]float64, len(row)), make([]float64, len(row))
		for i, p := range row {
			want[i], widths[i] = p.at.X, p.w
		}
		xs := spreadW(want, widths, r.gap*2, r.panel.X, r.panel.X+r.panel.W)
		for i, p := range row {
			p.x, p.align = xs[i], AlignCentre
			if sd == sideTop {
				p.y = r.body.Y - r.gap - r.lh/2 - float64(n)*r.lh
				p.lineTo = Pt{p.x, p.y + r.lh*0.45}
			} else {
				p.y = r.body.Y + r.body.H + r.gap + r.lh/2 + float64(n)*r.lh
				p.lineTo = Pt{p.x, p.y - r.lh*0.45}
			}
		}
	}
	r.thread(rowsOf)
}

// thread moves where each leader of an outer row leaves its label, along
// the label's edge, so that it passes between the words of the rows nearer
// the body rather than through them (the cross-section's three rows under
// the ring sent the outer two leaders through the names of the inner ones).
// A leader that no start along its label clears keeps the label's middle.
func (r labelRoom) thread(rowsOf [][]*placed) {
	if len(rowsOf) < 2 {
		return
	}
	pad := 0.3 * r.lpx
	box := func(q *placed) Rect { return Rect{q.x - q.w/2 - pad, q.y - r.lh/2, q.w + 2*pad, r.lh} }
	inner := func(n int) []*placed { // the labels of the rows between row n and the body
		var qs []*placed
		for _, row := range rowsOf[:n] {
			qs = append(qs, row...)
		}
		return qs
	}
	// start is where p's leader leaves it to reach its part clear of qs:
	// the point along its edge nearest the part that clears them all, and
	// whether there is one. It goes by the part's place at rest, so the
	// start does not move with the pose.
	start := func(p *placed, qs []*placed) (Pt, bool) {
		best, bestD := Pt{p.x, p.lineTo.Y}, math.Inf(1)
		steps := math.Ceil(p.w / (0.2 * r.lpx)) // fine enough to find a gap between two words
		for i := 0.0; i <= steps; i++ {
			x := p.x - p.w/2 + 0.2*r.lpx + (p.w-0.4*r.lpx)*i/steps
			from := Pt{x, p.lineTo.Y}
			clear := true
			for _, q := range qs {
				clear = clear && !segmentCrosses(from, p.at, box(q))
			}
			if d := math.Abs(x - p.at.X); clear && d < bestD {
				best, bestD = from, d
			}
		}
		return best, !math.IsInf(bestD, 1)
	}
	for range 4 {
		moved := false
		for n := len(rowsOf) - 1; n >= 1; n-- {
			qs := inner(n)
			for _, p := range rowsOf[n] {
				if from, ok := start(p, qs); ok {
					p.lineTo = from
					continue
				}
				// No start clears them: move the inner labels the leader
				// from the part's side of the label would cross aside.
				p.lineTo = Pt{math.Max(p.x-p.w/2, math.Min(p.at.X, p.x+p.w/2)), p.lineTo.Y}
				for _, row := range rowsOf[:n] {
					moved = r.stepAside(row, p.lineTo, p.at, box, pad) || moved
				}
			}
		}
		if !moved {
			break
		}
	}
}

// stepAside moves the labels of row that the segment from–to crosses to
// beside it, then spaces the row again; it reports whether any moved.
func (r labelRoom) stepAside(row []*placed, from, to Pt, box func(*placed) Rect, pad float64) bool {
	moved := false
	for _, q := range row {
		if !segmentCrosses(from, to, box(q)) {
			continue
		}
		x := from.X + (to.X-from.X)*(q.y-from.Y)/(to.Y-from.Y)
		if x < q.x {
			q.x = x + q.w/2 + 2*pad
		} else {
			q.x = x - q.w/2 - 2*pad
		}
		moved = true
	}
	if moved {
		r.respace(row)
	}
	return moved
}

// respace keeps a row's labels from overlapping and within the panel, each
// as near where it is as the others allow, its leader leaving its middle.
func (r labelRoom) respace(row []*placed) {
	sort.SliceStable(row, func(i, j int) bool { return row[i].x < row[j].x })
	want, widths := make([]float64, len(row)), make([]float64, len(row))
	for i, q := range row {
		want[i], widths[i] = q.x, q.w
	}
	xs := spreadW(want, widths, r.gap*2, r.panel.X, r.panel.X+r.panel.W)
	for i, q := range row {
		q.x = xs[i]
		q.lineTo.X = q.x
	}
}

// segmentCrosses reports whether the segment a–b passes through r.
func segmentCrosses(a, b Pt, r Rect) bool {
	t0, t1 := 0.0, 1.0
	d := b.sub(a)
	for _, c := range [4][2]float64{{-d.X, a.X - r.X}, {d.X, r.X + r.W - a.X}, {-d.Y, a.Y - r.Y}, {d.Y, r.Y + r.H - a.Y}} {
		p, q := c[0], c[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = math.Max(t0, t)
		} else {
			t1 = math.Min(t1, t)
		}
	}
	return t0 < t1
}
