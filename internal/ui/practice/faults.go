package practice

import "github.com/corecue/corecue/internal/breath"

// noteFault follows the reminder: while it names a fault, the Common faults
// button stands out and opens at that fault.
func (s *Screen) noteFault(f breath.Fault) {
	if f == s.fault {
		return
	}
	s.fault = f
}

// ShowFaults opens the common faults, at fault f.
func (s *Screen) ShowFaults(f breath.Fault) {}
