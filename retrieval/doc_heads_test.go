package retrieval

import (
	"slices"
	"testing"
)

// A document noun binds to the term before it as 证: "preferential treatment cards" is 优待证
// (浍沟镇 writes 办理优待证543个 with no word for veterans), not 优待 and 名片 apart.
func TestJoinDocumentHeads(t *testing.T) {
	p := Plan{Aggregate: true, Norm: "which reports mention preferential treatment cards for veterans?", Terms: []Term{
		{From: "preferential treatment", Variants: []string{"优待"}, Weight: 1, Lexical: []float64{0.4}},
		{From: "cards", Variants: []string{"名片"}, Weight: 1},
		{From: "veterans", Variants: []string{"退役军人"}, Weight: 1},
	}}
	p.joinDocumentHeads()
	if len(p.Terms) != 2 || !slices.Equal(p.Terms[0].Variants, []string{"优待证", "优待"}) || !slices.Equal(p.Terms[0].Lexical, []float64{0.4, 0.4}) {
		t.Errorf("terms = %+v, want 优待证 first and no term for cards", p.Terms)
	}
	// A document noun apart from the term before it stays a term.
	q := Plan{Aggregate: true, Norm: "which reports issued cards to veterans?", Terms: []Term{
		{From: "issued", Variants: []string{"发放"}, Weight: 1},
		{From: "cards", Variants: []string{"卡"}, Weight: 1},
		{From: "veterans", Variants: []string{"退役军人"}, Weight: 1},
	}}
	q.joinDocumentHeads()
	if len(q.Terms) != 3 {
		t.Errorf("terms = %+v, want the three apart", q.Terms)
	}
	// A lookup keeps the document noun's own wordings.
	l := Plan{Norm: "what first did shengze achieve for shopfront sign permits?", Terms: []Term{
		{From: "shopfront sign", Variants: []string{"店招"}, Weight: 1},
		{From: "permits", Variants: []string{"许可证"}, Weight: 1},
	}}
	l.joinDocumentHeads()
	if len(l.Terms) != 2 {
		t.Errorf("lookup terms = %+v, want both", l.Terms)
	}
}
