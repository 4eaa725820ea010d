package cli

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

func runFrame(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Frame(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestFrameRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	png := filepath.Join(dir, "f.png")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--at", "5"}, "-o"},
		{[]string{"-o", png}, "--at"},
		{[]string{"--at", "5", "--preset", "plank", "-o", png}, "plank"},
		{[]string{"--at", "5", "--reps", "0", "-o", png}, "--reps"},
		{[]string{"--at", "5", "--reps", "101", "-o", png}, "--reps"},
		{[]string{"--at", "-1", "-o", png}, "negative"},
		{[]string{"--at", "NaN", "-o", png}, "finite"},
		{[]string{"--at", "Inf", "-o", png}, "finite"},
		{[]string{"--at", "soon", "-o", png}, "--at"},
		{[]string{"--at", "227", "-o", png}, "past the end"},
		{[]string{"--at", "5", "--size", "big", "-o", png}, "--size"},
		{[]string{"--at", "5", "--size", "100x100", "-o", png}, "out of range"},
		{[]string{"--at", "5", "--size", "1280x", "-o", png}, "--size"},
		{[]string{"--at", "5", "--theme", "sepia", "-o", png}, "--theme"},
		{[]string{"--at", "5", "-o", filepath.Join(dir, "missing", "f.png")}, "does not exist"},
		{[]string{"--at", "5", "-o", dir}, "folder"},
		{[]string{"--at", "5", "--loud", "-o", png}, "loud"},
		{[]string{"--at", "5", "-o", png, "extra"}, "extra"},
	} {
		code, _, stderr := runFrame(t, tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and one line naming %q", tc.args, code, stderr, tc.want)
		}
	}
	if _, err := os.Stat(png); !os.IsNotExist(err) {
		t.Errorf("a refused frame left %s behind", png)
	}
}

func TestFrameRefusesUnwritableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write to a read-only folder")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	code, _, stderr := runFrame(t, "--at", "5", "--size", "320x240", "-o", filepath.Join(dir, "f.png"))
	if code != 2 || !strings.Contains(stderr, "cannot write") {
		t.Errorf("exit %d, %q", code, stderr)
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// distinct counts the different colours in an image, a cheap proof that
// something was drawn.
func distinct(img image.Image) int {
	seen := map[color.RGBA]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), uint8(a >> 8)}] = true
		}
	}
	return len(seen)
}

func differing(a, b image.Image) int {
	n := 0
	bd := a.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			if a.At(x, y) != b.At(x, y) {
				n++
			}
		}
	}
	return n
}

func TestFrameRendersThePicture(t *testing.T) {
	dir := t.TempDir()
	hold := filepath.Join(dir, "hold.png")
	exhale := filepath.Join(dir, "exhale.png")
	code, stdout, stderr := runFrame(t, "--at", "16", "-o", hold)
	if code != 0 || stderr != "" || !strings.Contains(stdout, "hold") {
		t.Fatalf("hold frame: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if code, _, stderr = runFrame(t, "--at", "5", "-o", exhale); code != 0 {
		t.Fatalf("exhale frame: exit %d, %q", code, stderr)
	}
	h, e := readPNG(t, hold), readPNG(t, exhale)
	if h.Bounds().Dx() != 1280 || h.Bounds().Dy() != 800 {
		t.Errorf("default size is %v, want 1280x800", h.Bounds())
	}
	if n := distinct(h); n < 20 {
		t.Errorf("hold frame has only %d colours: blank?", n)
	}
	if n := differing(h, e); n < 5000 {
		t.Errorf("hold and exhale frames differ in only %d pixels", n)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("left temporary files behind: %v", entries)
	}
}

func TestFrameThemesAndSize(t *testing.T) {
	dir := t.TempDir()
	light, dark := filepath.Join(dir, "l.png"), filepath.Join(dir, "d.png")
	for _, f := range []struct{ path, theme string }{{light, "light"}, {dark, "dark"}} {
		if code, _, stderr := runFrame(t, "--at", "9", "--size", "800x600", "--theme", f.theme, "-o", f.path); code != 0 {
			t.Fatalf("%s: %d %q", f.theme, code, stderr)
		}
	}
	l, d := readPNG(t, light), readPNG(t, dark)
	if l.Bounds().Dx() != 800 || l.Bounds().Dy() != 600 {
		t.Errorf("size %v, want 800x600", l.Bounds())
	}
	lum := func(img image.Image) uint32 { r, g, b, _ := img.At(2, 2).RGBA(); return (r + g + b) / 3 >> 8 }
	if lum(l) < 200 || lum(d) > 60 {
		t.Errorf("corner brightness light %d, dark %d", lum(l), lum(d))
	}
}

func TestStillIsTheFigureOnWhite(t *testing.T) {
	tl, err := breath.New(breath.Vacuum(10))
	if err != nil {
		t.Fatal(err)
	}
	img, err := Still(tl, 14*time.Second, 600, 450, false)
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds().Dx() != 600 || img.Bounds().Dy() != 450 {
		t.Fatalf("size %v", img.Bounds())
	}
	if r, g, b, _ := img.At(0, 0).RGBA(); r>>8 != 255 || g>>8 != 255 || b>>8 != 255 {
		t.Errorf("corner is %v, want white", img.At(0, 0))
	}
	if distinct(img) < 20 {
		t.Error("still is blank")
	}
	other, _ := Still(tl, 5*time.Second, 600, 450, false)
	if differing(img, other) < 1000 {
		t.Error("hold and exhale stills look the same")
	}
	if _, err := Still(nil, 0, 600, 450, false); err == nil {
		t.Error("no timeline: no error")
	}
	if _, err := Still(tl, 0, 0, 450, false); err == nil {
		t.Error("zero width: no error")
	}
}

// frame --lang draws the picture's words in that language: the words the
// figure is given are the catalogue's Polish, and the picture differs from
// the English one; a language CoreCue lacks is refused in one line.
func TestFrameLangDrawsTheLanguagesWords(t *testing.T) {
	words, counted := pictureWords("pl")
	if words == nil || counted == nil {
		t.Fatal("no lookups for Polish")
	}
	if got := words("pelvic floor"); got != "dno miednicy" {
		t.Errorf("the figure's label is %q in Polish, want the catalogue's %q", got, "dno miednicy")
	}
	if got := counted("%d reps", 5); got != "5 powtórzeń" {
		t.Errorf("the rep line before the start is %q in Polish", got)
	}
	if w, c := pictureWords("en"); w != nil || c != nil {
		t.Error("English should draw the figure's own words")
	}
	dir := t.TempDir()
	read := func(lang string) image.Image {
		t.Helper()
		out := filepath.Join(dir, lang+".png")
		if code, _, stderr := runFrame(t, "--at", "12", "--lang", lang, "--size", "1280x800", "-o", out); code != 0 {
			t.Fatalf("--lang %s: exit %d: %s", lang, code, stderr)
		}
		return readPNG(t, out)
	}
	en, pl := read("en"), read("pl")
	differ := 0
	b := en.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			if en.At(x, y) != pl.At(x, y) {
				differ++
			}
		}
	}
	if differ < 500 {
		t.Errorf("the Polish picture differs from the English one in only %d sampled pixels", differ)
	}
	code, _, stderr := runFrame(t, "--at", "12", "--lang", "xx", "-o", filepath.Join(dir, "xx.png"))
	if code != 2 || !strings.Contains(stderr, "--lang") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("--lang xx: exit %d, stderr %q; want 2 and one line naming --lang", code, stderr)
	}
}
