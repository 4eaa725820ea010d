package kiosk

import (
	"math/rand/v2"
	"runtime"
	"testing"
	"time"
)

// TestSoak24Hours drives the machine through a simulated day of visitors:
// taps everywhere, drills finished and abandoned, safety checks, idle
// resets, stray corner taps. After every reset no visitor state may remain,
// and the live heap must not grow. Goroutines are not counted: the machine
// starts none, so a count could never change.
func TestSoak24Hours(t *testing.T) {
	m, clk := newMachine(t)
	rng := rand.New(rand.NewPCG(20261125, 5))
	end := clk.Now().Add(24 * time.Hour)
	ids := []string{"crunch", "sit-up", "bird-dog", "front-plank", "dead-bug", "russian-twist"}
	flags := []string{"fever", "trauma", "night-pain"}

	checkReset := func(why string) {
		if v := m.Visitor(); !v.Fresh(false) || m.Screen() != Attract || m.Prompting() || m.Drilling() {
			t.Fatalf("%s at %v left %v %+v", why, clk.Now(), m.Screen(), v)
		}
	}
	baseHeap := settle()
	var peakHeap uint64
	resets, visitors := 0, 0
	for step := 0; clk.Now().Before(end); step++ {
		if m.Screen() == Attract {
			// Someone walks up after a while.
			clk.Advance(time.Duration(rng.IntN(600)) * time.Second)
			m.Touch()
			visitors++
		}
		switch r := rng.IntN(100); {
		case r < 20:
			m.Go([]Screen{Home, Safety, Contact}[rng.IntN(3)])
		case r < 30:
			m.Go(Drill)
			m.SetDrilling(true)
			clk.Advance(time.Duration(5+rng.IntN(60)) * time.Second)
			if rng.IntN(3) > 0 {
				m.SetDrilling(false) // finished or stopped
			} else {
				clk.Advance(time.Minute) // walked off mid-drill: it ends by itself
				m.SetDrilling(false)
			}
		case r < 45:
			m.Answer(flags[rng.IntN(len(flags))], rng.IntN(4) == 0, rng.IntN(8))
		case r < 60:
			m.Toggle(ids[rng.IntN(len(ids))])
		case r < 65:
			m.SetPain(rng.IntN(11))
			m.SetLeg(rng.IntN(2) == 0)
		case r < 70:
			m.SetSound(rng.IntN(2) == 0)
			m.ShowResults(rng.IntN(2) == 0)
			m.ClearFlags(rng.IntN(2) == 0)
		case r < 75:
			m.SetScroll("safety", float32(rng.IntN(2000)))
		case r < 77:
			m.CornerTap(Corner(1 + rng.IntN(4))) // a stray corner tap, rarely five
		case r < 80:
			m.Go(Attract) // "start over"
			checkReset("start over")
			resets++
			continue
		default:
			// Walks away: the idle timer has to do the rest.
			for m.Screen() != Attract {
				next := m.Deadline()
				if next.IsZero() {
					m.SetDrilling(false)
					continue
				}
				clk.t = next
				if m.Tick() == WasReset {
					checkReset("idle reset")
					resets++
				}
			}
			continue
		}
		if m.Screen() == PIN {
			m.LeaveAdmin()
			resets++
		}
		clk.Advance(time.Duration(1+rng.IntN(15)) * time.Second)
		if m.Tick() == WasReset {
			checkReset("tick reset")
			resets++
		}
		if step%5000 == 0 {
			h := settle()
			peakHeap = max(peakHeap, h)
		}
	}
	if visitors < 100 || resets < visitors-1 { // the last may still be there at midnight
		t.Fatalf("only %d visitors and %d resets in a day", visitors, resets)
	}
	h := settle()
	// A little slack for the runtime's own bookkeeping; a leak of visitor
	// maps over a day would be far more.
	if h > baseHeap+256<<10 || peakHeap > baseHeap+256<<10 {
		t.Fatalf("heap grew from %d to %d (peak %d)", baseHeap, h, peakHeap)
	}
	t.Logf("%d visitors, %d resets, heap %d → %d bytes", visitors, resets, baseHeap, h)
}

func settle() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}
