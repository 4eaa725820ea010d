package settings

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/ui/column"
	"github.com/corecue/corecue/internal/ui/inview"
	"github.com/corecue/corecue/internal/ui/sessionkey"
)

// View is the settings screen. Every change is saved at once and handed to
// OnChange so sound and picture follow without a restart.
type View struct {
	prefs fyne.Preferences
	cur   Settings

	Cues, Voice, Bed, Mute, Reduced *inview.Check
	CuesVol, VoiceVol, BedVol       *inview.Slider
	CuesPct, VoicePct, BedPct       *widget.Label
	Offset                          *inview.Slider
	OffsetLabel                     *widget.Label
	Theme                           *widget.RadioGroup
	Language                        *inview.Select
	LanguageNote                    *widget.Label // how the chosen language's text was made, and when it applies
	Calibrate                       *inview.Button
	Error                           *widget.Label

	OnChange    func(Settings)
	OnCalibrate func()

	content fyne.CanvasObject
	loading bool
}

// NewView builds the screen from the stored settings.
func NewView(p fyne.Preferences) *View {
	v := &View{prefs: p, cur: Load(p)}
	changed := func() { v.apply() }
	// Each layer is a short "On" check beside its slider, so every slider starts
	// at the same x and the rows read as one table.
	v.Cues = inview.NewCheck(i18n.L("On"), func(bool) { changed() })
	v.Voice = inview.NewCheck(i18n.L("On"), func(bool) { changed() })
	v.Bed = inview.NewCheck(i18n.L("On"), func(bool) { changed() })
	v.Mute = inview.NewCheck(i18n.L("Mute all sound"), func(bool) { changed() })
	v.Reduced = inview.NewCheck(i18n.L("Reduced motion: one still picture per step"), func(bool) { changed() })
	v.CuesPct, v.VoicePct, v.BedPct = widget.NewLabel(""), widget.NewLabel(""), widget.NewLabel("")
	slider := func(pct *widget.Label) *inview.Slider {
		s := inview.NewSlider(0, 100)
		s.Step = 5
		s.OnChanged = func(f float64) { pct.SetText(fmt.Sprintf("%3.0f%%", f)) }
		s.OnChangeEnded = func(float64) { changed() }
		return s
	}
	v.CuesVol, v.VoiceVol, v.BedVol = slider(v.CuesPct), slider(v.VoicePct), slider(v.BedPct)
	v.Offset = inview.NewSlider(MinOffsetMs, MaxOffsetMs)
	v.Offset.Step = 5
	v.OffsetLabel = widget.NewLabel("")
	v.Offset.OnChanged = func(f float64) { v.OffsetLabel.SetText(offsetText(int(f))) }
	v.Offset.OnChangeEnded = func(float64) { changed() }
	v.Theme = widget.NewRadioGroup([]string{i18n.L("System"), i18n.L("Light"), i18n.L("Dark")}, func(string) { changed() })
	v.Theme.Horizontal = true
	v.Theme.Required = true
	v.Language = inview.NewSelect(languageChoices(), func(string) { changed() })
	v.LanguageNote = widget.NewLabel("")
	v.LanguageNote.Wrapping = fyne.TextWrapWord
	v.Calibrate = inview.NewButton(i18n.L("Calibrate with click and flash…"), nil, func() {
		if v.OnCalibrate != nil {
			v.OnCalibrate()
		}
	})
	v.Error = widget.NewLabel("")
	v.Error.Importance = widget.DangerImportance
	v.set(v.cur)

	// The row's children in reading order, box before slider: Tab follows
	// the children, and container.NewBorder puts the centre first.
	layer := func(check *inview.Check, s *inview.Slider, pct *widget.Label) fyne.CanvasObject {
		return container.New(layout.NewBorderLayout(nil, nil, check, pct), check, Track(s), pct)
	}
	help := widget.NewLabel(i18n.L("If picture and sound seem out of step (for example on Bluetooth headphones), " +
		"calibrate: move the slider until the flash and the click land together."))
	help.Wrapping = fyne.TextWrapWord
	heading := func(s string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	sound := widget.NewForm(
		widget.NewFormItem("", v.Mute),
		widget.NewFormItem(i18n.L("Cue tones and ticks"), layer(v.Cues, v.CuesVol, v.CuesPct)),
		widget.NewFormItem(i18n.L("Spoken prompts"), layer(v.Voice, v.VoiceVol, v.VoicePct)),
		widget.NewFormItem(i18n.L("Breath sound"), layer(v.Bed, v.BedVol, v.BedPct)),
	)
	sync := widget.NewForm(
		widget.NewFormItem(i18n.L("A/V offset"), container.NewBorder(nil, nil, nil, v.OffsetLabel, Track(v.Offset))),
		widget.NewFormItem("", container.NewVBox(help, container.NewHBox(v.Calibrate))),
	)
	look := widget.NewForm(
		widget.NewFormItem(i18n.L("Motion"), v.Reduced),
		widget.NewFormItem(i18n.L("Theme"), v.Theme),
		widget.NewFormItem(i18n.L("Language"), container.NewVBox(v.Language, v.LanguageNote)),
	)
	body := container.NewVBox(heading(i18n.L("Sound")), sound, widget.NewSeparator(),
		heading(i18n.L("Picture and sound in step")), sync, widget.NewSeparator(),
		heading(i18n.L("Look")), look, v.Error)
	scroll := container.NewVScroll(container.NewPadded(column.New(760, body)))
	// Each control scrolls the screen to itself when Tab reaches it; the
	// theme's radio items cannot, so the boxes either side of them show the
	// whole Look group, the radios with them.
	for _, c := range []*inview.Check{v.Cues, v.Voice, v.Bed, v.Mute, v.Reduced} {
		c.Scroll = scroll
	}
	for _, s := range []*inview.Slider{v.CuesVol, v.VoiceVol, v.BedVol, v.Offset} {
		s.Scroll = scroll
	}
	v.Language.Scroll, v.Calibrate.Scroll = scroll, scroll
	v.Reduced.Span, v.Language.Span = look, look
	v.content = scroll
	return v
}

// SetKeys gives Space and Escape to k, a drill or workout, while it runs,
// whichever control of the screen has the keyboard, so the Space meant to
// pause it ticks no box and opens no picker. The theme's radios, Fyne's own,
// still take it.
func (v *View) SetKeys(k sessionkey.Session) {
	for _, c := range []*inview.Check{v.Cues, v.Voice, v.Bed, v.Mute, v.Reduced} {
		c.Keys = k
	}
	for _, s := range []*inview.Slider{v.CuesVol, v.VoiceVol, v.BedVol, v.Offset} {
		s.Keys = k
	}
	v.Language.Keys, v.Calibrate.Keys = k, k
}

// Content is the screen's root object.
func (v *View) Content() fyne.CanvasObject { return v.content }

// Current is the settings as stored.
func (v *View) Current() Settings { return v.cur }

// SetOffset moves the offset slider (the calibration screen shares it) and saves.
func (v *View) SetOffset(ms int) {
	v.Offset.SetValue(float64(ms))
	v.apply()
}

func (v *View) set(s Settings) {
	v.loading = true
	defer func() { v.loading = false }()
	v.Cues.SetChecked(s.CuesOn)
	v.Voice.SetChecked(s.VoiceOn)
	v.Bed.SetChecked(s.BedOn)
	v.Mute.SetChecked(s.Mute)
	v.Reduced.SetChecked(s.ReducedMotion)
	v.CuesVol.SetValue(s.CuesVol * 100)
	v.CuesPct.SetText(fmt.Sprintf("%3.0f%%", s.CuesVol*100))
	v.VoicePct.SetText(fmt.Sprintf("%3.0f%%", s.VoiceVol*100))
	v.BedPct.SetText(fmt.Sprintf("%3.0f%%", s.BedVol*100))
	v.VoiceVol.SetValue(s.VoiceVol * 100)
	v.BedVol.SetValue(s.BedVol * 100)
	v.Offset.SetValue(float64(s.OffsetMs))
	v.OffsetLabel.SetText(offsetText(s.OffsetMs))
	v.Theme.SetSelected(map[string]string{"system": i18n.L("System"), "light": i18n.L("Light"), "dark": i18n.L("Dark")}[s.Theme])
	v.Language.SetSelectedIndex(slices.Index(languageCodes(), s.Language))
	v.LanguageNote.SetText(languageNote(s.Language))
}

func (v *View) read() Settings {
	return Settings{
		CuesOn: v.Cues.Checked, VoiceOn: v.Voice.Checked, BedOn: v.Bed.Checked, Mute: v.Mute.Checked,
		CuesVol: v.CuesVol.Value / 100, VoiceVol: v.VoiceVol.Value / 100, BedVol: v.BedVol.Value / 100,
		OffsetMs:      int(v.Offset.Value),
		ReducedMotion: v.Reduced.Checked,
		Theme:         map[string]string{i18n.L("System"): "system", i18n.L("Light"): "light", i18n.L("Dark"): "dark"}[v.Theme.Selected],
		Language:      languageCodes()[max(v.Language.SelectedIndex(), 0)],
	}
}

func (v *View) apply() {
	if v.loading {
		return
	}
	s := v.read()
	if err := Save(v.prefs, s); err != nil {
		v.Error.SetText(i18n.L("Not saved: ") + err.Error())
		return
	}
	v.Error.SetText("")
	v.LanguageNote.SetText(languageNote(s.Language))
	v.cur = s
	// Volume sliders are pointless while their layer is off; say so by disabling them.
	enable(v.CuesVol, s.CuesOn && !s.Mute)
	enable(v.VoiceVol, s.VoiceOn && !s.Mute)
	enable(v.BedVol, s.BedOn && !s.Mute)
	if v.OnChange != nil {
		v.OnChange(s)
	}
}

func enable(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}

func offsetText(ms int) string {
	switch {
	case ms > 0:
		return i18n.F("picture %d ms later", ms)
	case ms < 0:
		return i18n.F("picture %d ms earlier", -ms)
	}
	return i18n.L("no offset (0 ms)")
}

// languageCodes are the language choice's values in its order: "" (the
// system's) first, then every language CoreCue has.
func languageCodes() []string { return append([]string{""}, i18n.Default().Codes()...) }

// languageChoices names each choice: a language in its own script with its
// English name, so the person who set the wrong one can find their way back.
func languageChoices() []string {
	out := []string{i18n.L("System language")}
	for _, l := range i18n.Default().Languages() {
		name := l.Name
		if l.English != l.Name {
			name += " (" + l.English + ")"
		}
		out = append(out, name)
	}
	return out
}

// languageNote says how the chosen language's text was made, never hiding
// that nobody has reviewed it, and when the choice takes effect.
func languageNote(code string) string {
	when := i18n.L("Shown from the next start of CoreCue.")
	if code == "" {
		code = i18n.Match(string(lang.SystemLocale()))
		when = i18n.L("Follows the system's language.") + " " + when
	}
	l, ok := i18n.Lookup(code)
	if !ok || l.Status == i18n.Reviewed {
		return when
	}
	return fmt.Sprintf("%s: %s. %s", l.Name, i18n.L(l.Status), when)
}
