package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/planner"
)

// seeds prepare an app's scratch storage folder before it starts, by the
// run's name: the figure in a position the practice ladder keeps locked for a
// new person, and a guided workout, need a history and a plan of their own.
var seeds = map[string]func(home string) error{}

// workoutPlan is the starter plan the workout row follows: four exercises,
// each with a figure.
const workoutPlan = 0

// seedLadder records, in a fresh store, the holds that open every position:
// ten 10 s holds breathed through normally in each position below standing.
func seedLadder(home string) error {
	st, _, err := store.Open(home)
	if err != nil {
		return err
	}
	defer st.Close()
	for p := breath.Lying; p < breath.Standing; p++ {
		id, err := st.AddSession(history.Session{Kind: history.Drill, Started: time.Now().Add(-time.Hour), Name: "Vacuum",
			Position: p, VacuumReps: breath.LadderHolds, VacuumHold: int(breath.LadderHold / time.Second), State: history.Finished})
		if err != nil {
			return err
		}
		if err := st.SetBreathedNormally(id, true); err != nil {
			return err
		}
	}
	return nil
}

// seedPlan stores a starter plan, its names resolved as the planner's
// "Starter plans" does, and returns its name.
func seedPlan(home string) (string, error) {
	st, _, err := store.Open(home)
	if err != nil {
		return "", err
	}
	defer st.Close()
	lib, err := exercise.Builtin()
	if err != nil {
		return "", err
	}
	pl := planner.Starters()[workoutPlan].Plan
	for i, it := range pl.Items {
		if r := lib.Resolve(it.Exercise); r.Exact() {
			pl.Items[i].Exercise = r.ID
		}
	}
	_, err = st.CreatePlan(pl)
	return pl.Name, err
}

// measureNewFigure measures the running drill in each position and a guided
// workout, against the animated baseline of the same run.
func (t *table) measureNewFigure(c config, dur time.Duration) {
	for _, p := range breath.Positions {
		name := "cpu-practice-" + p.String()
		seeds[name] = seedLadder
		step("CPU for %s: a running drill, %s", dur, p)
		r, err := measureCPUListening(c.bin, c.out, name, true, true, 2*time.Second, dur, "practice", "--position", p.String())
		t.positions = append(t.positions, positionRun{p, r, err})
	}
	planName := planner.Starters()[workoutPlan].Plan.Name
	seeds["cpu-workout"] = func(home string) error { _, err := seedPlan(home); return err }
	step("CPU for %s: a guided workout of %q", dur, planName)
	// The workout draws no frame log (that is the practice screen's); it is
	// given the same warm-up as the kiosk and more, and its screen is kept
	// so whoever reads the run can see the workout was really running.
	shot := filepath.Join(c.out, "cpu-workout.png")
	ready := func(*app) error {
		time.Sleep(8 * time.Second)
		_ = exec.Command("import", "-window", "root", shot).Run()
		return nil
	}
	r, err := measureCPUWhen(c.bin, c.out, "cpu-workout", false, false, ready, dur, "workout", "--plan", planName, "--pain", "0", "--no-warm-up")
	if err != nil {
		t.workoutErr = err.Error()
	} else {
		t.cpuWorkout = &r
	}
	// The attract loop shows the same figure, full screen.
	step("CPU for %s: the kiosk's attract loop (full screen)", dur)
	if r, err := measureKiosk(c, dur); err != nil {
		t.kioskErr = err.Error()
	} else {
		t.cpuKiosk = &r
	}
}

type positionRun struct {
	pos breath.Position
	r   cpuRun
	err error
}

// figureRows are the rows of measureNewFigure.
func (t *table) figureRows(c config) []row {
	var rows []row
	for _, p := range t.positions {
		name := fmt.Sprintf("CPU, running drill (%s) %.0f s (cores)", p.pos, c.cpuSeconds)
		if p.err != nil {
			rows = append(rows, row{name, "not measured: " + p.err.Error(), "", "", "≤ 1.3×", "MISSED"})
			continue
		}
		r := ratio(p.r.cores, t.cpuBase.cores)
		rows = append(rows, row{name, cores(p.r.cores), cores(t.cpuBase.cores), x(r), "≤ 1.3×", verdict(r <= 1.3)})
	}
	if w := t.cpuWorkout; w != nil {
		r := ratio(w.cores, t.cpuBase.cores)
		rows = append(rows, row{fmt.Sprintf("CPU, guided workout %.0f s (cores)", c.cpuSeconds), cores(w.cores), cores(t.cpuBase.cores), x(r), "≤ 1.3×", verdict(r <= 1.3)})
	} else if t.workoutErr != "" {
		rows = append(rows, row{"CPU, guided workout", "not measured: " + t.workoutErr, "", "", "≤ 1.3×", "MISSED"})
	}
	if k := t.cpuKiosk; k != nil {
		rk := ratio(k.cores, t.cpuBase.cores)
		rows = append(rows, row{fmt.Sprintf("CPU, kiosk attract loop %.0f s (cores)", c.cpuSeconds), cores(k.cores), cores(t.cpuBase.cores), x(rk), "≤ 1.0×", verdict(rk <= 1.0)})
	} else if t.kioskErr != "" {
		rows = append(rows, row{"CPU, kiosk attract loop", "not measured: " + t.kioskErr, "", "", "≤ 1.0×", "MISSED"})
	}
	return rows
}
