//go:build unix

package store

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/shutdown"
	"github.com/corecue/corecue/internal/shutdown/shutdowntest"
)

// SIGTERM during a save ended the process in the middle of it (exit 143,
// a rollback journal left for the next start to undo). A real process — this
// test binary run again — saves plans into a real database one after the
// other, each save held open before its commit; the test sends SIGTERM while
// one is open. The save in flight lands whole, no new one starts, the
// process says so in one line and exits with the signal's code, and the
// database opens afterwards with every plan it was told of, whole.
func TestSIGTERMDuringASaveLeavesTheStoreWhole(t *testing.T) {
	if dir := os.Getenv("CORECUE_TEST_SAVE_UNTIL_SIGNALLED"); dir != "" {
		saveUntilSignalled(dir)
		return
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			// The child prints "saving" inside each save, before its
			// commit; the signal goes in during the third.
			saves := shutdowntest.SignalAt(t, "TestSIGTERMDuringASaveLeavesTheStoreWhole", "CORECUE_TEST_SAVE_UNTIL_SIGNALLED="+dir, "saving", 3, sig)
			if saves != 3 {
				t.Fatalf("%d saves began; none may begin after the signal", saves)
			}
			if _, err := os.Stat(filepath.Join(dir, FileName+"-journal")); err == nil {
				t.Fatal("a rollback journal was left: the process ended inside a save")
			}
			s := open(t, dir) // fails on any notice: a damaged file is moved aside with one
			plans, err := s.ListPlans()
			if err != nil {
				t.Fatal(err)
			}
			if len(plans) != saves {
				t.Fatalf("%d plans stored after %d saves began: the one in flight did not land", len(plans), saves)
			}
			for _, p := range plans {
				got, err := s.GetPlan(p.ID)
				if err != nil || len(got.Items) != len(core.Items) {
					t.Fatalf("plan %q came back with %d items (%v), saved with %d", p.Name, len(got.Items), err, len(core.Items))
				}
			}
		})
	}
}

// saveUntilSignalled is the child: the stop-signal handling `corecue`
// installs for a command without a window, then one plan saved after
// another, each held open for a moment before its commit.
func saveUntilSignalled(dir string) {
	shutdown.Notify(func(sig os.Signal) { shutdown.Exit(sig, os.Stderr) })
	s, n, err := Open(dir)
	if err != nil || !n.Empty() {
		fmt.Fprintln(os.Stderr, "open:", err, n.Message)
		os.Exit(3)
	}
	for i := 1; i <= 50; i++ {
		beforeCommit = func() {
			fmt.Println("saving")
			time.Sleep(300 * time.Millisecond) // the window the signal lands in
		}
		p := core
		p.Name = fmt.Sprintf("Plan %d", i)
		if _, err := s.CreatePlan(p); err != nil {
			fmt.Fprintln(os.Stderr, "save:", err)
			os.Exit(4)
		}
	}
	os.Exit(5) // never signalled
}
