// Package shutdown lets SIGTERM and SIGINT end CoreCue between two saves,
// never in the middle of one. Every write that must land whole (a store
// transaction, a file through internal/regfile) holds the package's gate
// while it runs; a stop signal waits until no write holds it, then hands
// over to what the program does to stop: a window closes as if the person
// closed it, a command without a window exits at once.
package shutdown

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

var (
	mu       sync.Mutex
	idle     = sync.NewCond(&mu)
	inFlight int
	closed   bool // Exit has begun: no new write starts
)

// Hold marks a write in progress until the returned release is called. Once
// a command without a window is stopping, Hold waits for ever: the process
// is about to end, and a write that has not begun is better not begun.
func Hold() (release func()) {
	mu.Lock()
	for closed {
		idle.Wait()
	}
	inFlight++
	mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			mu.Lock()
			inFlight--
			if inFlight == 0 {
				idle.Broadcast()
			}
			mu.Unlock()
		})
	}
}

// Wait returns once no write is in progress.
func Wait() {
	mu.Lock()
	for inFlight > 0 {
		idle.Wait()
	}
	mu.Unlock()
}

// Notify calls stop on its own goroutine at the first SIGTERM or SIGINT.
// stop decides how the writes in progress are waited for: Exit waits and
// lets no new one begin; a window closing waits with Wait, then lets what
// it does on closing save. A second signal while stop runs is ignored: stop
// is already ending the program.
func Notify(stop func(os.Signal)) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM, syscall.SIGINT)
	go func() { stop(<-c) }()
}

// Exit ends a program that has no window to close: it lets the writes in
// progress finish, starts no new one, says in one line that it stopped and
// exits with the shell's code for the signal (128 + its number).
func Exit(sig os.Signal, stderr io.Writer) {
	mu.Lock()
	closed = true
	for inFlight > 0 {
		idle.Wait()
	}
	mu.Unlock()
	fmt.Fprintf(stderr, "corecue: stopped (%s); nothing was left half-written\n", sig)
	code := 1
	if s, ok := sig.(syscall.Signal); ok {
		code = 128 + int(s)
	}
	os.Exit(code)
}
