package breath

import "time"

// VoiceRoom is, for each voice line, the shortest time any drill leaves it
// before the next spoken line starts: a clip longer than that talks over
// the next one. It covers the presets, the taster and the longest lead-in a
// custom drill allows; a line never followed by another is absent.
// scripts/make-voice.sh speeds up a translated clip that would not fit.
func VoiceRoom() map[string]time.Duration {
	long := Vacuum(1)
	long.LeadIn = MaxLeadIn
	room := map[string]time.Duration{}
	for _, d := range append(append(Presets(), Taster()), long) {
		tl, err := New(d)
		if err != nil {
			continue
		}
		var prev *Cue
		for i := range tl.Cues {
			c := &tl.Cues[i]
			if c.Voice == "" {
				continue
			}
			if prev != nil {
				gap := c.At - prev.At
				if r, ok := room[prev.Voice]; !ok || gap < r {
					room[prev.Voice] = gap
				}
			}
			prev = c
		}
	}
	return room
}
