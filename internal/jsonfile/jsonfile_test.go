package jsonfile

import (
	"encoding/json"
	"errors"
	"testing"
)

type sample struct {
	N    int      `json:"n"`
	S    string   `json:"s"`
	L    []string `json:"l"`
	B    bool     `json:"b"`
	F    float64  `json:"f"`
	Nest struct{} `json:"nest"`
}

func TestDecodeIsStrict(t *testing.T) {
	var v sample
	if err := Decode([]byte(`{"n":1}`), &v); err != nil || v.N != 1 {
		t.Fatalf("good: %v %+v", err, v)
	}
	for _, bad := range []string{`{"n":1}]`, `{"n":1} {"n":2}`, `{"zz":1}`, `{"n":1`} {
		if err := Decode([]byte(bad), &v); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
	if err := Decode([]byte(`{"n":1}]`), &v); !errors.Is(err, ErrTrailing) {
		t.Errorf("trailing bracket: %v", err)
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
