//go:build unix

package store

import (
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A FIFO named corecue.db held start-up: it is refused at once, in one
// line, and left where it is.
func TestAFIFODatabaseIsRefusedAtOnce(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	type result struct {
		s *Store
		n Notice
	}
	done := make(chan result, 1)
	go func() { s, n, _ := Open(dir); done <- result{s, n} }()
	select {
	case r := <-done:
		defer r.s.Close()
		if !strings.Contains(r.n.Message, "FIFO") || strings.Contains(r.n.Message, "\n") || r.n.MovedTo != "" {
			t.Fatalf("notice %+v", r.n)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Open waited on the FIFO")
	}
	if fi, err := os.Lstat(path); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Fatal("the FIFO was moved or replaced")
	}
}

// A read-only database or folder was found only at the first save; Open
// says so. Root writes through permissions, so as root the test runs itself
// again as the unprivileged user nobody.
func TestReadOnlyDatabaseIsSaidAtStart(t *testing.T) {
	if os.Geteuid() == 0 && os.Getenv("CORECUE_TEST_AS_NOBODY") == "" {
		runAsNobody(t, "TestReadOnlyDatabaseIsSaidAtStart")
		return
	}
	for _, what := range []string{"file", "folder"} {
		t.Run(what, func(t *testing.T) {
			dir := t.TempDir()
			s := open(t, dir)
			if _, err := s.CreatePlan(core); err != nil {
				t.Fatal(err)
			}
			s.Close()
			target := filepath.Join(dir, FileName)
			if what == "folder" {
				target = dir
			}
			if err := os.Chmod(target, 0o555); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(target, 0o755) })
			st, n, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if !strings.Contains(n.Message, "can be read but not saved") || strings.Contains(n.Message, "\n") {
				t.Fatalf("notice %q", n.Message)
			}
			if plans, err := st.ListPlans(); err != nil || len(plans) != 1 {
				t.Fatalf("the saved plan cannot be read: %v %v", plans, err)
			}
		})
	}
}

func runAsNobody(t *testing.T, name string) {
	t.Helper()
	tmp, err := os.MkdirTemp("", "corecue-nobody-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	os.Chmod(tmp, 0o777)
	bin := filepath.Join(tmp, "store.test")
	src, err := os.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	dst, _ := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY, 0o755)
	io.Copy(dst, src)
	src.Close()
	dst.Close()
	cmd := exec.Command(bin, "-test.run", "^"+name+"$", "-test.v")
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "CORECUE_TEST_AS_NOBODY=1", "TMPDIR="+tmp, "HOME="+tmp)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- PASS: "+name) {
		t.Fatalf("as nobody the test did not run:\n%s", out)
	}
}
