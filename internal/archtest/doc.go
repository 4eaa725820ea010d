// Package archtest holds no code: its test checks the layout rules of
// docs/architecture.md against the real import graph, so a stray import
// fails CI instead of waiting for a reviewer to notice.
package archtest
