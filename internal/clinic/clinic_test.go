package clinic

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func write(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestMissingFileIsNotConfigured(t *testing.T) {
	c, ok, err := Load(t.TempDir())
	if err != nil || ok || c != (Contact{}) {
		t.Fatalf("got %+v %v %v", c, ok, err)
	}
}

func TestLoadGood(t *testing.T) {
	dir := write(t, `{"name": "Back Clinic", "phone": "+44 20 7946 0000", "email": "desk@example.org",
		"address": "1 Example Street\nLondon W1 0AA", "opening_hours": "Mon-Fri 8-18",
		"booking": "Call or email to book a first consultation."}`)
	c, ok, err := Load(dir)
	if err != nil || !ok {
		t.Fatalf("%v %v", ok, err)
	}
	want := []string{"Back Clinic", "Phone: +44 20 7946 0000", "Email: desk@example.org",
		"1 Example Street", "London W1 0AA", "Opening hours: Mon-Fri 8-18",
		"Call or email to book a first consultation."}
	if got := c.Lines(); !reflect.DeepEqual(got, want) {
		t.Fatalf("lines %q", got)
	}
}

func TestOnlyNameIsRequired(t *testing.T) {
	c, ok, err := Load(write(t, `{"name":"Clinic"}`))
	if err != nil || !ok || !reflect.DeepEqual(c.Lines(), []string{"Clinic"}) {
		t.Fatalf("%+v %v %v", c, ok, err)
	}
}

func TestBadFilesNameTheField(t *testing.T) {
	cases := map[string]struct{ body, mention string }{
		"not json":        {`name: x`, "not JSON"},
		"empty file":      {``, "not JSON"},
		"array":           {`[]`, "object"},
		"no name":         {`{"phone":"123 456"}`, `"name"`},
		"blank name":      {`{"name":"  "}`, `"name"`},
		"number phone":    {`{"name":"C","phone":2079460000}`, `"phone"`},
		"letters phone":   {`{"name":"C","phone":"call us"}`, `"phone"`},
		"bad email":       {`{"name":"C","email":"desk.example.org"}`, `"email"`},
		"unknown field":   {`{"name":"C","fax":"1"}`, `"fax"`},
		"long booking":    {`{"name":"C","booking":"` + strings.Repeat("b", 501) + `"}`, `"booking"`},
		"newline in name": {`{"name":"C\nD"}`, `"name"`},
		"trailing data":   {`{"name":"C"} {}`, "extra data"},
		"bad utf-8":       {"{\"name\":\"caf\xe9\"}", "UTF-8"},
	}
	for label, c := range cases {
		t.Run(label, func(t *testing.T) {
			_, ok, err := Load(write(t, c.body))
			if err == nil || ok {
				t.Fatalf("accepted (ok=%v)", ok)
			}
			msg := err.Error()
			if !strings.Contains(msg, c.mention) || !strings.HasPrefix(msg, FileName) || strings.Contains(msg, "\n") {
				t.Errorf("error %q should be one line starting %s and mention %s", msg, FileName, c.mention)
			}
		})
	}
}

func TestUnreadableFileIsAnError(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, FileName), 0o755)
	if _, ok, err := Load(dir); err == nil || ok {
		t.Fatalf("a folder named %s was accepted", FileName)
	}
}
