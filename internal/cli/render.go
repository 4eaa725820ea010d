package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/regfile"
)

const renderUsage = "usage: corecue render [--preset vacuum] [--reps N] [--sounds tones|voice|both] [--bed on|off] -o FILE.wav [--cues FILE.json] [--lang CODE]"

// renderOpts are the flags of `corecue render` as given.
type renderOpts struct {
	preset, sounds, bed, out, cues, lang string
	reps                                 int
	// set names the flags the person gave: --reps 0 and --cues "" are
	// mistakes, while leaving them out means the preset's reps and no cue list.
	set map[string]bool
}

// Render implements `corecue render`: the drill's sound as a WAV file (to
// play from a phone, or to check cue placement), and optionally its cue list
// as JSON. Exit 0 when written, 2 for bad input or an unwritable path, with
// one line on stderr naming the problem.
func Render(args []string, stdout, stderr io.Writer) int {
	o, code, ok := parseRender(args, stdout, stderr)
	if !ok {
		return code
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "corecue render: %v\n", err)
		return 2
	}
	// The voice clips follow the language in use; a command runs once, but
	// tests call it many times, so the language is put back.
	if prev := i18n.Current(); o.lang != prev && i18n.Default().Has(o.lang) {
		_ = i18n.Use(o.lang)
		defer func() { _ = i18n.Use(prev) }()
	}
	d, tl, err := o.timeline()
	if err != nil {
		return fail(err)
	}
	m, err := renderMix(o.sounds, o.bed)
	if err != nil {
		return fail(err)
	}
	files, order, err := o.outputs(tl, m)
	if err != nil {
		return fail(err)
	}
	// Both files or neither: a WAV without the cue list asked for is not
	// what the person wanted.
	if err := regfile.WriteAll(files, order...); err != nil {
		return fail(err)
	}
	fmt.Fprintf(stdout, "wrote %s (%s, %d reps, %.0f s at %d Hz)\n", o.out, d.Name, d.Reps, tl.Total.Seconds(), audio.Rate)
	return 0
}

// parseRender reads render's flags; when ok is false Render returns code.
func parseRender(args []string, stdout, stderr io.Writer) (o renderOpts, code int, ok bool) {
	fs := newFlags("corecue render", renderUsage)
	fs.StringVar(&o.preset, "preset", "vacuum", "drill preset: vacuum, drawing-in or taster")
	fs.IntVar(&o.reps, "reps", 0, "number of reps (1-100)")
	fs.StringVar(&o.sounds, "sounds", "both", "tones, voice or both")
	fs.StringVar(&o.bed, "bed", "on", "breath-sound bed: on or off")
	fs.StringVar(&o.out, "o", "", "WAV file to write")
	fs.StringVar(&o.cues, "cues", "", "JSON file for the cue list")
	fs.StringVar(&o.lang, "lang", i18n.Source, "language of the cue list's captions: "+strings.Join(i18n.Default().Codes(), ", "))
	if _, code, ok := parse(fs, args, 0, stdout, stderr); !ok {
		return o, code, false
	}
	o.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { o.set[f.Name] = true })
	return o, 0, true
}

// timeline checks the output file is named and the drill asked for exists,
// and builds its timeline.
func (o renderOpts) timeline() (breath.Drill, *breath.Timeline, error) {
	if o.out == "" {
		return breath.Drill{}, nil, errors.New("no output file: add -o FILE.wav")
	}
	if o.set["reps"] && (o.reps < breath.MinReps || o.reps > breath.MaxReps) {
		return breath.Drill{}, nil, fmt.Errorf("--reps must be %d–%d, got %d", breath.MinReps, breath.MaxReps, o.reps)
	}
	d, err := breath.Preset(o.preset, o.reps)
	if err != nil {
		return breath.Drill{}, nil, fmt.Errorf("--preset: %v", err)
	}
	tl, err := breath.New(d)
	return d, tl, err
}

// renderMix turns --sounds and --bed into the mix to render.
func renderMix(sounds, bed string) (audio.Mix, error) {
	m := audio.DefaultMix()
	switch sounds {
	case "both":
	case "tones":
		m.VoiceOn = false
	case "voice":
		m.CuesOn = false
	default:
		return m, fmt.Errorf("--sounds must be tones, voice or both, got %q", sounds)
	}
	switch bed {
	case "on":
	case "off":
		m.BedOn = false
	default:
		return m, fmt.Errorf("--bed must be on or off, got %q", bed)
	}
	return m, nil
}

// outputs are the files to write, the WAV first, each checked writable
// before anything is rendered.
func (o renderOpts) outputs(tl *breath.Timeline, m audio.Mix) (map[string]regfile.WriteFunc, []string, error) {
	if o.set["cues"] && o.cues == "" {
		return nil, nil, errors.New("--cues needs a file name")
	}
	if err := checkLang(o.lang); err != nil {
		return nil, nil, err
	}
	files := map[string]regfile.WriteFunc{o.out: func(f *os.File) error { return audio.Render(f, tl, m) }}
	order := []string{o.out}
	if o.cues != "" {
		if samePath(o.cues, o.out) {
			return nil, nil, fmt.Errorf("--cues and -o name the same file %s", o.out)
		}
		list := audio.CueList(tl, audio.Rate)
		for i := range list {
			list[i].Caption = i18n.In(o.lang, list[i].Caption)
		}
		files[o.cues] = func(f *os.File) error {
			enc := json.NewEncoder(f)
			enc.SetIndent("", "  ")
			return enc.Encode(list)
		}
		order = append(order, o.cues)
	}
	for _, p := range order {
		if err := regfile.Check(p); err != nil {
			return nil, nil, err
		}
	}
	return files, order, nil
}
