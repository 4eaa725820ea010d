package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// table collects the figures and prints them with their goals.
type table struct {
	machine             string
	renderX             float64
	goBench             bool
	startBase, startApp time.Duration
	cpuBase, cpuApp     cpuRun
	cpuStill, cpuHome   cpuRun
	cpuAfter            *cpuRun // idle after a drill; nil when it failed
	afterErr            string
	av                  *avStats
	avErr               string
	cpuKiosk            *cpuRun // the kiosk's attract loop; nil when it failed
	kioskErr            string
	positions           []positionRun // the running drill in each position
	cpuWorkout          *cpuRun       // a guided workout; nil when it failed or was not run
	workoutErr          string
	onlyFigure          bool // only the baseline and the new figure's rows were run
	outside             *outsideRun
	onlyStartup         bool // only measureCore's rows were run
}

type row struct{ name, app, base, ratio, goal, verdict string }

func verdict(ok bool) string {
	if ok {
		return "ok"
	}
	return "MISSED"
}

func ratio(a, b float64) float64 {
	if b <= 0 {
		return math.NaN()
	}
	return a / b
}

// print writes the table to stdout and returns it.
func (t *table) print(c config) string {
	var b strings.Builder
	fmt.Fprintf(&b, "\nCoreCue benchmarks · %s\n", t.machine)
	fmt.Fprintf(&b, "baseline: `corecue bench-baseline` (internal/ui/benchwin: 12 animated shapes, or --still), same size 1280x800, same run\n\n")
	writeRows(&b, t.rows(c))
	t.avDetail(&b, c)
	t.notes(&b, c)
	fmt.Print(b.String())
	return b.String()
}

// rows are the table's figures, each against its goal; a measurement that
// failed is a MISSED row saying why, not a missing row.
func (t *table) rows(c config) []row {
	if t.onlyFigure {
		return t.figureRows(c)
	}
	var rows []row
	if t.av != nil {
		a := t.av
		rows = append(rows,
			row{"A/V error p50 (picture − sound)", ms(a.p50), "", "", "", ""},
			row{"A/V error p99 of |error|", ms(a.p99abs), "", "", "≤ 17 ms", verdict(a.p99abs <= 17)},
			row{"A/V error max |error|", ms(a.maxAbs), "", "", "", ""},
			row{fmt.Sprintf("A/V drift after %.0f s", c.settle), fmt.Sprintf("%+.3f ms/min", a.slope), "", "", "|slope| < 0.1", verdict(math.Abs(a.slope) < 0.1)},
		)
	} else if !c.skipAV {
		rows = append(rows, row{"A/V", "not measured: " + t.avErr, "", "", "≤ 17 ms", "MISSED"})
	}
	rc := ratio(t.cpuApp.cores, t.cpuBase.cores)
	ri := ratio(t.cpuHome.cores, t.cpuStill.cores)
	rs := ratio(t.startApp.Seconds(), t.startBase.Seconds())
	rm := ratio(float64(t.cpuApp.peakRSS), float64(t.cpuBase.peakRSS))
	rows = append(rows,
		row{fmt.Sprintf("CPU, running drill %.0f s (cores)", c.cpuSeconds), cores(t.cpuApp.cores), cores(t.cpuBase.cores), x(rc), "≤ 1.3×", verdict(rc <= 1.3)},
		row{fmt.Sprintf("CPU, idle home %.0f s (cores)", c.idleSeconds), cores(t.cpuHome.cores), cores(t.cpuStill.cores), x(ri), "≈ 1× (≤ 1.3×)", verdict(ri <= 1.3)},
	)
	if a := t.cpuAfter; a != nil {
		ra := ratio(a.cores, t.cpuStill.cores)
		rows = append(rows, row{fmt.Sprintf("CPU, idle %.0f s after a drill (cores)", c.idleSeconds), cores(a.cores), cores(t.cpuStill.cores), x(ra), "≤ 1.1×", verdict(ra <= 1.1)})
	} else {
		rows = append(rows, row{"CPU, idle after a drill", "not measured: " + t.afterErr, "", "", "≤ 1.1×", "MISSED"})
	}
	rows = append(rows,
		row{fmt.Sprintf("start-up to first frame (median of %d)", c.startupRuns), msDur(t.startApp), msDur(t.startBase), x(rs), "≤ 1.5×", verdict(rs <= 1.5)},
		row{"peak RSS (VmHWM) while animating", mib(t.cpuApp.peakRSS), mib(t.cpuBase.peakRSS), x(rm), "≤ 1.3×", verdict(rm <= 1.3)},
	)
	if t.onlyStartup {
		return rows
	}
	rows = append(rows, t.figureRows(c)...)
	rows = append(rows, t.outsideRows()...)
	if !c.skipGo {
		v := "MISSED"
		if t.renderX >= 200 {
			v = "ok"
		}
		rows = append(rows, row{"offline render speed (BenchmarkRender)", fmt.Sprintf("%.0f× real time", t.renderX), "", "", "≥ 200×", v})
	}
	return rows
}

// writeRows writes rows under a header, in columns as wide as their widest
// cell (counted in runes: the table has "≤" and "×").
func writeRows(b *strings.Builder, rows []row) {
	head := row{"figure", "CoreCue", "baseline", "ratio", "goal", ""}
	w := [5]int{}
	for _, r := range append(rows, head) {
		for i, s := range []string{r.name, r.app, r.base, r.ratio, r.goal} {
			w[i] = max(w[i], len([]rune(s)))
		}
	}
	line := func(r row) {
		cells := []string{r.name, r.app, r.base, r.ratio, r.goal}
		for i, s := range cells {
			fmt.Fprintf(b, "%s%s  ", s, strings.Repeat(" ", w[i]-len([]rune(s))))
		}
		fmt.Fprintln(b, r.verdict)
	}
	line(head)
	for _, r := range rows {
		line(r)
	}
}

// notes says what makes a figure mean less than it seems: a run without
// sound, a stream left open, a failed benchmark.
func (t *table) notes(b *strings.Builder, c config) {
	for _, p := range t.positions {
		if p.err == nil && (!p.r.playing || !p.r.heard) {
			fmt.Fprintf(b, "note: corecue's sound was OFF during the running drill (%s): that figure leaves out the audio\n", p.pos)
		}
	}
	if t.onlyFigure {
		return
	}
	if !t.cpuApp.playing || !t.cpuApp.heard {
		fmt.Fprintln(b, "note: corecue's sound was OFF during the running-drill CPU run (the null sink heard nothing): that figure leaves out the audio")
	}
	if t.cpuHome.playing {
		// Since the device opens at the first drill, an idle app has no
		// stream open: one means the idle figure includes streaming silence.
		fmt.Fprintln(b, "note: the idle home screen had a sound stream open (it should open at the first drill)")
	}
	if a := t.cpuAfter; a != nil && a.playing {
		fmt.Fprintln(b, "note: after its drill the app still had a sound stream open (it should close it)")
	}
	if a := t.cpuAfter; a != nil && !a.heard {
		fmt.Fprintln(b, "note: the drill before the idle-after-a-drill figure was not heard: its device may never have opened")
	}
	if !c.skipGo && !t.goBench {
		fmt.Fprintln(b, "note: a Go benchmark failed; see its output above")
	}
}

// printAV prints the A/V figures alone.
func (t *table) printAV(c config) {
	var b strings.Builder
	a := t.av
	fmt.Fprintf(&b, "A/V: p50 %s, p99|e| %s, max|e| %s, drift %+.3f ms/min\n", ms(a.p50), ms(a.p99abs), ms(a.maxAbs), a.slope)
	t.avDetail(&b, c)
	fmt.Print(b.String())
}

func (t *table) avDetail(b *strings.Builder, c config) {
	if a := t.av; a != nil {
		fmt.Fprintf(b, "\nA/V detail: %d frames over %.1f min heard; %d of %d cues found (worst match %.2f); "+
			"signed error p1 %s, p99 %s; drift fit on %d frames after the first %.0f s; "+
			"wall mapping of the recording good to %.1f ms (p99 arrival jitter of the monitor)\n",
			a.frames, a.heardMinutes, a.found, a.cues, a.minScore, ms(a.p1), ms(a.p99), a.slopeFrames, c.settle, a.jitterMs)
		fmt.Fprintf(b, "sound dropouts (the sink played silence mid-drill because corecue fed it late): %d, %.0f ms in all; %d short mismatches with the render\n",
			a.dropouts, a.dropped*1000, a.blips)
		if a.silentStarts > 0 {
			fmt.Fprintf(b, "note: corecue came up with its sound off %d time(s) before this run and was started again\n", a.silentStarts)
		}
	}
}

func ms(v float64) string          { return fmt.Sprintf("%+.1f ms", v) }
func msDur(d time.Duration) string { return fmt.Sprintf("%.0f ms", d.Seconds()*1000) }
func cores(v float64) string       { return fmt.Sprintf("%.3f", v) }
func mib(b int64) string           { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }
func x(v float64) string           { return fmt.Sprintf("%.2f×", v) }
