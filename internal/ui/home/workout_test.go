package home

import (
	"testing"
	"time"

	"github.com/corecue/corecue/internal/store"
)

func TestHandoutGetsProgressOnlyWithHistory(t *testing.T) {
	h, st := newHome(t, Options{})
	d := Deps{Store: st}
	if progressOf(d) != nil {
		t.Fatal("progress without sessions")
	}
	id, _ := st.BeginSession(store.Session{Started: time.Now(), PlanName: "p", PainBefore: 2, PainAfter: store.NoPain})
	st.EndSession(id, store.SessionPartial, 1, false)
	h.History.Goal.SetText("5")
	h.History.SetGoal()
	p := progressOf(d)
	if p == nil || len(p.Sessions) != 1 || p.Goal != 5 {
		t.Fatalf("progress %+v", p)
	}
	if h.History.Rows != nil && len(h.History.Rows) != 1 {
		t.Fatalf("history rows %d", len(h.History.Rows))
	}
}
