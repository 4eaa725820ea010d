package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// The outside measure (issue 13): picture and sound as a person sees and
// hears them. The shared avsync tool records the screen and the null sink on
// one clock (ffmpeg) under its own Xvfb and PulseAudio, finds the onsets of
// a light-on-dark flash and of the clicks, and prints sound-minus-picture
// offsets. Its reference is the shared avtoy window, whose flash is timed on
// beep's sample clock: run in the same bench, its figure is what a correct
// program measures on this machine, so CoreCue's are judged against it.

// outsideFig is one program's result: the offsets' p50, p1 and p99 in ms
// (positive: the sound comes after the picture) and how many flashes were
// paired with a click.
type outsideFig struct {
	p50, p1, p99 float64
	pairs        int
	err          error
}

type outsideRun struct {
	ref, calib, practice outsideFig
	err                  string // why nothing was measured
}

// avsyncLine is the summary line avsync prints.
var avsyncLine = regexp.MustCompile(`pairs (\d+) over .*p50 (-?[0-9.]+) ms, p1 (-?[0-9.]+), p99 (-?[0-9.]+)`)

func parseAvsync(out string) (outsideFig, error) {
	m := avsyncLine.FindStringSubmatch(out)
	if m == nil {
		lines := strings.Split(strings.TrimSpace(out), "\n")
		return outsideFig{}, fmt.Errorf("avsync gave no result: %s", lines[len(lines)-1])
	}
	var f outsideFig
	f.pairs, _ = strconv.Atoi(m[1])
	f.p50, _ = strconv.ParseFloat(m[2], 64)
	f.p1, _ = strconv.ParseFloat(m[3], 64)
	f.p99, _ = strconv.ParseFloat(m[4], 64)
	return f, nil
}

// Where each program's flash is on avsync's 1280x800 screen, as ffmpeg's
// crop (w:h:x:y): avtoy's square at (60,60) in its window; the calibration's
// square in the middle of its window; the practice screen's bench flash
// (practice.BenchFlash) at the top-left of its content, under the tabs.
const (
	cropRef      = "100:60:110:90"
	cropCalib    = "100:100:590:360"
	cropPractice = "40:20:40:55"
)

// measureOutside runs the reference, the calibration helper and a practice
// drill under avsync, one after another, for secs each.
func measureOutside(c config, secs float64) outsideRun {
	var r outsideRun
	script := filepath.Join(c.avsync, "measure.sh")
	if _, err := os.Stat(script); err != nil {
		r.err = fmt.Sprintf("no avsync tool at %s (-avsync)", c.avsync)
		return r
	}
	if _, err := exec.LookPath("ffmpeg"); err != nil {
		r.err = "ffmpeg is not installed (scripts/install-deps.sh bench)"
		return r
	}
	// Absolute: the build runs in avtoy's own folder.
	toy, err := filepath.Abs(filepath.Join(c.out, "avtoy"))
	if err != nil {
		r.err = err.Error()
		return r
	}
	build := exec.Command("go", "build", "-o", toy, ".")
	build.Dir = filepath.Join(c.avsync, "..", "avtoy")
	if out, err := build.CombinedOutput(); err != nil {
		r.err = "building avtoy: " + strings.TrimSpace(string(out))
		return r
	}
	s := strconv.FormatFloat(secs, 'f', 0, 64)
	run := func(name, crop string, cmd ...string) outsideFig {
		step("A/V from outside: %s, %s s", name, s)
		args := append([]string{s, crop, "--"}, cmd...)
		out, err := exec.Command(script, args...).CombinedOutput()
		_ = os.WriteFile(filepath.Join(c.out, "outside-"+name+".out"), out, 0o644)
		f, perr := parseAvsync(string(out))
		if perr != nil {
			f.err = errors.Join(perr, err)
		}
		return f
	}
	r.ref = run("avtoy", cropRef, toy, "-s", strconv.FormatFloat(secs+10, 'f', 0, 64))
	scratch, err := os.MkdirTemp("", "corecue-outside.")
	if err != nil {
		r.err = err.Error()
		return r
	}
	defer os.RemoveAll(scratch)
	r.calib = run("calibration", cropCalib, corecueCmd(c, filepath.Join(scratch, "calibration"), "", "calibrate")...)
	r.practice = run("practice", cropPractice, corecueCmd(c, filepath.Join(scratch, "practice"), "CORECUE_BENCH_FLASH=1", "practice", "--reps", "20")...)
	return r
}

// corecueCmd is corecue run through env(1) with dir as its scratch storage folder and
// preferences, as every bench run of the app is.
func corecueCmd(c config, dir, extra string, args ...string) []string {
	for _, d := range []string{"home", "config"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o700); err != nil {
			fail("%v", err)
		}
	}
	cmd := []string{"env", "CORECUE_HOME=" + filepath.Join(dir, "home"), "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"CORECUE_RED_FLAGS=none", "LANG=en_US.UTF-8", "LC_ALL=", "LC_MESSAGES="}
	if extra != "" {
		cmd = append(cmd, extra)
	}
	return append(append(cmd, c.bin), args...)
}

// outsideRows are the outside measure's rows: the reference's offset, and
// CoreCue's with how far it lies from the reference's (goal ±15 ms).
func (t *table) outsideRows() []row {
	o := t.outside
	if o == nil {
		return nil
	}
	if o.err != "" {
		return []row{{"A/V from outside (avsync)", "not measured: " + o.err, "", "", "±15 ms of reference", "MISSED"}}
	}
	fig := func(f outsideFig) string {
		if f.err != nil {
			return "not measured: " + strings.ReplaceAll(f.err.Error(), "\n", "; ")
		}
		return fmt.Sprintf("%+.1f ms (%d pairs)", f.p50, f.pairs)
	}
	rows := []row{{"A/V from outside, reference (avtoy) p50, sound − picture", fig(o.ref), "", "", "", ""}}
	for _, k := range []struct {
		name string
		f    outsideFig
	}{{"calibration", o.calib}, {"practice cues", o.practice}} {
		name := "A/V from outside, " + k.name + " p50, sound − picture"
		if k.f.err != nil || o.ref.err != nil {
			rows = append(rows, row{name, fig(k.f), "", "", "±15 ms of reference", "MISSED"})
			continue
		}
		d := k.f.p50 - o.ref.p50
		rows = append(rows, row{name, fig(k.f), fmt.Sprintf("%+.1f ms", o.ref.p50), fmt.Sprintf("%+.1f ms apart", d),
			"±15 ms of reference", verdict(math.Abs(d) <= 15)})
	}
	return rows
}
