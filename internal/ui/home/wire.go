package home

import (
	"encoding/json"
	"fmt"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/handout"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/store"
)

// drillStore keeps custom drills in the SQLite store, in breath's JSON form.
type drillStore struct{ st *store.Store }

// ListDrills returns every stored drill that is still valid, and an error
// naming the first one that is not (it stays in the database, untouched).
func (d drillStore) ListDrills() ([]breath.Drill, error) {
	rows, err := d.st.Drills()
	if err != nil {
		return nil, err
	}
	var out []breath.Drill
	var bad error
	for _, r := range rows {
		var dr breath.Drill
		if err := json.Unmarshal(r.JSON, &dr); err != nil {
			if bad == nil {
				bad = fmt.Errorf(i18n.L("saved drill %q can't be used: %v"), r.Name, err)
			}
			continue
		}
		out = append(out, dr)
	}
	return out, bad
}

func (d drillStore) SaveDrill(dr breath.Drill) error {
	b, err := json.Marshal(dr)
	if err != nil {
		return err
	}
	return d.st.SaveDrill(store.Drill{Name: dr.Name, JSON: b})
}

func (d drillStore) DeleteDrill(name string) error { return d.st.DeleteDrill(name) }

// writeHandout assesses the plan for the person's stored context and writes
// the PDF, with the same diagram stills as `corecue handout`.
func writeHandout(d Deps, p plan.Plan, path string) error {
	per, err := d.Store.Person()
	if err != nil {
		return err
	}
	ctx := risk.Context{Pain: per.Pain, LegSymptoms: per.LegSymptoms, Morning: per.Morning}
	a, err := plan.Assess(p, d.Library, ctx)
	if err != nil {
		return err
	}
	_, err = handout.Write(path, handout.Input{Assessed: a, Clinic: d.Clinic, Diagram: d.Stills, Progress: progressOf(d), Lang: i18n.Current()})
	return err
}
