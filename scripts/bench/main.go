// Command bench measures the figures of docs/benchmarks.md and prints them as a
// table: A/V error and drift on a PulseAudio null sink, CPU, start-up time
// and peak memory as ratios to a minimal Fyne window run in the same session,
// and offline render speed. It reports; it never fails on a slow machine.
// Run it through `make bench`, which builds bin/corecue and starts it inside
// scripts/headless.sh (Xvfb and a PulseAudio null sink).
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/corecue/corecue/internal/breath"
	// The bench links Fyne's lang package through the planner's library;
	// without this, under Debian's C.UTF-8 it printed Fyne's locale error.
	_ "github.com/corecue/corecue/internal/locale"
)

type config struct {
	bin, out     string
	avMinutes    float64
	cpuSeconds   float64
	idleSeconds  float64
	startupRuns  int
	settle       float64
	benchtime    string
	skipGo       bool
	skipAV       bool
	onlyAV       bool
	onlyFigure   bool
	onlyStartup  bool
	analyse      bool
	monitorLatMs int
	avsync       string  // the shared avsync tool's folder
	outsideSecs  float64 // recording length of each outside A/V run
	onlyOutside  bool
	skipOutside  bool
}

func main() {
	c := parseConfig()
	if c.analyse {
		av, err := analyseAV(c.out, c.settle)
		if err != nil {
			fail("%v", err)
		}
		(&table{av: &av}).printAV(c)
		return
	}
	c.prepare()
	t := &table{}
	t.machine = machine()
	fmt.Println("bench: " + t.machine)

	if c.onlyAV {
		av, err := runAV(c)
		if err != nil {
			fail("%v", err)
		}
		t.av = &av
		t.printAV(c)
		return
	}
	if c.onlyOutside {
		o := measureOutside(c, c.outsideSecs)
		t.outside = &o
		var b strings.Builder
		writeRows(&b, t.outsideRows())
		fmt.Print("\n" + b.String())
		_ = os.WriteFile(filepath.Join(c.out, "results-outside.txt"), []byte(b.String()), 0o644)
		return
	}
	if c.onlyFigure {
		t.onlyFigure = true
		dur := secs(c.cpuSeconds)
		step("CPU for %s: minimal animated window", dur)
		t.cpuBase = must(measureCPU(c.bin, c.out, "cpu-baseline", true, 2*time.Second, dur, "bench-baseline", "--seconds", "0"))
		t.measureNewFigure(c, dur)
		res := t.print(c)
		_ = os.WriteFile(filepath.Join(c.out, "results-figure.txt"), []byte(res), 0o644)
		return
	}
	if c.onlyStartup {
		// Neither the A/V drill nor the Go benchmarks run: the table says
		// nothing of them.
		c.skipAV, c.skipGo = true, true
		t.onlyStartup = true
		t.measureCore(c)
		res := t.print(c)
		_ = os.WriteFile(filepath.Join(c.out, "results-startup.txt"), []byte(res), 0o644)
		return
	}
	t.measureApp(c)
	if !c.skipAV {
		av, err := runAV(c)
		if err != nil {
			t.avErr = err.Error()
		} else {
			t.av = &av
		}
	}
	if !c.skipOutside {
		o := measureOutside(c, c.outsideSecs)
		t.outside = &o
	}
	res := t.print(c)
	_ = os.WriteFile(filepath.Join(c.out, "results.txt"), []byte(res), 0o644)
}

// parseConfig reads the command line; a stray argument is refused rather
// than taken for a setting.
func parseConfig() config {
	var c config
	flag.StringVar(&c.bin, "bin", "bin/corecue", "the corecue binary to measure")
	flag.StringVar(&c.out, "out", "out/bench", "folder for logs, recordings and results")
	flag.Float64Var(&c.avMinutes, "av-minutes", 20, "length of the A/V drill in minutes")
	flag.Float64Var(&c.cpuSeconds, "cpu-seconds", 30, "seconds of CPU measurement for the running drill")
	flag.Float64Var(&c.idleSeconds, "idle-seconds", 15, "seconds of CPU measurement for the idle home screen")
	flag.IntVar(&c.startupRuns, "startup-runs", 3, "start-up runs of each window (median reported)")
	flag.Float64Var(&c.settle, "settle", 30, "seconds after the first frame left out of the drift fit")
	flag.StringVar(&c.benchtime, "benchtime", "1s", "go test -benchtime")
	flag.BoolVar(&c.skipGo, "skip-go", false, "skip the Go benchmarks")
	flag.BoolVar(&c.skipAV, "skip-av", false, "skip the A/V drill")
	flag.BoolVar(&c.onlyAV, "only-av", false, "run only the A/V drill (while working on it)")
	flag.BoolVar(&c.onlyFigure, "only-figure", false, "run only the animated baseline, the drill in each position, the guided workout and the kiosk's attract loop")
	flag.BoolVar(&c.onlyStartup, "only-startup", false, "run only start-up, the running drill's and baseline's CPU and peak RSS, and the idle rows (before and after a drill)")
	flag.BoolVar(&c.analyse, "analyse", false, "only analyse the A/V files an earlier run left in -out")
	flag.IntVar(&c.monitorLatMs, "monitor-latency-ms", 5, "fragment size asked of the null sink's monitor")
	flag.StringVar(&c.avsync, "avsync", "../shared/tools/avsync", "folder of the shared avsync tool (with avtoy beside it) for the outside A/V measure")
	flag.Float64Var(&c.outsideSecs, "outside-seconds", 60, "seconds each program is recorded by the outside A/V measure")
	flag.BoolVar(&c.onlyOutside, "only-outside", false, "run only the outside A/V measure")
	flag.BoolVar(&c.skipOutside, "skip-outside", false, "skip the outside A/V measure")
	flag.Parse()
	if flag.NArg() > 0 {
		fail("unexpected argument %q", flag.Arg(0))
	}
	return c
}

// prepare checks, before anything is measured, that a run can finish: the
// headless session, sane lengths, the binary; it makes the output folder
// and makes the binary's path absolute, as the windows run from elsewhere.
func (c *config) prepare() {
	if os.Getenv("CORECUE_HEADLESS") == "" {
		fail("run inside scripts/headless.sh (make bench does): it needs Xvfb and the PulseAudio null sink")
	}
	if c.avMinutes <= 0 || c.avMinutes > 36 || math.IsNaN(c.avMinutes) {
		fail("-av-minutes must be above 0 and at most 36 (100 reps), got %v", c.avMinutes)
	}
	if c.outsideSecs < 20 || math.IsNaN(c.outsideSecs) {
		fail("-outside-seconds must be at least 20 (about 20 flashes), got %v", c.outsideSecs)
	}
	if c.cpuSeconds < 1 || c.idleSeconds < 1 || c.startupRuns < 1 {
		fail("-cpu-seconds and -idle-seconds must be at least 1 and -startup-runs at least 1")
	}
	if _, err := os.Stat(c.bin); err != nil {
		fail("%v (make bench builds it)", err)
	}
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		fail("%v", err)
	}
	var err error
	if c.bin, err = filepath.Abs(c.bin); err != nil {
		fail("%v", err)
	}
	if c.avsync, err = filepath.Abs(c.avsync); err != nil {
		fail("%v", err)
	}
}

// measureApp runs the Go benchmarks and the window measurements: start-up,
// CPU while drilling and idle, after a drill, and in the kiosk. The last
// two record their error in the table instead of ending the run.
func (t *table) measureApp(c config) {
	if !c.skipGo {
		t.renderX, t.goBench = goBenchmarks(c.benchtime)
	}
	t.measureCore(c)
	dur := secs(c.cpuSeconds)
	t.measureNewFigure(c, dur)
}

// measureCore is start-up, the running drill's CPU and peak memory against
// the animated baseline, and the idle rows against the still one: what
// -only-startup runs.
func (t *table) measureCore(c config) {
	step("start-up to first frame, %d runs each, baseline and app taking turns", c.startupRuns)
	starts, err := measureStartups(c.bin, c.out, c.startupRuns,
		[]string{"startup-baseline", "bench-baseline", "--seconds", "0"}, []string{"startup-practice", "practice"})
	if err != nil {
		fail("%v", err)
	}
	t.startBase = medianOrFail(starts[0], nil)
	t.startApp = medianOrFail(starts[1], nil)

	dur := secs(c.cpuSeconds)
	step("CPU for %s: minimal animated window, then a running drill (1280x800)", dur)
	t.cpuBase = must(measureCPU(c.bin, c.out, "cpu-baseline", true, 2*time.Second, dur, "bench-baseline", "--seconds", "0"))
	t.cpuApp = must(measureCPUListening(c.bin, c.out, "cpu-practice", true, true, 2*time.Second, dur, "practice"))
	idle := secs(c.idleSeconds)
	step("CPU for %s: still window, then the idle home screen", idle)
	t.cpuStill = must(measureCPU(c.bin, c.out, "cpu-still", false, 5*time.Second, idle, "bench-baseline", "--seconds", "0", "--still"))
	t.cpuHome = must(measureCPU(c.bin, c.out, "cpu-home", false, 5*time.Second, idle))
	// A one-rep drill plays to its end; the practice screen then idles. It
	// should cost what it did before the sound device was opened.
	drill := breath.Vacuum(1).Duration()
	step("CPU for %s: the idle practice screen once a %s drill has played", idle, drill.Round(time.Second))
	if r, err := measureCPUWhen(c.bin, c.out, "cpu-after-drill", true, true, drillEnded(drill), idle, "practice", "--reps", "1"); err != nil {
		t.afterErr = err.Error()
	} else {
		t.cpuAfter = &r
	}
}

// runAV plays a drill of about avMinutes with sound while recording the
// null sink, renders the same drill offline, and measures every frame.
func runAV(c config) (avStats, error) {
	var s avStats
	rep := breath.Vacuum(1).RepDuration()
	reps := int(math.Ceil((c.avMinutes*60 - breath.DefaultLeadIn.Seconds()) / rep.Seconds()))
	reps = min(max(reps, 1), breath.MaxReps)
	d := breath.Vacuum(reps).Duration()
	step("A/V: a %d-rep vacuum drill (%s) on the null sink, recorded from its monitor", reps, d.Round(time.Second))

	var stamps []stamp
	var latency string
	silent := 0
	for {
		var err error
		var retry bool
		stamps, latency, retry, err = recordDrill(c, reps, d)
		if err == nil {
			break
		}
		if !retry || silent == 2 {
			return s, err
		}
		silent++
		step("A/V: %v; trying again", err)
	}
	if err := saveStamps(filepath.Join(c.out, "av-stamps.json"), stamps); err != nil {
		return s, err
	}

	refPath := filepath.Join(c.out, "av-ref.wav")
	cuesPath := filepath.Join(c.out, "av-cues.json")
	out, err := exec.Command(c.bin, "render", "--reps", strconv.Itoa(reps), "-o", refPath, "--cues", cuesPath).CombinedOutput()
	if err != nil {
		return s, fmt.Errorf("corecue render: %v: %s", err, strings.TrimSpace(string(out)))
	}
	step("A/V: analysing (monitor %s)", latency)
	s, err = analyseAV(c.out, c.settle)
	s.silentStarts = silent
	return s, err
}

// recordDrill plays the drill once while recording the null sink. retry
// says the app came up with its sound off, which is worth another go.
func recordDrill(c config, reps int, d time.Duration) (stamps []stamp, latency string, retry bool, err error) {
	recPath := filepath.Join(c.out, "av-heard.raw")
	rec, err := startRecorder(recPath, time.Duration(c.monitorLatMs)*time.Millisecond)
	if err != nil {
		return nil, "", false, err
	}
	time.Sleep(500 * time.Millisecond) // parec connects before the app plays
	a, err := startApp(c.bin, c.out, "av-practice", "practice", "--reps", strconv.Itoa(reps))
	if err != nil {
		rec.stop()
		return nil, "", false, err
	}
	if _, err := a.firstFrame(60 * time.Second); err != nil {
		a.stop()
		rec.stop()
		return nil, "", false, err
	}
	latency = sinkLatency()
	// The lead-in counts every second: within 2.5 s something must be heard.
	time.Sleep(2500 * time.Millisecond)
	if rec.peak.Load() == 0 {
		// The screen says why sound is off; keep it for whoever reads the run.
		_ = exec.Command("import", "-window", "root", filepath.Join(c.out, "av-sound-off.png")).Run()
		a.stop()
		rec.stop()
		return nil, "", true, errors.New("corecue started with its sound off (the null sink heard nothing; its screen is in av-sound-off.png)")
	}
	// The drill, the sound still in the buffers, and a margin.
	deadline := time.Now().Add(d + 3*time.Second)
	for time.Now().Before(deadline) && a.alive() {
		time.Sleep(250 * time.Millisecond)
	}
	died := !a.alive()
	a.stop()
	stamps, err = rec.stop()
	if err != nil {
		return nil, "", false, fmt.Errorf("recording: %v", err)
	}
	if died {
		return nil, "", false, fmt.Errorf("corecue practice exited during the drill (see %s)", filepath.Join(c.out, "av-practice.out"))
	}
	return stamps, latency, false, nil
}

// analyseAV works on the files a run left in dir, so a run can be analysed again.
func analyseAV(dir string, settle float64) (avStats, error) {
	var s avStats
	ref, r, err := readWAVMono(filepath.Join(dir, "av-ref.wav"))
	if err != nil {
		return s, err
	}
	if r != rate {
		return s, fmt.Errorf("render is %d Hz, want %d", r, rate)
	}
	var cues []struct {
		Sample int64 `json:"sample"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "av-cues.json"))
	if err != nil {
		return s, err
	}
	if err := json.Unmarshal(b, &cues); err != nil {
		return s, fmt.Errorf("av-cues.json: %v", err)
	}
	heard, err := readRaw(filepath.Join(dir, "av-heard.raw"))
	if err != nil {
		return s, err
	}
	var stamps []stamp
	if b, err = os.ReadFile(filepath.Join(dir, "av-stamps.json")); err == nil {
		err = json.Unmarshal(b, &stamps)
	}
	if err != nil {
		return s, fmt.Errorf("av-stamps.json: %v", err)
	}
	frames, err := readFrames(filepath.Join(dir, "av-practice.frames"))
	if err != nil {
		return s, err
	}
	idx := make([]int64, len(cues))
	for i, c := range cues {
		idx[i] = c.Sample
	}
	wm, err := fitWallMap(stamps)
	if err != nil {
		return s, err
	}
	m, err := matchCues(ref, heard, idx, 60*rate)
	if err != nil {
		return s, err
	}
	tr := follow(ref, heard, m[0].rec-m[0].ref)
	walls, errs := avErrors(frames, tr, wm)
	s = summarise(walls, errs, settle)
	s.dropouts, s.dropped = tr.dropouts()
	s.blips = tr.blips
	s.cues, s.found = len(cues), len(m)
	s.jitterMs = wm.jitter / 1e6
	s.heardMinutes = float64(len(heard)) / rate / 60
	s.minScore = 1
	for _, x := range m {
		s.minScore = math.Min(s.minScore, x.score)
	}
	if err := saveErrors(filepath.Join(dir, "av-errors.tsv"), walls, errs); err != nil {
		return s, err
	}
	return s, nil
}

func saveStamps(path string, st []stamp) error {
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// saveErrors writes "seconds_since_first error_ms" per frame, for plotting.
func saveErrors(path string, walls, errs []float64) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for i := range walls {
		fmt.Fprintf(w, "%.4f\t%.3f\n", (walls[i]-walls[0])/1e9, errs[i])
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// sinkLatency is PulseAudio's own figure for the null sink while it plays.
func sinkLatency() string {
	out, err := exec.Command("pactl", "list", "sinks").Output()
	if err != nil {
		return "latency unknown"
	}
	for _, ln := range strings.Split(string(out), "\n") {
		if l := strings.TrimSpace(ln); strings.HasPrefix(l, "Latency:") {
			return "sink " + strings.ToLower(l)
		}
	}
	return "latency unknown"
}

var benchLine = regexp.MustCompile(`^BenchmarkRender\S*\s.*\s([0-9.]+) x-real-time`)

// goBenchmarks runs every Go benchmark once, showing the output, and picks
// out the render speed.
func goBenchmarks(benchtime string) (float64, bool) {
	step("go test -run '^$' -bench . -benchmem -benchtime %s ./...", benchtime)
	cmd := exec.Command("go", "test", "-run", "^$", "-bench", ".", "-benchmem", "-benchtime", benchtime, "./...")
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		fail("%v", err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		fail("go test: %v", err)
	}
	x := math.NaN()
	sc := bufio.NewScanner(pipe)
	for sc.Scan() {
		ln := sc.Text()
		fmt.Println(ln)
		if m := benchLine.FindStringSubmatch(ln); m != nil {
			x, _ = strconv.ParseFloat(m[1], 64)
		}
	}
	_, _ = io.Copy(io.Discard, pipe)
	ok := cmd.Wait() == nil
	if !ok {
		fmt.Println("bench: go test reported a failure (see above)")
	}
	return x, ok
}

// machine describes where the figures come from.
func machine() string {
	model := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, ln := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(ln, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	load := "?"
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		load = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	gl := "Xvfb, Mesa software GL (llvmpipe)"
	if out, err := exec.Command("dpkg-query", "-W", "-f", "${Version}", "libgl1-mesa-dri").Output(); err == nil {
		gl = "Xvfb, Mesa " + strings.TrimSpace(string(out)) + " software GL (llvmpipe)"
	}
	return fmt.Sprintf("%s · %d CPUs (%s) · load %s · %s · %s", time.Now().Format("2006-01-02 15:04"),
		runtime.NumCPU(), model, load, gl, runtime.Version())
}

func medianOrFail(ds []time.Duration, err error) time.Duration {
	if err != nil {
		fail("%v", err)
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[len(ds)/2]
}

func must(r cpuRun, err error) cpuRun {
	if err != nil {
		fail("%v", err)
	}
	return r
}

func secs(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

func step(format string, a ...any) { fmt.Printf("bench: "+format+"\n", a...) }

func fail(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", a...)
	os.Exit(1)
}
