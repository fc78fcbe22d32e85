package retrieval

import "testing"

// TestPlanNamedInPast: "plan" naming a thing in a question about last year's result does not
// make it a question about targets; other target words, or no past verb, still do.
func TestPlanNamedInPast(t *testing.T) {
	tests := []struct {
		q, intent string
	}{
		{"What share of planned investment did Qidu's district-level key projects hit last year?", IntentActual},
		{"How much income did Shengze's village collective economy doubling plan achieve last year?", IntentActual},
		{"What was the planned investment target last year?", IntentTarget},
		{"How much does Lili plan to invest this year?", IntentTarget},
		{"What did Lili plan last year?", IntentTarget},
	}
	for _, tt := range tests {
		if p := Analyze(tt.q, nil); p.Intent != tt.intent {
			t.Errorf("Analyze(%q).Intent = %q, want %q", tt.q, p.Intent, tt.intent)
		}
	}
}
