package plan

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzImport feeds arbitrary bytes to the import path. Beyond "never panics"
// it checks what must hold for every input: an error is one line, and an
// accepted plan obeys the limits and survives export and re-import unchanged.
func FuzzImport(f *testing.F) {
	f.Add([]byte(goodPlan))
	f.Add([]byte(`{"version":1,"name":"P","items":[{"exercise":"plank","sets":1,"hold_seconds":300}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(data)
		if err != nil {
			msg := err.Error()
			if strings.ContainsAny(msg, "\n\r") {
				t.Fatalf("error is not one line: %q", msg)
			}
			if !utf8.ValidString(msg) {
				t.Fatalf("error is not valid UTF-8: %q", msg)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("accepted a plan that fails Validate: %v", err)
		}
		out, err := Marshal(p)
		if err != nil {
			t.Fatalf("accepted plan cannot be exported: %v", err)
		}
		q, err := Parse(out)
		if err != nil {
			t.Fatalf("exported plan cannot be re-imported: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(normal(p), normal(q)) {
			t.Fatalf("round trip changed the plan:\n%+v\n%+v", p, q)
		}
	})
}

// normal treats a nil and an empty item list as the same plan.
func normal(p Plan) Plan {
	if p.Items == nil {
		p.Items = []Item{}
	}
	return p
}
