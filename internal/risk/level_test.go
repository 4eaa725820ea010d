package risk

import "testing"

func TestForYourBackNeverSaysSafe(t *testing.T) {
	want := map[Level]string{High: "high risk for your back", Moderate: "moderate risk for your back",
		Low: "low risk for your back", NotAssessed: "not assessed", Level(9): "not assessed"}
	for l, w := range want {
		if got := l.ForYourBack(); got != w {
			t.Errorf("%d: %q, want %q", l, got, w)
		}
	}
}
