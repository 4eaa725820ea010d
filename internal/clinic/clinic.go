// Package clinic reads the clinic's contact details from clinic.json in the
// storage folder. The red-flag message and the handout show them; without
// the file the app simply has no clinic to name.
package clinic

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/regfile"
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
// and the app runs without a clinic. A bad file, or a FIFO or folder under
// that name, gives a one-line error that names the problem.
func Load(dir string) (c Contact, ok bool, err error) {
	data, err := regfile.ReadFile(filepath.Join(dir, FileName), maxFile)
	if errors.Is(err, fs.ErrNotExist) {
		return Contact{}, false, nil
	}
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
	var c Contact
	if err := jsonfile.Decode(data, &c); err != nil {
		return Contact{}, fmt.Errorf("%s: %w", FileName, err)
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
		if err := jsonfile.CheckText(f.value, f.multiline); err != nil {
			return fmt.Errorf("%q %v", f.name, err)
		}
	}
	if strings.TrimSpace(c.Name) == "" {
		return errors.New(`"name" is missing or empty`)
	}
	if c.Phone != "" && !phoneLike(c.Phone) {
		return fmt.Errorf("%q %s should hold digits, spaces and + ( ) - only", "phone", jsonfile.Quote(c.Phone, 40))
	}
	if c.Email != "" {
		at := strings.Index(c.Email, "@")
		if at < 1 || at == len(c.Email)-1 || strings.ContainsAny(c.Email, " \t") || strings.Count(c.Email, "@") != 1 {
			return fmt.Errorf("%q %s is not an email address", "email", jsonfile.Quote(c.Email, 60))
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
