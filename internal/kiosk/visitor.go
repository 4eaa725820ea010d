package kiosk

import "maps"

// Visitor is everything one visitor has touched. It lives in memory only and
// a reset replaces it whole; nothing here is ever written anywhere.
type Visitor struct {
	Answers  map[string]bool    // red-flag id → answered yes
	Question int                // the red-flag question on screen
	Cleared  bool               // every red-flag question answered no
	Selected map[string]bool    // exercises tapped as "I do this"
	Pain     int                // today's back pain 0-10, -1 when not given
	Leg      bool               // pain or tingling below the knee today
	LegSaid  bool               // the visitor answered the leg question (nothing is preselected)
	Results  bool               // the safety results are showing
	SoundOn  bool               // the visitor's sound choice
	Scroll   map[string]float32 // scroll offset per screen
	Return   Screen             // where "Back" on the booking screen goes; Attract for none
	Lang     string             // the language the visitor chose; "" is the clinic's default
}

func newVisitor(soundOn bool) Visitor {
	return Visitor{
		Answers:  map[string]bool{},
		Selected: map[string]bool{},
		Pain:     -1,
		SoundOn:  soundOn,
		Scroll:   map[string]float32{},
	}
}

// Fresh reports whether v holds nothing a visitor did: it equals the state a
// new visitor starts in, given the configured sound default.
func (v Visitor) Fresh(soundDefault bool) bool {
	return len(v.Answers) == 0 && v.Question == 0 && !v.Cleared && len(v.Selected) == 0 &&
		v.Pain == -1 && !v.Leg && !v.LegSaid && !v.Results && v.SoundOn == soundDefault && len(v.Scroll) == 0 && v.Return == Attract && v.Lang == ""
}

// clone is a deep copy, so a caller can never reach the live maps.
func (v Visitor) clone() Visitor {
	v.Answers = maps.Clone(v.Answers)
	v.Selected = maps.Clone(v.Selected)
	v.Scroll = maps.Clone(v.Scroll)
	return v
}
