// Package clinic reads the clinic's contact details from clinic.json in the
// storage folder. The red-flag message and the handout show them; without
// the file the app simply has no clinic to name.
package clinic

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FileName is the clinic file inside the storage folder.
const FileName = "clinic.json"

// maxFile bounds the file; contact details are a few hundred bytes.
const maxFile = 64 << 10

// Contact is how a person reaches the clinic. Only Name is required.
type Contact struct {
	Name    string `json:"name"`
	Phone   string `json:"phone,omitempty"`
	Email   string `json:"email,omitempty"`
	Address string `json:"address,omitempty"`       // may span lines
	Hours   string `json:"opening_hours,omitempty"` // may span lines
	Booking string `json:"booking,omitempty"`       // how to book, in the clinic's words
}

// Load reads dir/clinic.json. A missing file is not an error: ok is false
// and the app runs without a clinic. A bad file gives a one-line error that
// names the field.
func Load(dir string) (c Contact, ok bool, err error) {
	path := filepath.Join(dir, FileName)
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return Contact{}, false, nil
	}
	if err != nil {
		return Contact{}, false, fmt.Errorf("%s: %v", FileName, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFile+1))
	if err != nil {
		return Contact{}, false, fmt.Errorf("%s: %v", FileName, err)
	}
	c, err = Parse(data)
	if err != nil {
		return Contact{}, false, err
	}
	return c, true, nil
}

// Parse decodes and checks the contents of a clinic file.
func Parse(data []byte) (Contact, error) {
	if len(data) > maxFile {
		return Contact{}, fmt.Errorf("%s: the file is over %d KiB", FileName, maxFile>>10)
	}
	if !utf8.Valid(data) {
		return Contact{}, fmt.Errorf("%s: the file is not valid UTF-8", FileName)
	}
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	dec.DisallowUnknownFields()
	var c Contact
	if err := dec.Decode(&c); err != nil {
		return Contact{}, fmt.Errorf("%s: %s", FileName, describe(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return Contact{}, fmt.Errorf("%s: extra data after the JSON object", FileName)
	}
	if err := c.Validate(); err != nil {
		return Contact{}, fmt.Errorf("%s: %w", FileName, err)
	}
	return c, nil
}

// Validate names the first field that is missing, too long or malformed.
func (c Contact) Validate() error {
	fields := []struct {
		name, value string
		max         int
		multiline   bool
	}{
		{"name", c.Name, 100, false},
		{"phone", c.Phone, 40, false},
		{"email", c.Email, 200, false},
		{"address", c.Address, 300, true},
		{"opening_hours", c.Hours, 300, true},
		{"booking", c.Booking, 500, true},
	}
	for _, f := range fields {
		if n := utf8.RuneCountInString(f.value); n > f.max {
			return fmt.Errorf("%q is %d characters, the limit is %d", f.name, n, f.max)
		}
		for _, r := range f.value {
			if unicode.IsControl(r) && !(f.multiline && r == '\n') {
				return fmt.Errorf("%q contains a control character (%U)", f.name, r)
			}
		}
	}
	if strings.TrimSpace(c.Name) == "" {
		return errors.New(`"name" is missing or empty`)
	}
	if c.Phone != "" && !phoneLike(c.Phone) {
		return fmt.Errorf("%q %q should hold digits, spaces and + ( ) - only", "phone", c.Phone)
	}
	if c.Email != "" {
		at := strings.Index(c.Email, "@")
		if at < 1 || at == len(c.Email)-1 || strings.ContainsAny(c.Email, " \t") || strings.Count(c.Email, "@") != 1 {
			return fmt.Errorf("%q %q is not an email address", "email", c.Email)
		}
	}
	return nil
}

func phoneLike(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" +()-./", r):
		default:
			return false
		}
	}
	return digits >= 3
}

// Lines returns the non-empty contact lines in reading order, for a
// message or a printed handout. Multi-line fields stay separate lines.
func (c Contact) Lines() []string {
	var out []string
	add := func(label, v string) {
		for _, l := range strings.Split(v, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, label+l)
				label = ""
			}
		}
	}
	add("", c.Name)
	add("Phone: ", c.Phone)
	add("Email: ", c.Email)
	add("", c.Address)
	add("Opening hours: ", c.Hours)
	add("", c.Booking)
	return out
}

func describe(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return "not JSON: " + syn.Error()
	case errors.As(err, &typ):
		if typ.Field == "" {
			return "expected a JSON object, found " + typ.Value
		}
		return fmt.Sprintf("%q must be text, found %s", typ.Field, typ.Value)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "not JSON: the file is empty or ends too early"
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	return msg
}
