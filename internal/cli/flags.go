package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/corecue/corecue/internal/jsonfile"
)

// usages are the one-line usage of each command, by flag-set name, for
// --help and for flag errors.
var usages = map[string]string{}

// newFlags makes the flag set of a command; name is how the person typed
// it ("corecue check"), usage what --help prints.
func newFlags(name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the flag package's own multi-line usage is replaced by one line
	usages[name] = usage
	return fs
}

// parse reads flags, which may come before or after the positional
// arguments (a plan file), and allows at most maxPos of those. -h and
// --help print the usage. When ok is false the command returns code: 0
// after the usage, 2 after one line on stderr naming the problem, in the
// same words for every command.
func parse(fs *flag.FlagSet, args []string, maxPos int, stdout, stderr io.Writer) (pos []string, code int, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(stdout, usageOf(fs))
				return nil, 0, false
			}
			return nil, usageError(fs, flagError(err, args), stderr), false
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			pos = append(pos, args[1:]...)
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	if len(pos) > maxPos {
		return nil, usageError(fs, fmt.Sprintf("unexpected argument %s", jsonfile.Quote(pos[maxPos], 60)), stderr), false
	}
	return pos, 0, true
}

func usageOf(fs *flag.FlagSet) string {
	u := usages[fs.Name()]
	if !strings.HasSuffix(u, "\n") {
		u += "\n"
	}
	return u
}

// usageError prints "corecue check: problem (how to get help)" and returns 2.
func usageError(fs *flag.FlagSet, problem string, stderr io.Writer) int {
	return fail(stderr, fmt.Sprintf("%s: %s (%s --help shows the usage)", fs.Name(), problem, fs.Name()))
}

// flagError rewrites the flag package's messages, which name Go's parse
// functions, into one plain line.
func flagError(err error, args []string) string {
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		name := strings.TrimLeft(rest, "-")
		typed := "--" + name
		for _, a := range args { // as the person wrote it: -x or --x
			if n, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "="); n == name && strings.HasPrefix(a, "-") {
				typed, _, _ = strings.Cut(a, "=")
				break
			}
		}
		return "unknown option " + jsonfile.Quote(typed, 40)[1:len(jsonfile.Quote(typed, 40))-1]
	}
	if rest, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return "option " + rest + " needs a value"
	}
	if strings.HasPrefix(msg, "invalid value ") {
		// invalid value "x" for flag -pain: parse error
		if i := strings.Index(msg, " for flag "); i > 0 {
			name := msg[i+len(" for flag "):]
			if j := strings.Index(name, ":"); j > 0 {
				name = name[:j]
			}
			val, _ := strconv.Unquote(msg[len("invalid value "):i])
			return fmt.Sprintf("-%s: %s is not a valid value", strings.TrimLeft(name, "-"), jsonfile.Quote(val, 40))
		}
	}
	return jsonfile.OneLine(msg)
}
