package jsonfile

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

type sample struct {
	N    int      `json:"n"`
	S    string   `json:"s"`
	L    []string `json:"l"`
	B    bool     `json:"b"`
	F    float64  `json:"f"`
	Nest struct {
		Sets int `json:"sets"`
	} `json:"nest"`
	Items []struct {
		Sets int `json:"sets"`
	} `json:"items"`
}

func TestDecodeIsStrict(t *testing.T) {
	var v sample
	if err := Decode([]byte("\xef\xbb\xbf"+`{"n":1,"items":[{"sets":2}]}`), &v); err != nil || v.N != 1 || v.Items[0].Sets != 2 {
		t.Fatalf("good: %v %+v", err, v)
	}
	cases := []struct {
		in   string
		kind error
		say  string
	}{
		{`{"n":1}]`, ErrTrailing, "extra data"},
		{`{"n":1} {"n":2}`, ErrTrailing, "extra data"},
		{`{"n":1} x`, ErrTrailing, "extra data"},
		{`{"zz":1}`, ErrUnknownField, `"zz"`},
		{`{"n":1`, ErrSyntax, "ends before"},
		{`{"n":x}`, ErrSyntax, "line 1, column"},
		{"caf\xe9", ErrUTF8, "byte offset 3"},
		// encoding/json keeps the last of repeated keys and matches keys
		// in any case; a hand-edited file must mean what it says.
		{`{"items":[{"sets":1}],"items":[]}`, ErrDuplicate, `"items" appears twice`},
		{`{"items":[{"sets":25,"sets":2}]}`, ErrDuplicate, `"items.sets"`},
		{`{"nest":{"sets":1,"sets":2}}`, ErrDuplicate, `"nest.sets"`},
		{`{"N":1}`, ErrUnknownField, `"N"`},
		{`{"ITEMS":[]}`, ErrUnknownField, `"ITEMS"`},
		{`{"items":[{"Sets":2}]}`, ErrUnknownField, `"items.Sets"`},
		{`{"n":"x"}`, ErrType, "whole number"},
		{`{"bad\nkey\u202e":1}`, ErrUnknownField, `"bad\nkey\u202e"`},
	}
	for _, c := range cases {
		err := Decode([]byte(c.in), &v)
		if !errors.Is(err, c.kind) || !strings.Contains(err.Error(), c.say) {
			t.Errorf("%q: %v, want %v saying %s", c.in, err, c.kind, c.say)
			continue
		}
		if strings.ContainsAny(err.Error(), "\n\r\u202e") {
			t.Errorf("%q: error is not one plain line: %q", c.in, err)
		}
	}
}

func TestUntypedValuesStillRefuseRepeatedKeys(t *testing.T) {
	var raw map[string]any
	if err := DecodeNumbers([]byte(`{"sound":{"volume_cap":1,"volume_cap":0.5}}`), &raw); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("map: %v", err)
	}
	if err := DecodeNumbers([]byte(`{"scale":2}`), &raw); err != nil {
		t.Fatal(err)
	}
	if _, ok := raw["scale"].(json.Number); !ok {
		t.Fatalf("number kept as %T", raw["scale"])
	}
	var holder struct {
		Items []json.RawMessage `json:"items"`
	}
	if err := Decode([]byte(`{"items":[{"a":1,"a":2}]}`), &holder); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("raw message: %v", err)
	}
}

func TestKindWordsEachType(t *testing.T) {
	want := map[string]string{
		`{"n":"x"}`: "a whole number", `{"s":1}`: "text", `{"l":1}`: "a list",
		`{"b":1}`: "true or false", `{"f":"x"}`: "a number", `{"nest":1}`: "an object",
	}
	for in, w := range want {
		var v sample
		var typ *json.UnmarshalTypeError
		if err := json.Unmarshal([]byte(in), &v); !errors.As(err, &typ) || Kind(typ) != w {
			t.Errorf("%s: %v → %q, want %q", in, err, Kind(typ), w)
		}
	}
}

func TestCheckTextRefusesWhatATerminalWouldObey(t *testing.T) {
	for _, s := range []string{"a\x07b", "evil\u202eexe.fdp", "a\u2066b", "line\u2028break", "a\nb"} {
		if CheckText(s, false) == nil {
			t.Errorf("accepted %q", s)
		}
	}
	for _, s := range []string{"Żółć ăîșț ğış Ελληνικά Кириллица বাংলা", "ক্ষ\u200d"} {
		if err := CheckText(s, false); err != nil {
			t.Errorf("refused %q: %v", s, err)
		}
	}
	if CheckText("a\nb", true) != nil {
		t.Error("multi-line text refused its line break")
	}
	if q := Quote("x\u202ey\n"+strings.Repeat("z", 50), 10); strings.ContainsAny(q, "\n\u202e") || !strings.Contains(q, `\u202e`) {
		t.Errorf("Quote: %s", q)
	}
}
