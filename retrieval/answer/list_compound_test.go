package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// compoundPlan is a list question whose English words are rendered as given (word → renderings,
// in question order), as the glossary or lexicon would.
func compoundPlan(tb testing.TB, q string, words [][2]string) retrieval.Plan {
	tb.Helper()
	p := retrieval.Plan{Lang: "en", Norm: q, AnyOf: strings.Contains(q, " or ")}
	for _, w := range words {
		at := strings.Index(q, w[0])
		if at < 0 {
			tb.Fatalf("%q not in %q", w[0], q)
		}
		e := retrieval.EnglishTerm{Text: w[0], Layer: retrieval.LayerGlossary, At: at}
		if w[1] == "" {
			e.Layer = retrieval.LayerUntranslated
		} else {
			e.Chinese = strings.Split(w[1], "|")
		}
		p.English = append(p.English, e)
	}
	return p
}

func evidenceOf(quotes ...string) []retrieval.Evidence {
	var out []retrieval.Evidence
	for _, q := range quotes {
		out = append(out, retrieval.Evidence{Quote: q, Sentence: q})
	}
	return out
}

func quotesOf(es []retrieval.Evidence) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Quote)
	}
	return out
}

// fakeDF is a document frequency table.
func fakeDF(m map[string]int) func(string) (int, bool) {
	return func(w string) (int, bool) { n, ok := m[w]; return n, ok }
}

// TestCompoundRarerPartDecides: when one listed report writes the compound together (深海养殖,
// 应急预案,强化实战演练), a report whose passage lacks the compound's rarer part is dropped
// (养殖 on land; 应急 with no drill), and one that writes it is kept.
func TestCompoundRarerPartDecides(t *testing.T) {
	df := fakeDF(map[string]int{"深海": 1, "养殖": 4, "应急": 12, "演练": 1})
	for _, c := range []struct {
		plan   retrieval.Plan
		quotes []string
		want   []string
	}{
		{compoundPlan(t, "which reports talk about deep-sea or offshore fish farming?", [][2]string{{"deep-sea", "深海"}, {"offshore", ""}, {"fish farming", "养殖"}}),
			[]string{"持续整治农业面源污染、畜禽养殖污染。", "深海养殖规模不断扩大。"},
			[]string{"深海养殖规模不断扩大。"}},
		{compoundPlan(t, "which reports talk about emergency drills?", [][2]string{{"emergency", "应急"}, {"drills", "演练"}}),
			[]string{"完善生态工作机制,健全应急预案,强化实战演练。", "建立应急联动机制,落实常态化巡查。"},
			[]string{"完善生态工作机制,健全应急预案,强化实战演练。"}},
	} {
		got := quotesOf(dropCompoundApart(c.plan, evidenceOf(c.quotes...), df))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: kept %q, want %q", c.plan.Norm, got, c.want)
		}
	}
}

// TestCompoundKeepsWhatNoneWritesTogether: nothing is dropped when no listed report writes the
// compound together, when the dropped part would be the commoner one ("COVID vaccination":
// 疫苗接种 without 新冠), when the modifier is a verb ("expanding hospitals"), or when the pair
// is one alternative of several ("parking spaces or car parks").
func TestCompoundKeepsWhatNoneWritesTogether(t *testing.T) {
	df := fakeDF(map[string]int{"新冠": 9, "疫苗接种": 3, "扩大": 20, "医院": 3, "新增": 40, "停车位": 1})
	for _, c := range []struct {
		plan   retrieval.Plan
		quotes []string
	}{
		{compoundPlan(t, "which reports mention smart parking?", [][2]string{{"smart", "智慧"}, {"parking", "停车场"}}),
			[]string{"完善双合停车场、立面提升等基础设施。", "推进公共停车场新能源汽车充电配套设施建设。"}},
		{compoundPlan(t, "which reports give a covid vaccination rate?", [][2]string{{"covid", "新冠"}, {"vaccination", "疫苗接种"}}),
			[]string{"新冠疫苗接种率达到95%。", "加快推进老年人等重点人群疫苗接种。"}},
		{compoundPlan(t, "which reports mention expanding hospitals?", [][2]string{{"expanding", "扩大"}, {"hospitals", "医院"}}),
			[]string{"扩大医院规模。", "xx医院常营院区开诊。"}},
		{compoundPlan(t, "which reports talk about new parking spaces or car parks?", [][2]string{{"new", "新增"}, {"parking spaces", "停车位"}, {"car parks", "停车场"}}),
			[]string{"新增各类停车位3500个。", "完成村口停车场建设。"}},
	} {
		if got := quotesOf(dropCompoundApart(c.plan, evidenceOf(c.quotes...), df)); !slices.Equal(got, c.quotes) {
			t.Errorf("%s: kept %q, want all of %q", c.plan.Norm, got, c.quotes)
		}
	}
}
