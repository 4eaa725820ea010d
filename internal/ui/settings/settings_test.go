package settings

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/i18n"
)

func TestLoadFallsBackFieldByField(t *testing.T) {
	a := test.NewTempApp(t)
	p := a.Preferences()
	if got := Load(p); got != Defaults() {
		t.Fatalf("empty prefs: %+v", got)
	}
	p.SetFloat(prefix+"voiceVol", 7)
	p.SetInt("audio.offsetMs", 900)
	p.SetString("ui.theme", "purple")
	p.SetFloat(prefix+"bedVol", 0.5)
	got := Load(p)
	if got.VoiceVol != Defaults().VoiceVol || got.OffsetMs != 0 || got.Theme != "system" || got.BedVol != 0.5 {
		t.Fatalf("got %+v", got)
	}
}

func TestSaveRefusesOutOfRange(t *testing.T) {
	a := test.NewTempApp(t)
	s := Defaults()
	s.OffsetMs = 201
	if err := Save(a.Preferences(), s); err == nil {
		t.Fatal("offset 201 saved")
	}
	s = Defaults()
	s.CuesVol = -0.1
	if err := Save(a.Preferences(), s); err == nil {
		t.Fatal("negative volume saved")
	}
	s = Defaults()
	s.OffsetMs, s.Theme = -120, "dark"
	if err := Save(a.Preferences(), s); err != nil {
		t.Fatal(err)
	}
	if got := Load(a.Preferences()); got != s {
		t.Fatalf("round trip %+v", got)
	}
}

func TestViewSavesAndReportsEachChange(t *testing.T) {
	a := test.NewTempApp(t)
	v := NewView(a.Preferences())
	var got []Settings
	v.OnChange = func(s Settings) { got = append(got, s) }
	test.Tap(v.Voice)
	test.Tap(v.Reduced)
	v.Theme.SetSelected("Dark")
	if len(got) != 3 {
		t.Fatalf("%d changes", len(got))
	}
	last := got[2]
	if last.VoiceOn || !last.ReducedMotion || last.Theme != "dark" {
		t.Fatalf("last %+v", last)
	}
	if !v.VoiceVol.Disabled() {
		t.Error("voice volume still enabled with voice off")
	}
	if Load(a.Preferences()) != last {
		t.Fatal("not saved")
	}
	v.SetOffset(-35)
	if Load(a.Preferences()).OffsetMs != -35 {
		t.Fatal("offset not saved")
	}
}

type fakeClicks struct {
	now    time.Duration
	offset time.Duration
	period time.Duration
	stop   bool
}

func (f *fakeClicks) StartClicks(p time.Duration) { f.period = p }
func (f *fakeClicks) Stop()                       { f.stop = true }
func (f *fakeClicks) Now() time.Duration          { return f.now }
func (f *fakeClicks) SetOffset(d time.Duration)   { f.offset = d }

func TestCalibrationFlashesOnTheClickClock(t *testing.T) {
	test.NewTempApp(t)
	f := &fakeClicks{}
	k := NewCalibration(f, 40)
	k.Start()
	if f.period != ClickPeriod || f.offset != 40*time.Millisecond {
		t.Fatalf("clicks %v offset %v", f.period, f.offset)
	}
	for _, c := range []struct {
		at  time.Duration
		lit bool
	}{{0, true}, {50 * time.Millisecond, true}, {500 * time.Millisecond, false}, {3*time.Second + 10*time.Millisecond, true}} {
		f.now = c.at
		k.Frame()
		if k.Lit() != c.lit {
			t.Errorf("at %v lit=%v", c.at, k.Lit())
		}
	}
	k.Offset.SetValue(-60)
	if f.offset != -60*time.Millisecond {
		t.Fatalf("slider did not move the clock offset: %v", f.offset)
	}
	var done = 1
	k.OnDone = func(ms int) { done = ms }
	test.Tap(k.Done)
	if done != -60 || !f.stop {
		t.Fatalf("done %d stop %v", done, f.stop)
	}
}

// TestLanguageChoiceIsStoredAndSaysItIsUnreviewed replays a person choosing
// Polski in settings: the choice is stored for the next start, the screen
// says the Polish text is a machine translation nobody has reviewed, and
// the next start shows Polish.
func TestLanguageChoiceIsStoredAndSaysItIsUnreviewed(t *testing.T) {
	a := test.NewTempApp(t)
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	v := NewView(a.Preferences())
	if v.Language.Selected != "System language" {
		t.Fatalf("the first choice is %q, want the system's language", v.Language.Selected)
	}
	v.Language.SetSelected("Polski (Polish)")
	if got := a.Preferences().String("ui.language"); got != "pl" {
		t.Fatalf("stored language %q", got)
	}
	if note := v.LanguageNote.Text; !strings.Contains(note, "not reviewed by a native speaker") || !strings.Contains(note, "next start") {
		t.Fatalf("the note %q does not say the translation is unreviewed and when it applies", note)
	}
	UseLanguage(a.Preferences())
	if i18n.Current() != "pl" || i18n.L("Start over") != "Zacznij od nowa" {
		t.Fatalf("the next start is in %q", i18n.Current())
	}
	if got := LanguageFor(Settings{}, "ro_RO.UTF-8"); got != "ro" {
		t.Fatalf("a Romanian system with no choice gives %q", got)
	}
	if got := LanguageFor(Settings{}, "fr-FR"); got != "en" {
		t.Fatalf("a French system gives %q, want English", got)
	}
	a.Preferences().SetString("ui.language", "xx")
	if got := Load(a.Preferences()).Language; got != "" {
		t.Fatalf("a stored unknown language loads as %q, want the system's", got)
	}
}

// A newcomer opening Settings reads the note under "System language" as
// sentences: each starts with a capital after a full stop, none after a
// semicolon.
func TestSystemLanguageNoteReadsAsSentences(t *testing.T) {
	a := test.NewTempApp(t)
	v := NewView(a.Preferences())
	if v.Language.Selected != "System language" {
		t.Fatalf("the first choice is %q", v.Language.Selected)
	}
	note := v.LanguageNote.Text
	if strings.Contains(note, "; Shown") || !strings.Contains(note, "Follows the system's language. Shown from the next start") {
		t.Fatalf("the note reads %q", note)
	}
}

// Settings built in Gujarati speak Gujarati, the theme choice still saves
// the theme, and the note says in Gujarati that the text is unreviewed.
func TestSettingsInGujarati(t *testing.T) {
	a := test.NewTempApp(t)
	if err := i18n.Use("gu"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	a.Preferences().SetString("ui.language", "gu")
	v := NewView(a.Preferences())
	if v.Mute.Text != "બધો અવાજ બંધ" || v.Language.Selected != "ગુજરાતી (Gujarati)" {
		t.Errorf("mute %q, language %q", v.Mute.Text, v.Language.Selected)
	}
	if note := v.LanguageNote.Text; !strings.Contains(note, "મશીન અનુવાદ") {
		t.Errorf("the note %q does not say in Gujarati that nobody has reviewed it", note)
	}
	v.Theme.SetSelected("ઘેરો")
	if got := Load(a.Preferences()).Theme; got != "dark" {
		t.Errorf("choosing ઘેરો (dark) saved the theme %q", got)
	}
}
