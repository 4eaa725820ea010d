package kiosk

import (
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/crypto/argon2"

	"github.com/corecue/corecue/internal/regfile"
)

// PINFile is where the admin PIN's hash lives, next to the config file; the
// config itself never holds it, so a config that is shown or shared leaks
// nothing.
const PINFile = "kiosk.pin"

// PIN lengths. Digits only: the admin keypad has no letters.
const (
	MinPIN = 4
	MaxPIN = 12
)

// argon2id parameters: OWASP's 19 MiB, two passes. Checking a PIN takes a
// few tens of milliseconds, guessing millions of them does not.
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
	saltLen      = 16
)

// PINPath is the PIN file that goes with a config file.
func PINPath(configPath string) string {
	return filepath.Join(filepath.Dir(configPath), PINFile)
}

// CheckPIN refuses PINs a passer-by could guess.
func CheckPIN(pin string) error {
	if pin == "" {
		return errors.New("the PIN is empty")
	}
	for _, r := range pin {
		if r < '0' || r > '9' {
			return errors.New("the PIN must be digits only (the admin keypad has no letters)")
		}
	}
	switch n := len(pin); {
	case n < MinPIN:
		return fmt.Errorf("the PIN has %d digits; use at least %d", n, MinPIN)
	case n > MaxPIN:
		return fmt.Errorf("the PIN has %d digits; use at most %d", n, MaxPIN)
	}
	if strings.Count(pin, pin[:1]) == len(pin) || strings.Contains("0123456789012", pin) || strings.Contains("9876543210987", pin) {
		return fmt.Errorf("the PIN %s is too easy to guess (repeated or running digits)", strings.Repeat("*", len(pin)))
	}
	return nil
}

// HashPIN returns the PIN's salted argon2id hash in the usual
// $argon2id$v=19$m=...,t=...,p=...$salt$key form.
func HashPIN(pin string) (string, error) {
	if err := CheckPIN(pin); err != nil {
		return "", err
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(pin), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	enc := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		enc.EncodeToString(salt), enc.EncodeToString(key)), nil
}

// VerifyPIN reports whether pin matches hash. A malformed hash is an error,
// never a match.
func VerifyPIN(hash, pin string) (bool, error) {
	h, err := parsePINHash(hash)
	if err != nil {
		return false, err
	}
	got := argon2.IDKey([]byte(pin), h.salt, h.time, h.memory, h.threads, uint32(len(h.key)))
	return subtle.ConstantTimeCompare(got, h.key) == 1, nil
}

// pinHash is a stored PIN hash taken apart.
type pinHash struct {
	memory, time uint32
	threads      uint8
	salt, key    []byte
}

// parsePINHash reads "$argon2id$v=19$m=…,t=…,p=…$salt$key". The cost
// parameters are bounded because the file is input: a tampered one must not
// make a PIN check take more memory or passes than the kiosk can spare.
func parsePINHash(hash string) (pinHash, error) {
	var h pinHash
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return h, errors.New("the PIN file does not hold an argon2id hash")
	}
	var v int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &v); err != nil || v != argon2.Version {
		return h, fmt.Errorf("the PIN hash has version %q, expected v=%d", parts[2], argon2.Version)
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &h.memory, &h.time, &h.threads); err != nil || !h.costInBounds() {
		return h, fmt.Errorf("the PIN hash has bad parameters %q", parts[3])
	}
	enc := base64.RawStdEncoding
	salt, err1 := enc.DecodeString(parts[4])
	key, err2 := enc.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(salt) < 8 || len(key) < 16 {
		return h, errors.New("the PIN hash's salt or key is damaged")
	}
	h.salt, h.key = salt, key
	return h, nil
}

// costInBounds: from argon2's minimum of 8 KiB to 2 GiB of memory, 1 to 16
// passes, at least one thread.
func (h pinHash) costInBounds() bool {
	return h.memory >= 8 && h.memory <= 1<<21 && h.time >= 1 && h.time <= 16 && h.threads >= 1
}

// ReadPIN reads the hash from the PIN file, saying how to make one when
// there is none.
func ReadPIN(path string) (string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("no admin PIN is set (%s is missing): run corecue kiosk set-pin first", path)
	}
	if err != nil {
		return "", fmt.Errorf("admin PIN: %v", err)
	}
	h := string(bytes.TrimSpace(data))
	if _, err := VerifyPIN(h, "0"); err != nil {
		return "", fmt.Errorf("admin PIN %s: %v: run corecue kiosk set-pin again", path, err)
	}
	return h, nil
}

// WritePIN hashes pin into the PIN file, readable by its owner only.
func WritePIN(path, pin string) error {
	h, err := HashPIN(pin)
	if err != nil {
		return err
	}
	return regfile.WriteMode(path, regfile.Private, regfile.Bytes([]byte(h+"\n")))
}

// Lockout rules: five wrong PINs lock admin for five minutes.
const (
	MaxTries = 5
	LockFor  = 5 * time.Minute
)

// ErrLocked is returned while admin is locked after too many wrong PINs.
var ErrLocked = errors.New("admin is locked after too many wrong PINs")

// Guard checks PINs and counts failures on an injected clock. The count
// lives in memory: it survives everything but a restart, and a visitor
// cannot restart the kiosk.
type Guard struct {
	hash  string
	now   func() time.Time
	fails int
	until time.Time
}

// NewGuard checks PINs against hash.
func NewGuard(hash string, now func() time.Time) *Guard {
	return &Guard{hash: hash, now: now}
}

// Try checks pin. While locked it does not even look at the PIN.
func (g *Guard) Try(pin string) (bool, error) {
	if left := g.LockedFor(); left > 0 {
		return false, ErrLocked
	}
	ok, err := VerifyPIN(g.hash, pin)
	if err != nil {
		return false, err
	}
	if ok {
		g.fails = 0
		return true, nil
	}
	g.fails++
	if g.fails >= MaxTries {
		g.fails = 0
		g.until = g.now().Add(LockFor)
		return false, ErrLocked
	}
	return false, nil
}

// LockedFor is how long admin stays locked; zero when it is not.
func (g *Guard) LockedFor() time.Duration {
	if left := g.until.Sub(g.now()); left > 0 {
		return left
	}
	return 0
}

// TriesLeft is how many wrong PINs remain before the lock.
func (g *Guard) TriesLeft() int { return MaxTries - g.fails }

// SetHash replaces the hash after the PIN is changed.
func (g *Guard) SetHash(h string) { g.hash = h }
