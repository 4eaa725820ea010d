package history

import (
	"bytes"

	"encoding/csv"
	"errors"
	"golang.org/x/image/font/gofont/goregular"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Wed 25 Nov 2026, 18:00.
var now = time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)

func ses(daysAgo int, before, after int) Session {
	return Session{Kind: Workout, Started: now.AddDate(0, 0, -daysAgo), Name: "Core basics", State: Finished,
		PainBefore: before, PainAfter: after, VacuumPlanned: 10, VacuumReps: 10 - daysAgo%3, VacuumHold: 10,
		Items: []Item{{Exercise: "bird-dog", Name: "Bird dog, \"slow\"", SetsPlanned: 3, SetsDone: 3, HoldPlanned: 8, HoldDone: 24}}}
}

func sample() []Session {
	return []Session{ses(20, 4, 5), ses(9, 3, 3), ses(8, 3, 2), ses(2, -1, -1), ses(1, 2, 2), ses(0, 2, 1)}
}

func TestWeeksStreakAndCalendar(t *testing.T) {
	if w := WeekStart(now); w != time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) {
		t.Fatalf("week start %s", w)
	}
	if w := WeekStart(time.Date(2026, 11, 29, 23, 0, 0, 0, time.UTC)); w.Day() != 23 {
		t.Fatalf("Sunday belongs to the week from Monday 23rd: %s", w)
	}
	weeks := PerWeek(sample(), 4, now)
	got := []int{weeks[0].N, weeks[1].N, weeks[2].N, weeks[3].N}
	// 20 days ago: Thu 5 Nov (week of 2 Nov); 9 and 8: 16-17 Nov; 2: Mon 23; 1, 0: 24-25.
	if got[0] != 1 || got[1] != 0 || got[2] != 2 || got[3] != 3 {
		t.Fatalf("per week %v", got)
	}
	if n := Streak(sample(), now); n != 3 {
		t.Fatalf("streak %d, want 3", n)
	}
	// Early tomorrow, before practising, the streak still stands.
	if n := Streak(sample(), now.Add(10*time.Hour)); n != 3 {
		t.Fatalf("streak next morning %d", n)
	}
	if n := Streak(sample(), now.AddDate(0, 0, 2)); n != 0 {
		t.Fatalf("streak after a missed day %d", n)
	}
	if n := WeeksAtGoal(sample(), 2, now); n != 1 {
		t.Fatalf("weeks at goal %d, want 1 (last week had 2)", n)
	}
	if d := Days(sample(), time.UTC); d[Day(now)] != 1 || len(d) != 6 {
		t.Fatalf("days %v", d)
	}
}

func TestLinesSkipMissingPain(t *testing.T) {
	s := Lines(sample())
	if len(s.PainBefore) != 5 || len(s.PainAfter) != 5 || len(s.VacuumReps) != 6 {
		t.Fatalf("series %d %d %d", len(s.PainBefore), len(s.PainAfter), len(s.VacuumReps))
	}
	// 20 days ago: 10 - 20%3 = 8 vacuum reps of 10 s, plus 24 s of bird dog.
	if s.HoldSeconds[0].Value != 8*10+24 || s.PainAfter[0].Value != 5 {
		t.Fatalf("first session %v %v", s.HoldSeconds[0], s.PainAfter[0])
	}
}

func TestCSVHasOneRowPerExerciseAndQuotesNames(t *testing.T) {
	var b bytes.Buffer
	list := sample()
	list = append(list, Session{Kind: Workout, Started: now, Name: "Empty", State: Partial, PainBefore: 1, PainAfter: -1})
	if err := WriteCSV(&b, list); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(list) || len(rows[0]) != len(header) {
		t.Fatalf("%d rows of %d", len(rows), len(rows[0]))
	}
	r := rows[1]
	if r[0] != "2026-11-05" || r[7] != "4" || r[8] != "5" || r[14] != `Bird dog, "slow"` || r[22] != "24" {
		t.Fatalf("row %v", r)
	}
	if rows[4][7] != "" || rows[7][3] != "Empty" || rows[7][8] != "" || len(rows[7]) != len(header) {
		t.Fatalf("missing pain or empty session: %v / %v", rows[4], rows[7])
	}
}

func TestExportCSVIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history.csv")
	if err := ExportCSV(path, sample()); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); !strings.HasPrefix(string(b), "date,time,kind,name") {
		t.Fatalf("file %q", b)
	}
	err := ExportCSV(filepath.Join(dir, "no", "such", "dir.csv"), sample())
	if err == nil || !strings.Contains(err.Error(), "dir.csv") {
		t.Fatalf("bad folder: %v", err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Fatalf("left %d files", len(ents))
	}
}

func TestChartsDrawInThePaletteGiven(t *testing.T) {
	s := Lines(sample())
	sz := Size{W: 600, H: 300, Scale: 1}
	for _, pal := range []Palette{LightPalette, DarkPalette} {
		charts := map[string]func() (image.Image, error){
			"pain":   func() (image.Image, error) { return PainChart(s, pal, sz) },
			"vacuum": func() (image.Image, error) { return VacuumChart(s, pal, sz) },
			"weeks":  func() (image.Image, error) { return WeekChart(PerWeek(sample(), 8, now), 3, pal, sz) },
		}
		for name, draw := range charts {
			img, err := draw()
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if b := img.Bounds(); b.Dx() != 600 || b.Dy() != 300 {
				t.Fatalf("%s: %v", name, b)
			}
			if !near(img.At(2, 2), pal.Background) {
				t.Errorf("%s: corner %v is not the background %v", name, img.At(2, 2), pal.Background)
			}
			if n := count(img, pal.A); n < 50 {
				t.Errorf("%s: only %d pixels of the first series colour", name, n)
			}
			if n := count(img, pal.Foreground); n < 100 {
				t.Errorf("%s: only %d pixels of text and axes", name, n)
			}
			if dir := os.Getenv("HISTORY_SHOTS"); dir != "" {
				f, _ := os.Create(filepath.Join(dir, name+"-"+map[bool]string{true: "light", false: "dark"}[pal.Background == LightPalette.Background]+".png"))
				png.Encode(f, img)
				f.Close()
			}
		}
	}
	if _, err := PainChart(Series{}, LightPalette, sz); !errors.Is(err, ErrNoData) {
		t.Fatalf("empty: %v", err)
	}
}

func near(a, b color.Color) bool {
	r1, g1, b1, _ := a.RGBA()
	r2, g2, b2, _ := b.RGBA()
	d := func(x, y uint32) bool { return x-y < 0x0800 || y-x < 0x0800 }
	return d(r1, r2) && d(g1, g2) && d(b1, b2)
}

func count(img image.Image, c color.Color) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if near(img.At(x, y), c) {
				n++
			}
		}
	}
	return n
}

// Three sessions on one day used to be labelled "1 Dec 1 Dec 1 Dec"; every
// date is now labelled once, over a few days and over weeks.
func TestChartDatesAreLabelledOnce(t *testing.T) {
	day := time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local)
	for name, pts := range map[string][]Point{
		"one day":   {{day, 2}, {day.Add(time.Hour), 3}, {day.Add(2 * time.Hour), 1}},
		"two weeks": {{day.AddDate(0, 0, -13), 2}, {day.AddDate(0, 0, -6), 3}, {day, 1}},
		"a year":    {{day.AddDate(-1, 0, 0), 2}, {day, 1}},
	} {
		c := newPlot("t", "", LightPalette)
		timeAxis(c, pts)
		seen := map[string]bool{}
		for _, tk := range c.X.Tick.Marker.Ticks(c.X.Min, c.X.Max) {
			if tk.Label == "" {
				continue
			}
			if seen[tk.Label] {
				t.Errorf("%s: %q labelled twice", name, tk.Label)
			}
			seen[tk.Label] = true
		}
		if len(seen) == 0 || len(seen) > maxLabels {
			t.Errorf("%s: %d labels", name, len(seen))
		}
		for _, p := range pts {
			if x := float64(p.When.Unix()); x < c.X.Min || x > c.X.Max {
				t.Errorf("%s: %v is off the axis", name, p.When)
			}
		}
	}
}

// The pain chart's axis is the 0-10 scale (it ran to 12), and the charts
// are lettered in a sans font, the app's own when it is given.
func TestPainAxisIsZeroToTenInASansFont(t *testing.T) {
	c, err := painPlot(Lines(sample()), LightPalette)
	if err != nil {
		t.Fatal(err)
	}
	if c.Y.Min != 0 || c.Y.Max != 10 {
		t.Fatalf("pain axis %g-%g", c.Y.Min, c.Y.Max)
	}
	if f := c.Title.TextStyle.Font; f.Variant != "Sans" {
		t.Fatalf("title font %+v", f)
	}
	ttf := goregular.TTF
	pal := LightPalette
	pal.Font = ttf
	c, _ = painPlot(Lines(sample()), pal)
	if f := c.Y.Tick.Label.Font; f.Typeface == "Liberation" || f.Typeface != typeface(ttf).Typeface {
		t.Fatalf("tick font %+v", f)
	}
	if _, err := PainChart(Lines(sample()), pal, Size{W: 300, H: 150}); err != nil {
		t.Fatal(err)
	}
}

// A person who does workouts without the vacuum warm-up holds planks for
// 30 to 90 s: the chart showed them as minutes on a 0-5 axis shared with
// reps, a flat line along the bottom. Held time gets its own chart in
// seconds under three minutes, in minutes from there, on an axis whose
// top is a round number not far above the highest point.
func TestHoldChartPicksAReadableUnit(t *testing.T) {
	day := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	series := func(secs ...float64) Series {
		var s Series
		for i, v := range secs {
			s.HoldSeconds = append(s.HoldSeconds, Point{day.AddDate(0, 0, i), v})
		}
		return s
	}
	for _, tc := range []struct {
		secs     []float64
		unit     string
		min, max float64
	}{
		{[]float64{30, 60, 90}, "seconds", 90, 150},
		{[]float64{40, 45}, "seconds", 45, 75},
		{[]float64{300, 600, 420}, "minutes", 10, 15},
	} {
		c, err := holdPlot(series(tc.secs...), LightPalette)
		if err != nil {
			t.Fatal(err)
		}
		if c.Y.Label.Text != tc.unit || c.Y.Max < tc.min || c.Y.Max > tc.max || c.Y.Min != 0 {
			t.Errorf("%v s: axis %q from %v to %v, want %q up to %v-%v", tc.secs, c.Y.Label.Text, c.Y.Min, c.Y.Max, tc.unit, tc.min, tc.max)
		}
	}
	if _, err := vacuumPlot(series(30, 60), LightPalette); !errors.Is(err, ErrNoData) {
		t.Errorf("a vacuum chart with no vacuum reps: %v", err)
	}
}
