package main

import (
	"strings"
	"testing"
)

// The line is what avsync printed for the calibration helper in a run here.
func TestParseAvsyncReadsTheSummaryLine(t *testing.T) {
	f, err := parseAvsync("ffmpeg noise\npairs 25 over 24 s: audio-minus-video p50 -1.3 ms, p1 -102.0, p99 16.0, first -102.0, last -1.3, drift 84.81 ms/min (fit -28.8 + 1.413*t)\n")
	if err != nil || f.pairs != 25 || f.p50 != -1.3 || f.p1 != -102 || f.p99 != 16 {
		t.Fatalf("got %+v, %v", f, err)
	}
	_, err = parseAvsync("too few pairs: 2 flashes, 9 clicks\n")
	if err == nil || !strings.Contains(err.Error(), "too few pairs: 2 flashes") {
		t.Fatalf("a failed run must say avsync's own reason, got %v", err)
	}
}

func TestOutsideRowsJudgeAgainstTheReference(t *testing.T) {
	tb := &table{outside: &outsideRun{
		ref:      outsideFig{p50: 4, pairs: 50},
		calib:    outsideFig{p50: -10, pairs: 50},
		practice: outsideFig{p50: -30, pairs: 40},
	}}
	rows := tb.outsideRows()
	if len(rows) != 3 || rows[1].verdict != "ok" || rows[2].verdict != "MISSED" {
		t.Fatalf("14 ms from the reference is within, 34 ms is not: %+v", rows)
	}
}
