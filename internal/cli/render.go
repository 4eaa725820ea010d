package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/regfile"
)

const renderUsage = "usage: corecue render [--preset vacuum] [--reps N] [--sounds tones|voice|both] [--bed on|off] -o FILE.wav [--cues FILE.json]"

// Render implements `corecue render`: the drill's sound as a WAV file (to
// play from a phone, or to check cue placement), and optionally its cue list
// as JSON. Exit 0 when written, 2 for bad input or an unwritable path, with
// one line on stderr naming the problem.
func Render(args []string, stdout, stderr io.Writer) int {
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "corecue render: "+format+"\n", a...)
		return 2
	}
	fs := newFlags("corecue render", renderUsage)
	preset := fs.String("preset", "vacuum", "drill preset: vacuum or taster")
	reps := fs.Int("reps", 0, "number of reps (1-100)")
	sounds := fs.String("sounds", "both", "tones, voice or both")
	bed := fs.String("bed", "on", "breath-sound bed: on or off")
	out := fs.String("o", "", "WAV file to write")
	cues := fs.String("cues", "", "JSON file for the cue list")
	if _, code, ok := parse(fs, args, 0, stdout, stderr); !ok {
		return code
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	if *out == "" {
		return fail("no output file: add -o FILE.wav")
	}
	if set["reps"] && (*reps < breath.MinReps || *reps > breath.MaxReps) {
		return fail("--reps must be %d–%d, got %d", breath.MinReps, breath.MaxReps, *reps)
	}
	d, err := breath.Preset(*preset, *reps)
	if err != nil {
		return fail("--preset: %v", err)
	}
	tl, err := breath.New(d)
	if err != nil {
		return fail("%v", err)
	}
	m := audio.DefaultMix()
	switch *sounds {
	case "both":
	case "tones":
		m.VoiceOn = false
	case "voice":
		m.CuesOn = false
	default:
		return fail("--sounds must be tones, voice or both, got %q", *sounds)
	}
	switch *bed {
	case "on":
	case "off":
		m.BedOn = false
	default:
		return fail("--bed must be on or off, got %q", *bed)
	}
	if set["cues"] && *cues == "" {
		return fail("--cues needs a file name")
	}
	files := map[string]regfile.WriteFunc{*out: func(f *os.File) error { return audio.Render(f, tl, m) }}
	order := []string{*out}
	if *cues != "" {
		if samePath(*cues, *out) {
			return fail("--cues and -o name the same file %s", *out)
		}
		list := audio.CueList(tl, audio.Rate)
		files[*cues] = func(f *os.File) error {
			enc := json.NewEncoder(f)
			enc.SetIndent("", "  ")
			return enc.Encode(list)
		}
		order = append(order, *cues)
	}
	for _, p := range order {
		if err := regfile.Check(p); err != nil {
			return fail("%v", err)
		}
	}
	// Both files or neither: a WAV without the cue list asked for is not
	// what the person wanted.
	if err := regfile.WriteAll(files, order...); err != nil {
		return fail("%v", err)
	}
	fmt.Fprintf(stdout, "wrote %s (%s, %d reps, %.0f s at %d Hz)\n", *out, d.Name, d.Reps, tl.Total.Seconds(), audio.Rate)
	return 0
}
