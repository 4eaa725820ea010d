// Package audio makes a drill's sound and keeps the session clock.
//
// Everything a listener hears is one streamer, the session, built from a
// breath.Timeline: cue sounds synthesised here, the spoken prompts in
// assets/voice and a quiet breath-sound bed, each placed at the exact sample
// its cue falls on. The same streamer feeds the sound device live and a WAV
// file offline. The session clock counts the samples the output pulls, so the
// picture follows what is heard, and a paced silent sink gives the same clock
// when there is no device.
package audio

import "time"

// Rate is the one sample rate used everywhere: cues, voice, bed, device, files.
const Rate = 48000

// Mix sets the three layers a listener hears. Volumes run 0..1.
type Mix struct {
	Cues, Voice, Bed             float64
	CuesOn, VoiceOn, BedOn, Mute bool
}

// DefaultMix is what a new install plays: voice on, the bed on but low.
func DefaultMix() Mix {
	return Mix{Cues: 0.8, Voice: 0.9, Bed: 0.25, CuesOn: true, VoiceOn: true, BedOn: true}
}

// layer indexes the per-layer gains.
type layer int

const (
	layerCues layer = iota
	layerVoice
	layerBed
	layers
)

// Loudest level of each layer at volume 1. They sum to about 1 so the layers
// at full volume on top of each other barely reach full scale.
const (
	peakCues  = 0.45
	peakVoice = 0.5
	rmsBed    = 0.2
)

// gains turns the mix into a linear gain per layer. Volume is squared: loudness
// is heard roughly logarithmically, and a square law makes the lower half of a
// slider useful instead of all the change bunching at the bottom.
func (m Mix) gains() [layers]float64 {
	var g [layers]float64
	if m.Mute {
		return g
	}
	on := func(b bool, v, peak float64) float64 {
		if !b {
			return 0
		}
		v = clamp01(v)
		return v * v * peak
	}
	g[layerCues] = on(m.CuesOn, m.Cues, peakCues)
	g[layerVoice] = on(m.VoiceOn, m.Voice, peakVoice)
	g[layerBed] = on(m.BedOn, m.Bed, rmsBed)
	return g
}

func clamp01(v float64) float64 {
	if !(v > 0) { // also catches NaN
		return 0
	}
	if v > 1 {
		return 1
	}
	return v
}

// samples converts a duration to a whole number of samples at Rate.
func samples(d time.Duration) int64 { return d.Nanoseconds() * Rate / int64(time.Second) }

// duration converts samples at Rate back to time.
func duration(n int64) time.Duration { return time.Duration(n * int64(time.Second) / Rate) }
