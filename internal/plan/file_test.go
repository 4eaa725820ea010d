package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const goodPlan = `{
  "version": 1,
  "name": "Back-friendly core",
  "items": [
    {"exercise": "vacuum", "sets": 1, "reps": 10, "rest_seconds": 30},
    {"exercise": "McGill curl-up", "sets": 3, "hold_seconds": 10},
    {"exercise": "situps", "sets": 2, "reps": 15, "rest_seconds": 60}
  ]
}`

func TestParseGood(t *testing.T) {
	p, err := Parse([]byte(goodPlan))
	if err != nil {
		t.Fatal(err)
	}
	want := Plan{Name: "Back-friendly core", Items: []Item{
		{Exercise: "vacuum", Sets: 1, Reps: 10, RestSeconds: 30},
		{Exercise: "McGill curl-up", Sets: 3, HoldSeconds: 10},
		{Exercise: "situps", Sets: 2, Reps: 15, RestSeconds: 60},
	}}
	if !reflect.DeepEqual(p, want) {
		t.Fatalf("got %+v\nwant %+v", p, want)
	}
	if got := p.Items[1].Dose(); got != "3 × 10 s" {
		t.Errorf("hold dose = %q", got)
	}
	if got := p.Items[2].Dose(); got != "2 × 15" {
		t.Errorf("reps dose = %q", got)
	}
}

func TestParseAcceptsBOMAndEmptyPlan(t *testing.T) {
	p, err := Parse([]byte("\xef\xbb\xbf{\"version\":1,\"name\":\"Empty\",\"items\":[]}"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "Empty" || len(p.Items) != 0 {
		t.Fatalf("got %+v", p)
	}
}

func TestRoundTrip(t *testing.T) {
	p, err := Parse([]byte(goodPlan))
	if err != nil {
		t.Fatal(err)
	}
	data, err := Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"version": 1`)) {
		t.Errorf("export lacks the version: %s", data)
	}
	q, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p, q) {
		t.Fatalf("round trip changed the plan:\n%+v\n%+v", p, q)
	}
}

func TestWriteFileAtomicAndReadBack(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.json")
	p := Plan{Name: "Mine", Items: []Item{{Exercise: "bird-dog", Sets: 2, HoldSeconds: 8}}}
	if err := WriteFile(path, p); err != nil {
		t.Fatal(err)
	}
	q, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p, q) {
		t.Fatalf("got %+v", q)
	}
	// An invalid plan must not replace the good file or leave a temp file.
	if err := WriteFile(path, Plan{Name: "Bad", Items: []Item{{Exercise: "x", Sets: 0, Reps: 1}}}); err == nil {
		t.Fatal("invalid plan written")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("folder holds %d entries, want only plan.json", len(entries))
	}
	if q, err := ReadFile(path); err != nil || q.Name != "Mine" {
		t.Fatalf("good file damaged: %v %+v", err, q)
	}
}

func items(n int, item string) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = item
	}
	return `{"version":1,"name":"P","items":[` + strings.Join(parts, ",") + `]}`
}

func withItem(item string) string { return items(1, item) }

func TestParseRefuses(t *testing.T) {
	long := strings.Repeat("é", 101)
	cases := []struct {
		name, in string
		kind     error
		mention  string
	}{
		{"too large", `{"version":1,"name":"` + strings.Repeat("a", MaxFileSize) + `"}`, ErrTooLarge, "1 MiB"},
		{"not json", `version: 1`, ErrNotJSON, "line 1"},
		{"truncated json", `{"version":1,"name":"P"`, ErrNotJSON, ""},
		{"trailing garbage", `{"version":1,"name":"P"} x`, ErrNotJSON, ""},
		{"empty input", ``, ErrNotJSON, ""},
		{"array at top", `[1,2]`, ErrInvalid, "object"},
		{"no version", `{"name":"P","items":[]}`, ErrVersion, "version"},
		{"version 2", `{"version":2,"name":"P","items":[],"newthing":true}`, ErrVersion, "version 2"},
		{"version as text", `{"version":"1","name":"P"}`, ErrVersion, ""},
		{"too many items", items(101, `{"exercise":"plank","sets":1,"hold_seconds":10}`), ErrTooManyItems, "101"},
		{"sets 0", withItem(`{"exercise":"plank","sets":0,"hold_seconds":10}`), ErrOutOfRange, "sets 0"},
		{"sets 21", withItem(`{"exercise":"plank","sets":21,"hold_seconds":10}`), ErrOutOfRange, "sets 21"},
		{"reps 0", withItem(`{"exercise":"crunch","sets":1,"reps":0}`), ErrOutOfRange, "reps 0"},
		{"reps 201", withItem(`{"exercise":"crunch","sets":1,"reps":201}`), ErrOutOfRange, "reps 201"},
		{"reps negative", withItem(`{"exercise":"crunch","sets":1,"reps":-3}`), ErrOutOfRange, "reps -3"},
		{"hold 0", withItem(`{"exercise":"plank","sets":1,"hold_seconds":0}`), ErrOutOfRange, "hold 0 s is outside"},
		{"hold 301", withItem(`{"exercise":"plank","sets":1,"hold_seconds":301}`), ErrOutOfRange, "hold 301 s"},
		{"rest 601", withItem(`{"exercise":"plank","sets":1,"hold_seconds":5,"rest_seconds":601}`), ErrOutOfRange, "rest 601 s"},
		{"reps and hold", withItem(`{"exercise":"plank","sets":1,"reps":5,"hold_seconds":5}`), ErrInvalid, "both"},
		{"neither reps nor hold", withItem(`{"exercise":"plank","sets":1}`), ErrInvalid, "reps or hold"},
		{"no sets", withItem(`{"exercise":"plank","hold_seconds":5}`), ErrInvalid, "sets"},
		{"no exercise", withItem(`{"sets":1,"reps":5}`), ErrInvalid, "exercise"},
		{"fractional sets", withItem(`{"exercise":"plank","sets":1.5,"hold_seconds":5}`), ErrInvalid, "whole number"},
		{"huge reps", withItem(`{"exercise":"plank","sets":1,"reps":1e30}`), ErrInvalid, "reps"},
		{"unknown field", withItem(`{"exercise":"plank","sets":1,"hold_seconds":5,"weight":20}`), ErrInvalid, "weight"},
		{"plan name too long", `{"version":1,"name":"` + long + `","items":[]}`, ErrNameTooLong, "101 characters"},
		{"exercise name too long", withItem(`{"exercise":"` + long + `","sets":1,"reps":5}`), ErrNameTooLong, "item 1"},
		{"empty name", `{"version":1,"name":"  ","items":[]}`, ErrInvalid, "empty"},
		{"no name", `{"version":1,"items":[]}`, ErrInvalid, "name"},
		{"control char in name", `{"version":1,"name":"a\u0007b","items":[]}`, ErrInvalid, "control"},
		{"bad utf-8", "{\"version\":1,\"name\":\"caf\xe9\",\"items\":[]}", ErrBadUTF8, "byte offset 24"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse([]byte(c.in))
			if err == nil {
				t.Fatal("accepted")
			}
			if !errors.Is(err, c.kind) {
				t.Errorf("error %q is not %v", err, c.kind)
			}
			msg := err.Error()
			if strings.ContainsAny(msg, "\n\r") {
				t.Errorf("error is not one line: %q", msg)
			}
			if !strings.Contains(msg, c.mention) {
				t.Errorf("error %q does not mention %q", msg, c.mention)
			}
		})
	}
}

func TestLimitsAreInclusive(t *testing.T) {
	in := items(MaxItems, fmt.Sprintf(`{"exercise":"%s","sets":%d,"reps":%d,"rest_seconds":%d}`,
		strings.Repeat("x", MaxNameLength), MaxSets, MaxReps, MaxRest))
	if _, err := Parse([]byte(in)); err != nil {
		t.Fatalf("upper limits refused: %v", err)
	}
	in = withItem(fmt.Sprintf(`{"exercise":"a","sets":%d,"hold_seconds":%d}`, MinSets, MaxHold))
	if _, err := Parse([]byte(in)); err != nil {
		t.Fatalf("hold limit refused: %v", err)
	}
}

func TestReadStopsAtLimit(t *testing.T) {
	// A reader that never ends must not be read to the end.
	_, err := Read(endless{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("got %v", err)
	}
}

type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

func TestReadFileMissing(t *testing.T) {
	_, err := ReadFile(filepath.Join(t.TempDir(), "nope.json"))
	if err == nil || strings.Contains(err.Error(), "\n") {
		t.Fatalf("got %v", err)
	}
}

// A plan file means what it says: encoding/json on its own read the first
// two as an empty plan and as 2 sets, and took "VERSION", "ITEMS" and
// "Sets" for the documented lower-case keys.
func TestParseRefusesWhatEncodingJSONLetsThrough(t *testing.T) {
	cases := []struct{ name, in, mention string }{
		{"items twice", `{"version":1,"name":"P","items":[{"exercise":"plank","sets":1,"hold_seconds":5}],"items":[]}`, `"items" appears twice`},
		{"sets twice", withItem(`{"exercise":"crunch","sets":25,"sets":2,"reps":5}`), `"items.sets" appears twice`},
		{"VERSION", `{"VERSION":1,"version":1,"name":"P","items":[]}`, `unknown field "VERSION"`},
		{"ITEMS", `{"version":1,"name":"P","ITEMS":[]}`, `unknown field "ITEMS"`},
		{"Sets", withItem(`{"exercise":"plank","Sets":2,"hold_seconds":5}`), `unknown field "items.Sets"`},
		{"unknown field with a line break", withItem(`{"exercise":"plank","sets":1,"hold_seconds":5,"we\night":1}`), `"items.we\night"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse([]byte(c.in))
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.mention) {
				t.Fatalf("got %v, want invalid plan mentioning %s", err, c.mention)
			}
			if strings.ContainsAny(err.Error(), "\n\r") {
				t.Fatalf("error is not one line: %q", err)
			}
		})
	}
}

// Names may hold any script, but not what makes a terminal or a list show
// something else than the text: control and bidirectional-override
// characters. Every message stays one line whatever the value holds.
func TestNamesAreShownAsTheyAre(t *testing.T) {
	for _, name := range []string{"Plan\u202egnp.exe", "a\u2066b", "line\u2028sep"} {
		in, _ := json.Marshal(map[string]any{"version": 1, "name": name, "items": []any{}})
		if _, err := Parse(in); !errors.Is(err, ErrInvalid) {
			t.Errorf("%q: %v", name, err)
		}
		item, _ := json.Marshal(map[string]any{"exercise": name, "sets": 1, "hold_seconds": 5})
		_, err := Parse([]byte(withItem(string(item))))
		if !errors.Is(err, ErrInvalid) || strings.ContainsAny(err.Error(), "\n\u202e\u2066\u2028") {
			t.Errorf("item %q: %q", name, err)
		}
	}
	for _, in := range []string{
		withItem(`{"exercise":"two\nlines","sets":99,"reps":5}`),
		`{"version":[1,` + "\n" + `2],"name":"P"}`,
	} {
		if _, err := Parse([]byte(in)); err == nil || strings.ContainsAny(err.Error(), "\n\r") {
			t.Errorf("%q: error %q is not one line", in, err)
		}
	}
	ok := `{"version":1,"name":"Żółw ăîșț ığş Ελληνικά Кириллица বাংলা","items":[{"exercise":"Ćwiczenie ক্ষ","sets":1,"reps":5}]}`
	if _, err := Parse([]byte(ok)); err != nil {
		t.Fatalf("scripts refused: %v", err)
	}
}
