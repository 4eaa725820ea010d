package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/regfile"
)

// Version is the file-format version this package writes and the only one it
// reads. A later format gets a new number so an old app refuses it clearly
// instead of misreading it.
const Version = 1

// MaxFileSize bounds what Read accepts: a plan of MaxItems items is a few
// kilobytes, so a megabyte is already generous.
const MaxFileSize = 1 << 20

type fileItem struct {
	Exercise    *string `json:"exercise"`
	Sets        *int    `json:"sets"`
	Reps        *int    `json:"reps,omitempty"`
	HoldSeconds *int    `json:"hold_seconds,omitempty"`
	RestSeconds *int    `json:"rest_seconds,omitempty"`
}

type fileHeader struct {
	Version json.RawMessage `json:"version"`
}

type filePlan struct {
	Version int               `json:"version"`
	Name    *string           `json:"name"`
	Items   []json.RawMessage `json:"items"`
}

// ReadFile reads and validates a plan file.
func ReadFile(path string) (Plan, error) {
	f, err := os.Open(path)
	if err != nil {
		return Plan{}, fmt.Errorf("cannot open plan: %w", err)
	}
	defer f.Close()
	return Read(f)
}

// Read reads at most MaxFileSize bytes and parses them; a longer input is
// refused without reading the rest.
func Read(r io.Reader) (Plan, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return Plan{}, fmt.Errorf("cannot read plan: %w", err)
	}
	return Parse(data)
}

// Parse decodes a plan file and checks every limit. The error is one line
// naming the problem; nothing in data can make it panic.
func Parse(data []byte) (Plan, error) {
	if len(data) > MaxFileSize {
		return Plan{}, fmt.Errorf("%w: the plan file is over %d bytes (1 MiB)", ErrTooLarge, MaxFileSize)
	}
	if !utf8.Valid(data) {
		return Plan{}, fmt.Errorf("%w: the plan file is not valid UTF-8 (at byte offset %d)", ErrBadUTF8, firstBadUTF8(data))
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // editors on Windows add a BOM

	// The version is read on its own first, leniently: a file from a newer
	// format may carry fields this version has never heard of, and "unknown
	// version" is the helpful message for it, not "unknown field".
	var head fileHeader
	if err := json.Unmarshal(data, &head); err != nil {
		return Plan{}, jsonError(data, err)
	}
	if err := checkVersion(head.Version); err != nil {
		return Plan{}, err
	}

	var fp filePlan
	if err := jsonfile.Decode(data, &fp); err != nil {
		return Plan{}, jsonError(data, err)
	}
	if fp.Name == nil {
		return Plan{}, fmt.Errorf("%w: the plan has no \"name\"", ErrInvalid)
	}
	if err := checkName("plan name", *fp.Name); err != nil {
		return Plan{}, err
	}
	if len(fp.Items) > MaxItems {
		return Plan{}, fmt.Errorf("%w: the plan has %d items, the limit is %d", ErrTooManyItems, len(fp.Items), MaxItems)
	}
	p := Plan{Name: *fp.Name, Items: make([]Item, 0, len(fp.Items))}
	for i, raw := range fp.Items {
		it, err := decodeItem(raw)
		if err != nil {
			return Plan{}, fmt.Errorf("item %d: %w", i+1, err)
		}
		p.Items = append(p.Items, it)
	}
	if err := p.Validate(); err != nil {
		return Plan{}, err
	}
	return p, nil
}

func checkVersion(raw json.RawMessage) error {
	if len(raw) == 0 || string(raw) == "null" {
		return fmt.Errorf("%w: the plan has no \"version\" (this app reads version %d)", ErrVersion, Version)
	}
	var v int
	if err := json.Unmarshal(raw, &v); err != nil || v != Version {
		return fmt.Errorf("%w: version %s (this app reads version %d)", ErrVersion, clip(string(raw), 20), Version)
	}
	return nil
}

func decodeItem(raw json.RawMessage) (Item, error) {
	var fi fileItem
	if err := jsonfile.Decode(raw, &fi); err != nil {
		return Item{}, jsonError(raw, err)
	}
	if fi.Exercise == nil {
		return Item{}, fmt.Errorf("%w: no \"exercise\"", ErrInvalid)
	}
	if fi.Sets == nil {
		return Item{}, fmt.Errorf("%w: (%q) no \"sets\"", ErrInvalid, clip(*fi.Exercise, 40))
	}
	it := Item{Exercise: *fi.Exercise, Sets: *fi.Sets}
	// An explicit zero is a value the author wrote, so it must fail the range
	// check rather than read as "not given".
	if fi.Reps != nil {
		if *fi.Reps == 0 {
			return Item{}, fmt.Errorf("%w: (%q) reps 0 is outside %d-%d", ErrOutOfRange, clip(it.Exercise, 40), MinReps, MaxReps)
		}
		it.Reps = *fi.Reps
	}
	if fi.HoldSeconds != nil {
		if *fi.HoldSeconds == 0 {
			return Item{}, fmt.Errorf("%w: (%q) hold_seconds 0 is outside %d-%d", ErrOutOfRange, clip(it.Exercise, 40), MinHold, MaxHold)
		}
		it.HoldSeconds = *fi.HoldSeconds
	}
	if fi.RestSeconds != nil {
		it.RestSeconds = *fi.RestSeconds
	}
	if err := it.validate(); err != nil {
		return Item{}, err
	}
	return it, nil
}

// jsonError turns encoding/json's messages, which name Go types, into ones
// that name the field and where the problem is.
func jsonError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line, col := position(data, syn.Offset)
		return fmt.Errorf("%w: %s at line %d, column %d", ErrNotJSON, syn.Error(), line, col)
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return fmt.Errorf("%w: the file ends before the JSON value is complete", ErrNotJSON)
	case errors.As(err, &typ):
		if typ.Field == "" {
			return fmt.Errorf("%w: expected a JSON object, found %s", ErrInvalid, typ.Value)
		}
		return fmt.Errorf("%w: %q must be %s, found %s", ErrInvalid, typ.Field, jsonfile.Kind(typ), typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return fmt.Errorf("%w: unknown field %s", ErrInvalid, strings.TrimPrefix(err.Error(), "json: unknown field "))
	default:
		return fmt.Errorf("%w: %s", ErrNotJSON, strings.TrimPrefix(err.Error(), "json: "))
	}
}

func position(data []byte, offset int64) (line, col int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	line, col = 1, 1
	for _, b := range data[:offset] {
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

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// Marshal validates p and encodes it as an indented version-1 file.
func Marshal(p Plan) ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	type outItem struct {
		Exercise    string `json:"exercise"`
		Sets        int    `json:"sets"`
		Reps        int    `json:"reps,omitempty"`
		HoldSeconds int    `json:"hold_seconds,omitempty"`
		RestSeconds int    `json:"rest_seconds"`
	}
	out := struct {
		Version int       `json:"version"`
		Name    string    `json:"name"`
		Items   []outItem `json:"items"`
	}{Version: Version, Name: p.Name, Items: make([]outItem, 0, len(p.Items))}
	for _, it := range p.Items {
		out.Items = append(out.Items, outItem(it))
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// WriteFile writes p to path whole or not at all (see regfile).
func WriteFile(path string, p Plan) error {
	data, err := Marshal(p)
	if err != nil {
		return err
	}
	return regfile.Write(path, regfile.Bytes(data))
}
