// Package applog keeps the technical side of what went wrong (the sound
// library's or the database's own words) in corecue.log in the storage
// folder, so that a screen can say in plain words what failed while a
// clinician or a developer can still read why.
//
// The log holds faults of the machine, never what a person entered. It is
// kept small: past maxSize it is moved to corecue.log.old and started
// afresh, so the folder never holds more than two files of it.
package applog

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/corecue/corecue/internal/appdir"
	"github.com/corecue/corecue/internal/regfile"
)

// Name is the log's file name in the storage folder.
const Name = "corecue.log"

const maxSize = 256 << 10

var (
	mu   sync.Mutex
	last = map[string]string{} // what → the detail Changed last logged
)

// Write appends one line, "time what: detail", to the log. A log that
// cannot be written is not a reason to stop anything: the line goes to
// standard error instead.
func Write(what, detail string) {
	line := fmt.Sprintf("%s %s: %s\n", time.Now().UTC().Format(time.RFC3339), what, strings.Join(strings.Fields(detail), " "))
	mu.Lock()
	defer mu.Unlock()
	if err := appendLine(line); err != nil {
		fmt.Fprint(os.Stderr, "corecue: "+line)
	}
}

// Changed logs detail under what when it differs from what was last
// logged under it, for states read every frame (why sound is off) that must
// reach the log once, not sixty times a second. An empty detail logs
// nothing and forgets the last one.
func Changed(what, detail string) {
	mu.Lock()
	same := last[what] == detail
	last[what] = detail
	mu.Unlock()
	if !same && detail != "" {
		Write(what, detail)
	}
}

// Say logs err under plain and returns plain with a pointer to the log,
// the sentence a screen shows.
func Say(plain string, err error) string {
	Write(plain, err.Error())
	return plain + " The details are in CoreCue's log."
}

func appendLine(line string) error {
	dir, err := appdir.Dir()
	if err != nil {
		return err
	}
	path := filepath.Join(dir, Name)
	if err := regfile.CheckRegular(path); err != nil {
		return err
	}
	if fi, err := os.Stat(path); err == nil && fi.Size() > maxSize {
		if err := os.Rename(path, path+".old"); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(line); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
