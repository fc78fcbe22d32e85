package answer

import (
	"slices"
	"strings"
	"testing"
)

// An English answer is grounded on the question's decisive words through any translation
// layer: a sentence holding the lexicon's rendering of the subject answers, whatever generic
// words of the question it lacks; a sentence holding only generic or vague words does not.
func TestGroundedOnDecisiveWords(t *testing.T) {
	for _, tt := range []struct{ q, quote string }{
		{"What kind of documentary park does Lili town plan to build?", "纪录片"},
		{"Which rice bran processing project is the Panjin district going to start building?", "米糠"},
		{"How did Daixi town help farmers sell their tangerines?", "橘子"},
		{"What windsurfing facility is Shacheng town improving?", "帆板"},
	} {
		ans := ask(t, tt.q)
		if !ans.Grounded || len(ans.Citations) == 0 || !strings.Contains(ans.Citations[0].Quote, tt.quote) {
			t.Errorf("%q: grounded %v, path %s, want a grounded quote holding %s: %s", tt.q, ans.Grounded, ans.Trace.Path, tt.quote, ans.Text)
			continue
		}
		if g := ans.Trace.Vocabulary.Grounding; g == nil || g.Share < groundedShare {
			t.Errorf("%q: grounding %+v", tt.q, g)
		}
		checkCitations(t, ans)
	}
}

// Questions whose subject the reports lack decline, also when the lexicon translates another
// of their words and the best sentence holds it: "birth rate" (出生率 is nowhere; "rate" reaches
// 进度), a thing CC-CEDICT translates into words no report uses (roller coasters, submarines,
// wolves).
func TestDeclinesWithoutDecisiveWords(t *testing.T) {
	for _, tt := range []struct{ q, missing string }{
		{"What was the birth rate in the Guangxi district?", ""},
		{"How many roller coasters did Shengze build?", "roller coasters"},
		{"How many submarines did Daixi town build?", "submarines"},
		{"What did Huigou do about wolves?", "wolves"}, // nothing found at all
	} {
		ans := ask(t, tt.q)
		if ans.Grounded {
			t.Errorf("%q: grounded: %s", tt.q, ans.Text)
			continue
		}
		if tt.missing == "" {
			continue
		}
		if want := CouldNotFind([]string{tt.missing}); !strings.HasPrefix(ans.Text, want) || ans.Trace.Path != PathUntranslated {
			t.Errorf("%q: path %s, answer %q, want it to start %q", tt.q, ans.Trace.Path, ans.Text, want)
		}
		if !slices.Equal(ans.Trace.CouldNotFind, []string{tt.missing}) {
			t.Errorf("%q: Trace.CouldNotFind = %q", tt.q, ans.Trace.CouldNotFind)
		}
	}
}

// An incidental word nothing translates does not turn away an answer that holds the decisive
// words: the answer stands and its note names the word ("milestone" beside "electric taxis").
func TestIncidentalUntranslatedWordIsNoted(t *testing.T) {
	ans := ask(t, "What milestone did Lili town reach with electric taxis?")
	if !ans.Grounded || ans.Trace.Path == PathUntranslated || !strings.Contains(ans.Citations[0].Quote, "出租车") {
		t.Fatalf("path %s, grounded %v: %s", ans.Trace.Path, ans.Grounded, ans.Text)
	}
	if !strings.Contains(ans.Note, CouldNotFind([]string{"milestone"})) {
		t.Errorf("note %q, want it to name 'milestone'", ans.Note)
	}
	checkCitations(t, ans)
}

// A misspelt place is the place it is nearest to, also when the question gives it a level
// word ("Shengzhe town"): the answer asks "Did you mean" instead of declining the place.
func TestMisspeltPlaceWithLevelWord(t *testing.T) {
	ans := ask(t, "How many rounds of area-wide nucleic acid testing did Shengzhe town carry out?")
	if !ans.Grounded || ans.Trace.Path == PathDeclined || !strings.HasPrefix(ans.Note, "Did you mean 盛泽镇 (Shengze)?") {
		t.Errorf("path %s, grounded %v, note %q: %s", ans.Trace.Path, ans.Grounded, ans.Note, ans.Text)
	}
}
