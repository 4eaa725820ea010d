//go:build cgo

package audio

import "time"

// The device buffer: what ALSA holds ahead of the sound server. 80 ms rides
// out scheduling hiccups on a busy machine and is well under what breath
// cues need.
const deviceBuffer = 80 * time.Millisecond

// serverLatency is what lies past our buffer: the ALSA plugin and the sound
// server. With the whole 80 ms buffer in ALSA (device_alsa.go) make bench
// measured the picture 15.6 ms behind the sound at p50 counting 35 ms here
// (p99 of the signed error −15.1 ms), so the sound arrives about 100 ms
// after a pull. Counting no more than that keeps any error on the side where
// sound is late, which people notice least (ITU-R BT.1359); calibration
// covers other devices.
const serverLatency = 20 * time.Millisecond

// startWait bounds how long the probe waits for the device to start
// pulling at real-time rate: about 2 s on ALSA over a freshly started
// PulseAudio (measured), 9.5 s with four busy loops on two cores, where the
// first pulls also come in fits while the sound server settles. A missing
// device is known at once: ALSA cannot open it.
const startWait = 12 * time.Second

// The probe judges the device's rate over windows of this length.
const rateWindow = 250 * time.Millisecond
