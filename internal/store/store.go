// Package store keeps plans, the person's context and custom breath drills in
// an embedded SQLite database (pure Go, so the app stays a single cgo build).
// A damaged database never stops the app: it is moved aside under a dated
// name and a fresh one takes its place, with a notice the UI shows.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite" // also registers the "sqlite" driver

	"github.com/corecue/corecue/internal/appdir"
	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/regfile"
	"github.com/corecue/corecue/internal/shutdown"
)

// FileName is the database file inside the storage folder.
const FileName = "corecue.db"

// AppID names the Fyne storage folder, as in docs/architecture.md.
const AppID = appdir.AppID

// DefaultDir is the storage folder: $CORECUE_HOME, else the folder Fyne's
// App.Storage() uses on Linux.
func DefaultDir() (string, error) { return appdir.Dir() }

// Store is an open database. Its methods are safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string // "" when the store lives in memory only
}

// Notice tells the person something went wrong with their saved data and
// what was done about it. The zero value means there is nothing to say.
type Notice struct {
	Message string // one or two sentences for the UI
	MovedTo string // where the damaged file now is, if it was moved
}

// Empty reports whether there is nothing to tell.
func (n Notice) Empty() bool { return n.Message == "" }

// busyTimeout is how long, in milliseconds, to wait for another copy of
// CoreCue holding the database; tests set it to zero.
var busyTimeout = 5000

// now is replaceable so tests can force two recoveries into the same second.
var now = time.Now

// Open opens (creating if needed) corecue.db in dir and brings its schema up
// to date. If the file cannot be opened or is damaged, it is renamed to
// corecue.db.corrupt-YYYYMMDD-HHMMSS and a fresh database is started; if even
// that fails, the store runs in memory so the app still works, and the
// notice says changes will not be kept. A database from a newer CoreCue, or
// something other than a file under the database's name, is left exactly as
// it is and the store runs in memory; a database that opens but cannot be
// written is used for reading, and the notice says so. An error is returned
// only when not even an in-memory database can be made.
func Open(dir string) (*Store, Notice, error) {
	path := filepath.Join(dir, FileName)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return openMemory(fmt.Sprintf("Your saved plans cannot be opened because the storage folder %s is not usable (%v). Changes in this session will not be kept.", dir, jsonfile.OneLine(err.Error())))
	}
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		// A FIFO would hold the open for ever and a folder is no database;
		// neither is CoreCue's to move.
		return openMemory(fmt.Sprintf("Your saved data cannot be opened: %s is %s, not a database file. It was left as it is; move it away and restart CoreCue. Changes in this session will not be kept.", path, regfile.Describe(fi.Mode())))
	}
	s, err := openFile(path)
	if err == nil {
		if werr := s.writable(); werr != nil {
			return s, Notice{Message: fmt.Sprintf("Your saved data in %s can be read but not saved (%s). Check the permissions of the file and its folder; changes in this session will not be kept.", path, jsonfile.OneLine(werr.Error()))}, nil
		}
		return s, Notice{}, nil
	}
	var nw newer
	if errors.As(err, &nw) {
		// Not damaged: moving it aside would hide the data from the newer
		// app too. It is not opened again, so nothing touches it.
		return openMemory(fmt.Sprintf("Your saved data in %s was not opened: %s. It was left as it is; use the newer CoreCue to see it. Changes in this session will not be kept.", path, nw.Error()))
	}
	cause := jsonfile.OneLine(err.Error())
	if _, serr := os.Lstat(path); errors.Is(serr, os.ErrNotExist) {
		// Nothing to rescue: the folder itself refuses a database.
		return openMemory(fmt.Sprintf("CoreCue cannot create its database in %s (%s). Changes in this session will not be kept.", dir, cause))
	}
	if !isDamaged(err) {
		// Locked by another copy of CoreCue, a permission or disk problem:
		// the file may be fine, so it is left exactly where it is.
		return openMemory(fmt.Sprintf("Your saved data in %s could not be opened (%s). It was left untouched; changes in this session will not be kept.", path, cause))
	}
	moved, merr := moveAside(path)
	if merr != nil {
		return openMemory(fmt.Sprintf("Your saved data in %s could not be opened (%s) and could not be moved aside (%v). Nothing was deleted. Changes in this session will not be kept.", path, cause, jsonfile.OneLine(merr.Error())))
	}
	s, err = openFile(path)
	if err != nil {
		return openMemory(fmt.Sprintf("Your saved data could not be opened (%s); it was kept as %s. A new database could not be created (%v), so changes in this session will not be kept.", cause, moved, jsonfile.OneLine(err.Error())))
	}
	return s, Notice{
		Message: fmt.Sprintf("Your saved data could not be opened (%s), so CoreCue started fresh. The old file was kept as %s.", cause, moved),
		MovedTo: moved,
	}, nil
}

func openMemory(msg string) (*Store, Notice, error) {
	s, err := openDSN(":memory:", "")
	if err != nil {
		return nil, Notice{}, fmt.Errorf("cannot start even an in-memory database: %w", err)
	}
	return s, Notice{Message: msg}, nil
}

func openFile(path string) (*Store, error) {
	return openDSN(fileURI(path), path)
}

// writable tries a write that is rolled back, so a read-only database file
// or folder is found at start rather than at the first save. SQLite opens
// such a file for reading without a word; the write needs both the file
// and, for its rollback journal, the folder.
func (s *Store) writable() error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	_, err = tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", v))
	return err
}

// fileURI escapes the characters SQLite's URI parser and the driver's query
// splitting would otherwise take from a folder name such as "backup?#1".
func fileURI(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return "file:" + r.Replace(filepath.ToSlash(path))
}

func openDSN(dsn, path string) (*Store, error) {
	s, err := connect(dsn, path)
	if err != nil {
		return nil, err
	}
	if err := s.migrate(); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

// connect opens dsn and checks the file is a sound database.
func connect(dsn, path string) (*Store, error) {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// One connection: SQLite serialises writers anyway, per-connection
	// pragmas then always apply, and ":memory:" stays a single database.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path}
	if err := s.check(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// check fails on a file that is not a database or whose pages are damaged;
// quick_check reads every page, so a truncated file is caught here rather
// than on the first unlucky query.
func (s *Store) check() error {
	ctx := context.Background()
	for _, p := range []string{fmt.Sprintf("PRAGMA busy_timeout = %d", busyTimeout), "PRAGMA foreign_keys = ON"} {
		if _, err := s.db.ExecContext(ctx, p); err != nil {
			return err
		}
	}
	rows, err := s.db.QueryContext(ctx, "PRAGMA quick_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return err
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(problems) > 0 {
		return damaged{fmt.Errorf("integrity check failed: %s", problems[0])}
	}
	return nil
}

// damaged marks a failure that means the file itself cannot be used, as
// opposed to one of the moment (locked, no permission, disk full).
type damaged struct{ error }

func (d damaged) Unwrap() error { return d.error }

// SQLite primary result codes that mean the file is not a usable database.
const (
	sqliteCorrupt = 11
	sqliteNotADB  = 26
)

func isDamaged(err error) bool {
	var d damaged
	if errors.As(err, &d) {
		return true
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		code := se.Code() & 0xff
		return code == sqliteCorrupt || code == sqliteNotADB
	}
	return false
}

// moveAside renames the damaged file (and its rollback journal, which belongs
// to it) to a dated name that no earlier rescue already uses.
func moveAside(path string) (string, error) {
	base := path + ".corrupt-" + now().Format("20060102-150405")
	target := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(target); errors.Is(err, os.ErrNotExist) {
			break
		}
		if i > 1000 {
			return "", fmt.Errorf("no free name beside %s", base)
		}
		target = fmt.Sprintf("%s-%d", base, i)
	}
	if err := os.Rename(path, target); err != nil {
		return "", err
	}
	if _, err := os.Lstat(path + "-journal"); err == nil {
		if err := os.Rename(path+"-journal", target+"-journal"); err != nil {
			return "", err
		}
	}
	return target, nil
}

// Path is the database file, or "" when the store is in memory only.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// tx runs fn in one transaction, so every save lands whole or not at all,
// and a SIGTERM or SIGINT that comes during it waits for its end
// (internal/shutdown).
func (s *Store) tx(fn func(*sql.Tx) error) error {
	defer shutdown.Hold()()
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	beforeCommit()
	return tx.Commit()
}

// beforeCommit runs inside every save, its rows written and not yet
// committed; a test holds a save open here to send a signal during it.
var beforeCommit = func() {}

// OpenReadOnly opens the existing corecue.db in dir for reading only, as the
// command-line tools do: it never creates, migrates or moves a file, so a
// command cannot disturb the app's data. With no database it returns an
// error that satisfies errors.Is(err, os.ErrNotExist).
func OpenReadOnly(dir string) (*Store, error) {
	path := filepath.Join(dir, FileName)
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	s, err := connect(fileURI(path)+"?mode=ro", path)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", path, jsonfile.OneLine(err.Error()))
	}
	v, err := s.Version()
	switch {
	case err != nil:
		err = fmt.Errorf("%s: %s", path, jsonfile.OneLine(err.Error()))
	case v > len(migrations):
		err = fmt.Errorf("%s was written by a newer CoreCue (schema version %d; this one reads %d)", path, v, len(migrations))
	case v < len(migrations):
		err = fmt.Errorf("%s has schema version %d, older than this CoreCue's %d: open the app once to bring it up to date", path, v, len(migrations))
	}
	if err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}
