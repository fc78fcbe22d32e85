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

// TestEnIntentWords: a frame word inside a hyphenated compound ("family-planning") sets no frame;
// a how-many subject's past verb ("enterprises newly registered") asks for results.
func TestEnIntentWords(t *testing.T) {
	tests := []struct {
		q, intent string
	}{
		{"how many people benefited from huigou's special family-planning support payments?", IntentActual},
		{"how many enterprises newly registered copyrights in shengze?", IntentActual},
		{"how many tourists visited lili town?", IntentActual},
		{"what are the family-planning targets of lili?", IntentTarget},
		{"how many enterprises does shengze plan to register?", IntentTarget},
		{"how many enterprises are in shengze?", ""},
	}
	for _, tt := range tests {
		if got := enIntent(tt.q); got != tt.intent {
			t.Errorf("enIntent(%q) = %q, want %q", tt.q, got, tt.intent)
		}
	}
}
