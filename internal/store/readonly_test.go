package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/history"
)

func TestOpenReadOnlyReadsAndNeverWrites(t *testing.T) {
	dir := t.TempDir()
	if _, err := OpenReadOnly(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("no database: err %v, want not-exist", err)
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("OpenReadOnly created a database")
	}
	s := open(t, dir)
	id, err := s.BeginSession(newSession())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.EndSession(id, history.Finished, 2, true); err != nil {
		t.Fatal(err)
	}
	s.Close()

	ro, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	list, err := ro.Sessions()
	if err != nil || len(list) != 1 || list[0].Name != "Core basics" {
		t.Fatalf("sessions %+v, err %v", list, err)
	}
	if _, err := ro.BeginSession(newSession()); err == nil {
		t.Fatal("a read-only store took a write")
	}
}

func TestOpenReadOnlyRefusesAnOlderSchema(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	if _, err := s.db.Exec("PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := OpenReadOnly(dir)
	if err == nil || !strings.Contains(err.Error(), "open the app once") {
		t.Fatalf("err %v", err)
	}
}
