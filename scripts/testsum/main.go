// Command testsum turns `go test -json` into the short output people expect
// from `go test` (one line per package, full output only for failures) and
// counts the tests, so `make test` can end on one summary line.
//
//	go test -json ./... | go run ./scripts/testsum -save out/race.counts
//	go run ./scripts/testsum -total out/race.counts out/nocgo.counts ...
//
// A counts file holds "passed failed skipped". In filter mode the exit status
// is 1 when any test or package failed, so a pipeline with pipefail fails
// even if go test's own status were lost.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

type event struct {
	Action     string
	Package    string
	ImportPath string
	Test       string
	Output     string
}

type counts struct{ passed, failed, skipped int }

func main() {
	save := flag.String("save", "", "write the counts to this file")
	total := flag.Bool("total", false, "sum the counts files given as arguments and print one summary line")
	label := flag.String("label", "test", "word before the summary line (no spaces)")
	flag.Parse()

	if *total {
		var sum counts
		for _, path := range flag.Args() {
			c, err := readCounts(path)
			if err != nil {
				fmt.Fprintln(os.Stderr, "testsum:", err)
				os.Exit(2)
			}
			sum.passed += c.passed
			sum.failed += c.failed
			sum.skipped += c.skipped
		}
		fmt.Printf("%s: %d passed, %d failed, %d skipped\n", *label, sum.passed, sum.failed, sum.skipped)
		if sum.failed > 0 {
			os.Exit(1)
		}
		return
	}

	c, err := filter(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testsum:", err)
		os.Exit(2)
	}
	fmt.Printf("%s: %d passed, %d failed, %d skipped\n", *label, c.passed, c.failed, c.skipped)
	if *save != "" {
		if err := writeCounts(*save, c); err != nil {
			fmt.Fprintln(os.Stderr, "testsum:", err)
			os.Exit(2)
		}
	}
	if c.failed > 0 {
		os.Exit(1)
	}
}

func filter(in io.Reader, out io.Writer) (counts, error) {
	s := summary{out: out, held: map[string][]string{}, testFailed: map[string]bool{}}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1024*1024), 16*1024*1024)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			// Not an event (a vet or linker message): never hide it.
			fmt.Fprintf(out, "%s\n", line)
			continue
		}
		s.take(e)
	}
	// A test still open when the stream ends was cut off (a crash or timeout).
	for key, lines := range s.held {
		fmt.Fprint(out, strings.Join(lines, ""))
		fmt.Fprintf(out, "testsum: %s never finished\n", strings.ReplaceAll(key, "\x00", " "))
		s.c.failed++
	}
	return s.c, sc.Err()
}

// summary is filter's state between events.
type summary struct {
	out io.Writer
	c   counts
	// held is each running test's output, kept until we know whether it
	// failed; by package and test name.
	held       map[string][]string
	testFailed map[string]bool // package → some test in it failed
}

// take handles one event of go test -json.
func (s *summary) take(e event) {
	switch e.Action {
	case "build-output":
		fmt.Fprint(s.out, e.Output)
	case "output":
		s.output(e)
	case "pass", "skip", "fail":
		s.result(e)
	}
}

// output holds a test's output and passes on a package's, less go test's
// own chatter (=== RUN and the like, the bare PASS and FAIL lines).
func (s *summary) output(e event) {
	if e.Test != "" {
		if !isChatter(e.Output) {
			key := e.Package + "\x00" + e.Test
			s.held[key] = append(s.held[key], e.Output)
		}
		return
	}
	if o := strings.TrimSpace(e.Output); o != "PASS" && o != "FAIL" && !strings.HasPrefix(o, "=== ") {
		fmt.Fprint(s.out, e.Output)
	}
}

// result counts a test's outcome, showing its held output when it failed.
func (s *summary) result(e event) {
	if e.Test == "" {
		// The package failed with no failing test: it did not build, or
		// it panicked or timed out outside a test. That counts too.
		if e.Action == "fail" && !s.testFailed[e.Package] {
			s.c.failed++
		}
		return
	}
	key := e.Package + "\x00" + e.Test
	switch e.Action {
	case "pass":
		s.c.passed++
	case "skip":
		s.c.skipped++
	case "fail":
		s.c.failed++
		s.testFailed[e.Package] = true
		fmt.Fprint(s.out, strings.Join(s.held[key], ""))
	}
	delete(s.held, key)
}

func isChatter(s string) bool {
	for _, p := range []string{"=== RUN", "=== PAUSE", "=== CONT", "=== NAME"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func readCounts(path string) (counts, error) {
	var c counts
	b, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	if _, err := fmt.Sscan(string(b), &c.passed, &c.failed, &c.skipped); err != nil {
		return c, fmt.Errorf("%s: want \"passed failed skipped\": %v", path, err)
	}
	return c, nil
}

func writeCounts(path string, c counts) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".counts-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := fmt.Fprintf(tmp, "%d %d %d\n", c.passed, c.failed, c.skipped); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
