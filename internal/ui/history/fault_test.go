package history

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/applog"
)

// The database goes away (a disk unplugged) and the person deletes a
// session: the screen says in plain words that it was not deleted, and the
// database's own error goes to the log in the storage folder.
func TestADatabaseFaultIsSaidPlainlyAndLogged(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CORECUE_HOME", home)
	r := newRig(t, true)
	r.st.Close()
	test.Tap(r.s.Rows[0].Delete)
	msg := r.s.Message.Text
	if !strings.HasPrefix(msg, "It could not be deleted.") || strings.Contains(strings.ToLower(msg), "sql") || strings.Contains(msg, "database is closed") {
		t.Fatalf("shown: %q", msg)
	}
	log, err := os.ReadFile(filepath.Join(home, applog.Name))
	if err != nil || !strings.Contains(string(log), "It could not be deleted.: ") || !strings.Contains(string(log), "closed") {
		t.Fatalf("log %v: %q", err, log)
	}
}
