// Package jsonfile is CoreCue's one strict reader for the JSON files people
// edit by hand (plans, drills, the clinic's contact and exercise files, a
// JSON kiosk config), and the one place their errors are worded. A file
// means exactly what it says or is refused: it must be UTF-8 (a leading
// byte-order mark is allowed), keys match the documented names exactly
// ("Sets" is not "sets"), a key may not appear twice in one object, unknown
// keys and anything after the one value are refused. Every error is one
// line in plain words ("must be a whole number", not "cannot unmarshal
// string into Go value of type int"), whatever bytes the file holds.
package jsonfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"
)

// Kinds of problem, for errors.Is. Every error Decode returns is an *Error
// wrapping one of them.
var (
	ErrSyntax       = errors.New("not JSON")
	ErrTrailing     = errors.New("extra data after the JSON value")
	ErrUTF8         = errors.New("not valid UTF-8")
	ErrUnknownField = errors.New("unknown field")
	ErrDuplicate    = errors.New("duplicate key")
	ErrType         = errors.New("wrong type")
)

// Error is one problem in a JSON file, worded for the person who edits it.
type Error struct {
	Kind    error  // one of the Err values above
	Field   string // the key concerned, dotted from the top ("items.sets"); may be empty
	Problem string // what is wrong, in words, one line
	Line    int    // 1-based position of the problem; 0 when unknown
	Column  int
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.Field != "" && e.Kind != ErrUnknownField && e.Kind != ErrDuplicate {
		b.WriteString(Quote(e.Field, 60) + " ")
	}
	b.WriteString(e.Problem)
	if e.Line > 0 {
		fmt.Fprintf(&b, " at line %d, column %d", e.Line, e.Column)
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Kind }

// bom is the UTF-8 byte-order mark some editors put at the start of a file.
var bom = []byte("\xef\xbb\xbf")

// Decode reads exactly one JSON value from data into v, strictly (see the
// package comment). Numbers decode as encoding/json decodes them.
func Decode(data []byte, v any) error { return decode(data, v, false) }

// DecodeNumbers is Decode with numbers in untyped places (an any, a
// map[string]any) kept as json.Number, so whole numbers stay exact.
func DecodeNumbers(data []byte, v any) error { return decode(data, v, true) }

func decode(data []byte, v any, numbers bool) error {
	if !utf8.Valid(data) {
		off := firstBadUTF8(data)
		return &Error{Kind: ErrUTF8, Problem: fmt.Sprintf("the file is not valid UTF-8 (at byte offset %d)", off)}
	}
	data = bytes.TrimPrefix(data, bom)
	w := walker{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	w.dec.UseNumber()
	if err := w.value(reflect.TypeOf(v), ""); err != nil {
		return err
	}
	if _, err := w.dec.Token(); err != io.EOF {
		line, col := position(data, w.dec.InputOffset())
		return &Error{Kind: ErrTrailing, Problem: "extra data after the JSON value", Line: line, Column: col}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if numbers {
		dec.UseNumber()
	}
	if err := dec.Decode(v); err != nil {
		return w.wrap(err)
	}
	return nil
}

// walker reads the token stream once, alongside the Go type the data is
// meant for, to find what encoding/json lets through: repeated keys (it
// keeps the last) and keys that differ from a field's name only in case (it
// matches them anyway).
type walker struct {
	data []byte
	dec  *json.Decoder
}

var (
	unmarshaler = reflect.TypeFor[json.Unmarshaler]()
	rawMessage  = reflect.TypeFor[json.RawMessage]()
)

// value reads one value meant for type t (nil: any value at all).
func (w *walker) value(t reflect.Type, path string) error {
	for t != nil && t.Kind() == reflect.Pointer && t != rawMessage {
		t = t.Elem()
	}
	if t != nil && (t == rawMessage || reflect.PointerTo(t).Implements(unmarshaler) || t.Kind() == reflect.Interface) {
		// The value is read later by its own decoder (or is free-form); only
		// repeated keys are looked for here.
		t = nil
	}
	tok, err := w.dec.Token()
	if err != nil {
		return w.wrap(err)
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return nil // a scalar: its type is checked by the decoder
	}
	if d == '[' {
		return w.array(t, path)
	}
	return w.object(t, path)
}

func (w *walker) array(t reflect.Type, path string) error {
	var elem reflect.Type
	if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
		elem = t.Elem()
	}
	for w.dec.More() {
		if err := w.value(elem, path); err != nil {
			return err
		}
	}
	_, err := w.dec.Token()
	return w.wrap(err)
}

func (w *walker) object(t reflect.Type, path string) error {
	var fields map[string]reflect.Type
	var elem reflect.Type
	switch {
	case t == nil:
	case t.Kind() == reflect.Struct:
		fields = structFields(t)
	case t.Kind() == reflect.Map:
		elem = t.Elem()
	default:
		t = nil // a type mismatch, which the decoder reports in its words
	}
	seen := map[string]bool{}
	for w.dec.More() {
		start := w.dec.InputOffset()
		tok, err := w.dec.Token()
		if err != nil {
			return w.wrap(err)
		}
		key, _ := tok.(string)
		field := join(path, key)
		if seen[key] {
			return w.at(start, &Error{Kind: ErrDuplicate, Field: field,
				Problem: "the key " + Quote(field, 60) + " appears twice in one object; give it once"})
		}
		seen[key] = true
		next := elem
		if fields != nil {
			ft, ok := fields[key]
			if !ok {
				return w.at(start, &Error{Kind: ErrUnknownField, Field: field,
					Problem: "unknown field " + Quote(field, 60) + " (names are matched exactly, in lower case as documented)"})
			}
			next = ft
		}
		if err := w.value(next, field); err != nil {
			return err
		}
	}
	_, err := w.dec.Token()
	return w.wrap(err)
}

// structFields maps each JSON name of t's fields, exactly as encoding/json
// would write it, to the field's type; embedded structs lend their fields.
func structFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := f.Type
		if f.Anonymous && name == "" {
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				for k, v := range structFields(ft) {
					if _, ok := out[k]; !ok {
						out[k] = v
					}
				}
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = ft
	}
	return out
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (w *walker) at(offset int64, e *Error) error {
	e.Line, e.Column = position(w.data, offset)
	return e
}

// wrap words an encoding/json error.
func (w *walker) wrap(err error) error {
	if err == nil {
		return nil
	}
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line, col := position(w.data, syn.Offset)
		return &Error{Kind: ErrSyntax, Problem: "not JSON: " + OneLine(syn.Error()), Line: line, Column: col}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return &Error{Kind: ErrSyntax, Problem: "not JSON: the file ends before the JSON value is complete"}
	case errors.As(err, &typ):
		if typ.Field == "" {
			return &Error{Kind: ErrType, Problem: "expected " + Kind(typ) + ", found " + typ.Value}
		}
		return &Error{Kind: ErrType, Field: typ.Field, Problem: "must be " + Kind(typ) + ", found " + typ.Value}
	}
	// Errors from a type's own UnmarshalJSON are already worded by it.
	return &Error{Kind: ErrType, Problem: OneLine(strings.TrimPrefix(err.Error(), "json: "))}
}

// Kind names in plain words the JSON type a field needed.
func Kind(typ *json.UnmarshalTypeError) string {
	if typ.Type == nil {
		return "a different type"
	}
	switch typ.Type.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Int16, reflect.Int8,
		reflect.Uint, reflect.Uint64, reflect.Uint32, reflect.Uint16, reflect.Uint8:
		return "a whole number"
	case reflect.Float64, reflect.Float32:
		return "a number"
	case reflect.String:
		return "text"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Bool:
		return "true or false"
	}
	return "a " + typ.Type.String()
}

func position(data []byte, offset int64) (line, col int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	line, col = 1, 1
	for _, b := range data[:max(offset, 0)] {
		if b == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}

func firstBadUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}
