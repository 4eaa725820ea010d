// Package planner is the planner screen: the person's
// context, the exercise library with each exercise's back-risk level, and
// named plans whose items carry flags, cited reasons and one-tap safer swaps.
// The engines (exercise, risk, plan, store) do the work; this package only
// turns their results into widgets.
package planner

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/sessionkey"
)

// Store is the part of internal/store the planner uses; *store.Store
// satisfies it.
type Store interface {
	ListPlans() ([]store.PlanInfo, error)
	GetPlan(id int64) (plan.Plan, error)
	CreatePlan(p plan.Plan) (int64, error)
	SavePlan(id int64, p plan.Plan) error
	RenamePlan(id int64, name string) error
	DuplicatePlan(id int64, newName string) (int64, error)
	FreePlanName(name string) (string, error)
	DeletePlan(id int64) error
	Person() (store.Person, error)
	SavePerson(store.Person) error
}

// Deps is what the lead wires in.
type Deps struct {
	// Keys is the window's drill and workout: while one runs, Space and
	// Escape on any of the planner's focused controls pause or stop it
	// instead (Space on a focused Remove took an exercise out of the plan,
	// on New plan asked for a name); its text fields still type a space.
	Keys    sessionkey.Session
	Library *exercise.Library
	Store   Store
	// Clinic is the clinic's contact; nil when none is configured.
	Clinic *clinic.Contact
	Window fyne.Window // parent for dialogs
	// Handout writes the printable PDF for p to path; nil hides the button.
	Handout func(p plan.Plan, path string) error
	// StartWorkout opens the saved plan as a guided workout; nil hides the button.
	StartWorkout func(planID int64)
	// Now is the clock the why panel's figures move on; nil means time.Now.
	Now func() time.Time
}

// Planner is the whole screen. The exported fields are the widgets tests
// drive; they are built once and never replaced.
type Planner struct {
	deps   Deps
	engine *risk.Engine

	About   *About
	Library *LibraryView
	Plans   *PlansBar
	Plan    *PlanView

	main fyne.CanvasObject
}

// New builds the planner. The main window shows it only after the red-flag
// questions (Gate) have all been answered no.
func New(deps Deps) *Planner {
	p := &Planner{deps: deps, engine: risk.New(deps.Library)}
	p.About = newAbout(p)
	p.Plan = newPlanView(p)
	p.Library = newLibraryView(p)
	p.Plans = newPlansBar(p)
	p.main = p.layout()
	p.Plans.reload(0)
	p.refreshAssessments()
	return p
}

// Content is the screen's root object.
func (p *Planner) Content() fyne.CanvasObject { return p.main }

// SetVisible tells the planner whether it is on screen: its moving figures
// run only while it is.
func (p *Planner) SetVisible(on bool) { p.Plan.Why.setVisible(on) }

// SetReducedMotion shows the why panel's figures as stills.
func (p *Planner) SetReducedMotion(on bool) {
	p.Plan.Why.Figure.SetReducedMotion(on)
	p.Plan.Why.Alt.SetReducedMotion(on)
}

func (p *Planner) now() time.Time {
	if p.deps.Now != nil {
		return p.deps.Now()
	}
	return time.Now()
}

// context is the person's context for every assessment on screen.
func (p *Planner) context() risk.Context { return p.About.context() }

// refreshAssessments redraws everything that depends on the context or the
// plan (levels depend on both: many flexion reps in the plan raise items).
func (p *Planner) refreshAssessments() {
	p.Library.refresh()
	p.Plan.refresh()
}
