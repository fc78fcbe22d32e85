package retrieval

import (
	"slices"
	"testing"
)

// TestListKindIsATerm: a question's list of examples that ends in their kind (这些群团组织,
// 等安全隐患) keeps its last item and the kind as terms of their own; an 等 that ends an ordinary
// word (平等) points back at nothing.
func TestListKindIsATerm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"工会、共青团、妇联这些群团组织", "工会、共青团、妇联 群团组织"},
		{"工会、共青团、妇联等群团组织", "工会、共青团、妇联 群团组织"},
		{"燃气、消防这类安全隐患", "燃气、消防 安全隐患"},
		{"就业、男女平等就业", "就业、男女平等就业"},
		{"群团组织", "群团组织"},
	}
	for _, tt := range tests {
		if got := cutListKind(tt.in); got != tt.want {
			t.Errorf("cutListKind(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestZhListAbbreviation: the items of a Chinese question's list of three are also named by
// the list's short form the reports write (工会、共青团、妇联: 工青妇); a list of two gets none.
func TestZhListAbbreviation(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("哪些报告提到了工会、共青团、妇联这些群团组织?", ix)
	for _, from := range []string{"工会", "共青团", "妇联"} {
		i := slices.IndexFunc(p.Terms, func(t Term) bool { return t.From == from })
		if i < 0 || !slices.Contains(p.Terms[i].Variants, "工青妇") {
			t.Errorf("term %s: %+v, want the variant 工青妇", from, p.Terms)
		}
	}
	// Items that share their characters (kinds of 研学) have no short form: 研学研 is a chance
	// run of the reports' tokens 研学 and 学研, not a word for any of them.
	p = Analyze("哪些报告提到研学(研学游、研学基地、研学活动等)?", ix)
	for _, term := range p.Terms {
		if len(term.Variants) != 1 {
			t.Errorf("a list of kinds of one thing: term %+v, want its own wording only", term)
		}
	}
	p = Analyze("哪些报告提到了工会、商会?", ix)
	for _, term := range p.Terms {
		if len(term.Variants) != 1 {
			t.Errorf("a list of two: term %+v, want its own wording only", term)
		}
	}
}
