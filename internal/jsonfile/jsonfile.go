// Package jsonfile reads the JSON files people edit by hand (plans, the
// clinic's exercise override) strictly, and words decoding errors for them:
// "must be a whole number", not "cannot unmarshal string into Go value of type int".
package jsonfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// ErrTrailing is returned when something follows the one JSON value.
var ErrTrailing = errors.New("extra data after the JSON value")

// Decode reads exactly one JSON value into v, refusing unknown fields and
// anything after the value (a stray closing bracket included).
func Decode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return ErrTrailing
	}
	return nil
}

// Kind names in plain words the JSON type a field needed.
func Kind(typ *json.UnmarshalTypeError) string {
	if typ.Type == nil {
		return "a different type"
	}
	switch typ.Type.Kind().String() {
	case "int", "int64", "int32", "uint", "uint64", "uint32":
		return "a whole number"
	case "float64", "float32":
		return "a number"
	case "string":
		return "text"
	case "slice", "array":
		return "a list"
	case "struct", "map":
		return "an object"
	case "bool":
		return "true or false"
	}
	return "a " + typ.Type.String()
}
