package plan

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

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

type filePlan struct {
	Version int        `json:"version"`
	Name    *string    `json:"name"`
	Items   []fileItem `json:"items"`
}

// ReadFile reads and validates a plan file. Anything but a regular file (a
// FIFO would never end) is refused at once.
func ReadFile(path string) (Plan, error) {
	data, err := regfile.ReadFile(path, MaxFileSize)
	if err != nil {
		return Plan{}, fmt.Errorf("cannot open plan: %w", err)
	}
	return Parse(data)
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
	// The version is read first, on its own: a file from a newer format may
	// carry fields this version has never heard of, and "unknown version"
	// is the helpful message for it, not "unknown field".
	var head map[string]json.RawMessage
	if err := jsonfile.Decode(data, &head); err != nil {
		return Plan{}, jsonError(err)
	}
	if err := checkVersion(head["version"]); err != nil {
		return Plan{}, err
	}
	var fp filePlan
	if err := jsonfile.Decode(data, &fp); err != nil {
		return Plan{}, jsonError(err)
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
	for i, fi := range fp.Items {
		it, err := fi.item()
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
	if err := json.Unmarshal(raw, &v); err != nil {
		return fmt.Errorf("%w: version %s (this app reads version %d)", ErrVersion, jsonfile.Quote(string(raw), 20), Version)
	}
	if v != Version {
		return fmt.Errorf("%w: version %d (this app reads version %d)", ErrVersion, v, Version)
	}
	return nil
}

// item turns what the file says into an Item. A field the file gives must be
// in range even when it is zero, which an Item cannot tell from "not given".
func (fi fileItem) item() (Item, error) {
	if fi.Exercise == nil {
		return Item{}, fmt.Errorf("%w: no \"exercise\"", ErrInvalid)
	}
	it := Item{Exercise: *fi.Exercise}
	if err := checkName("exercise", it.Exercise); err != nil {
		return Item{}, err
	}
	if fi.Sets == nil {
		return Item{}, fmt.Errorf("%w: %sno \"sets\"", ErrInvalid, it.what())
	}
	it.Sets = *fi.Sets
	for _, f := range []struct {
		name string
		v    *int
		dst  *int
	}{{"reps", fi.Reps, &it.Reps}, {"hold", fi.HoldSeconds, &it.HoldSeconds}, {"rest", fi.RestSeconds, &it.RestSeconds}} {
		if f.v == nil {
			continue
		}
		if err := it.inRange(f.name, *f.v); err != nil {
			return Item{}, err
		}
		*f.dst = *f.v
	}
	if err := it.Validate(); err != nil {
		return Item{}, err
	}
	return it, nil
}

// jsonError gives a decoding error the plan's kind of error, keeping the
// strict reader's one-line words.
func jsonError(err error) error {
	kind := ErrInvalid
	switch {
	case errors.Is(err, jsonfile.ErrSyntax), errors.Is(err, jsonfile.ErrTrailing):
		kind = ErrNotJSON
	case errors.Is(err, jsonfile.ErrUTF8):
		kind = ErrBadUTF8
	}
	return fmt.Errorf("%w: %s", kind, strings.TrimPrefix(err.Error(), "not JSON: "))
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
