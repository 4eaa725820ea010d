package kiosk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const minimal = `
[clinic]
name = "Riverside Physio"
phone = "020 7946 0000"
`

func TestExampleConfigLoads(t *testing.T) {
	c, warn, err := Load("../../docs/kiosk.example.toml")
	if err != nil || len(warn) != 0 {
		t.Fatalf("example: %v %v", err, warn)
	}
	if c.Clinic.Name != "Riverside Physiotherapy" || c.IdleTimeout != 90*time.Second || c.VolumeCap != 0.6 ||
		!strings.Contains(c.Clinic.Hours, "Sat 9:00") || c.SoundOn || !c.HidePointer {
		t.Fatalf("example read as %+v", c)
	}
}

func TestMinimalConfigTakesDefaults(t *testing.T) {
	c, warn, err := Parse([]byte(minimal), false)
	if err != nil || len(warn) != 0 {
		t.Fatal(err, warn)
	}
	want := Defaults()
	want.Clinic = c.Clinic
	if c != want {
		t.Fatalf("got %+v want %+v", c, want)
	}
	if c.IdleTimeout != 90*time.Second || c.StillThere != 10*time.Second || c.SoundOn {
		t.Fatalf("defaults %+v", c)
	}
}

func TestJSONConfig(t *testing.T) {
	c, _, err := Parse([]byte(`{"clinic":{"name":"A","email":"a@b.example"},"idle_timeout_s":60,"sound":{"volume_cap":0.3}}`), true)
	if err != nil || c.IdleTimeout != time.Minute || c.VolumeCap != 0.3 {
		t.Fatalf("%+v %v", c, err)
	}
	if _, _, err := Parse([]byte(`{"clinic":{"name":"A","email":"a@b.example"},"idle_timeout_s":60.5}`), true); err == nil ||
		!strings.Contains(err.Error(), `"idle_timeout_s" must be a whole number`) {
		t.Fatalf("fraction: %v", err)
	}
}

// Every field's bad value gives one line that names it.
func TestEveryFieldError(t *testing.T) {
	cases := []struct{ body, want string }{
		{`idle_timeout_s = "90"`, `"idle_timeout_s" must be a whole number, found text "90"`},
		{`idle_timeout_s = 5`, `"idle_timeout_s" is 5, outside 20–1800`},
		{`idle_timeout_s = 9000`, `"idle_timeout_s" is 9000, outside 20–1800`},
		{`still_there_s = 1`, `"still_there_s" is 1, outside 5–60`},
		{`still_there_s = true`, `"still_there_s" must be a whole number, found true`},
		{`hide_pointer = "yes"`, `"hide_pointer" must be true or false, found text "yes"`},
		{`scale = 9`, `"scale" is 9, outside 0.5–4`},
		{`scale = "big"`, `"scale" must be a number`},
		{`attract_fps = 0`, `"attract_fps" is 0, outside 1–60`},
		{`attract_fps = 2.5`, `"attract_fps" must be a whole number, found the number 2.5`},
		{"[sound]\non_at_start = 1", `"sound.on_at_start" must be true or false, found the number 1`},
		{"[sound]\nvolume_cap = 1.5", `"sound.volume_cap" is 1.5, outside 0–1`},
		{"[sound]\nvolume_cap = -0.1", `"sound.volume_cap" is -0.1, outside 0–1`},
		{"[sound]\nav_offset_ms = 500", `"sound.av_offset_ms" is 500, outside -200–200`},
		{`sound = 3`, `"sound" must be a table of settings, found the number 3`},
	}
	for _, c := range cases {
		// Top-level keys must come before the [clinic] table in TOML.
		body := c.body + "\n" + minimal
		_, _, err := Parse([]byte(body), false)
		if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s:\n got %v\nwant %s", c.body, err, c.want)
		}
	}
	clinicCases := []struct{ body, want string }{
		{"[clinic]\nphone = \"020 7946 0000\"", `"clinic.name" is missing`},
		{"[clinic]\nname = \"   \"\nphone = \"020\"", `"clinic.name" is missing`},
		{"[clinic]\nname = \"A\"", `"clinic.phone", "clinic.email", "clinic.booking" or "clinic.booking_url" is needed`},
		{"[clinic]\nname = \"A\"\nbooking_url = \"ftp://x.example\"", `"clinic.booking_url" is "ftp://x.example", not a web link starting with https://`},
		{"[clinic]\nname = \"A\"\nbooking_url = \"https://x.example/a b\"", `"clinic.booking_url" holds a space`},
		{"[clinic]\nname = \"A\"\nbooking_url = \"example.org/book\"", `not a web link`},
		{"[clinic]\nname = \"A\"\nbooking_url = \"https://x.example/" + strings.Repeat("a", 300) + "\"", `"clinic.booking_url" is 318 characters long, over 300`},
		{"[clinic]\nname = \"A\"\nphone = \"call us\"", `"clinic.phone" "call us" should hold digits`},
		{"[clinic]\nname = \"A\"\nemail = \"nope\"", `"clinic.email" "nope" is not an email address`},
		{"[clinic]\nname = 7\nphone = \"020 7946\"", `"clinic.name" must be text, found the number 7`},
		{"[clinic]\nname = \"A\"\nbooking = \"" + strings.Repeat("x", 501) + "\"", `"clinic.booking" is 501 characters, the limit is 500`},
		{"", `"clinic.name" is missing`},
		{"clinic = \"x\"", `"clinic" must be a table of settings`},
		{"idle_timeout_s = ", "not TOML: line 1"},
	}
	for _, c := range clinicCases {
		_, _, err := Parse([]byte(c.body), false)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q:\n got %v\nwant %s", c.body, err, c.want)
		}
	}
}

func TestUnknownKeysWarn(t *testing.T) {
	_, warn, err := Parse([]byte("idle_timout_s = 30\n"+minimal+"fax = \"1\"\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(warn) != 2 || !strings.Contains(warn[0], `"clinic.fax"`) || !strings.Contains(warn[1], `"idle_timout_s"`) {
		t.Fatalf("warnings %q", warn)
	}
}

func TestLoadErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	_, _, err := Load(filepath.Join(dir, "kiosk.toml"))
	if err == nil || !strings.Contains(err.Error(), "does not exist") || !strings.Contains(err.Error(), "kiosk.example.toml") {
		t.Fatalf("missing: %v", err)
	}
	p := filepath.Join(dir, "bad.toml")
	os.WriteFile(p, []byte("idle_timeout_s = 1\n"+minimal), 0o644)
	if _, _, err := Load(p); err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "idle_timeout_s") {
		t.Fatalf("bad: %v", err)
	}
	os.WriteFile(p, []byte{0xff, 0xfe}, 0o644)
	if _, _, err := Load(p); err == nil || !strings.Contains(err.Error(), "UTF-8") {
		t.Fatalf("binary: %v", err)
	}
}

func TestSaveRoundTrips(t *testing.T) {
	c, _, err := Load("../../docs/kiosk.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	c.IdleTimeout = 2 * time.Minute
	c.SoundOn = true
	c.AVOffset = -40 * time.Millisecond
	p := filepath.Join(t.TempDir(), "kiosk.toml")
	if err := Save(p, c); err != nil {
		t.Fatal(err)
	}
	got, warn, err := Load(p)
	if err != nil || len(warn) != 0 || got != c {
		t.Fatalf("round trip:\n got %+v\nwant %+v\n%v %v", got, c, err, warn)
	}
	c.VolumeCap = 2
	if err := Save(p, c); err == nil || !strings.Contains(err.Error(), "sound.volume_cap") {
		t.Fatalf("bad save: %v", err)
	}
	entries, _ := os.ReadDir(filepath.Dir(p))
	if len(entries) != 1 {
		t.Fatalf("left behind: %v", entries)
	}
}

func TestBookingURLIsAWayToBookAndIsSaved(t *testing.T) {
	c, _, err := Parse([]byte("[clinic]\nname = \"A\"\nbooking_url = \"https://riverside.example/book?src=kiosk\"\n"), false)
	if err != nil || c.BookingURL != "https://riverside.example/book?src=kiosk" {
		t.Fatalf("%+v %v", c, err)
	}
	path := filepath.Join(t.TempDir(), "kiosk.toml")
	if err := Save(path, c); err != nil {
		t.Fatal(err)
	}
	got, _, err := Load(path)
	if err != nil || got != c {
		t.Fatalf("saved and read back: %+v %v", got, err)
	}
	c.BookingURL = "javascript:alert(1)"
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), `"clinic.booking_url"`) {
		t.Fatalf("a bad link set in code: %v", err)
	}
}

// A clinic runs set-pin and the kiosk before naming itself: every screen,
// and the booking screen in large type, said "CoreCue" as if the app were
// the clinic. The starter names what is true in any waiting room.
func TestStarterDoesNotNameTheAppAsTheClinic(t *testing.T) {
	name := Starter().Clinic.Name
	if strings.Contains(strings.ToLower(name), "corecue") {
		t.Fatalf("the starter clinic is called %q", name)
	}
	if err := Starter().Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestStarterConfigIsWrittenOnceAndIsValid(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kiosk.toml")
	wrote, err := WriteStarter(path)
	if err != nil || !wrote {
		t.Fatalf("first: %v %v", wrote, err)
	}
	c, warn, err := Load(path)
	if err != nil || len(warn) != 0 || c != Starter() {
		t.Fatalf("starter read back: %+v %v %v", c, warn, err)
	}
	os.WriteFile(path, []byte("[clinic]\nname = \"Riverside\"\nphone = \"020\"\n"), 0o644)
	if wrote, err := WriteStarter(path); err != nil || wrote {
		t.Fatalf("an existing config was replaced: %v %v", wrote, err)
	}
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), "Riverside") {
		t.Fatal("existing config changed")
	}
}
