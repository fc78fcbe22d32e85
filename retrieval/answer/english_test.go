package answer

import (
	"context"
	"iter"
	"strings"
	"sync"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// testLexicon is the CC-CEDICT lexicon of the bundled corpus's chunks, built the way ingest
// builds the store generation's (one document per chunk).
var (
	testLexiconOnce sync.Once
	testLex         *lexicon.Lexicon
)

func corpusLexicon(t *testing.T) *lexicon.Lexicon {
	t.Helper()
	testLexiconOnce.Do(func() {
		snap := retrievaltest.Snapshot(t)
		var texts iter.Seq[string] = func(yield func(string) bool) {
			for _, c := range snap.Chunks {
				if !yield(c.Text) {
					return
				}
			}
		}
		l, err := lexicon.Build(texts)
		if err != nil {
			t.Fatal(err)
		}
		testLex = l
	})
	if testLex == nil {
		t.Fatal("no lexicon")
	}
	return testLex
}

// askWith composes the extractive answer to q over the bundled corpus with lex as the
// result's lexicon.
func askWith(t *testing.T, q string, lex *lexicon.Lexicon) *Answer {
	t.Helper()
	ix := retrievaltest.Index(t)
	p := retrieval.Analyze(q, ix)
	res, err := ix.Search(context.Background(), p, 10)
	if err != nil {
		t.Fatal(err)
	}
	res.Lexicon = lex
	ans, _ := compose(p, res, DefaultK)
	return ans
}

// TestEnglishAnswers pins the English lines of English questions on the bundled corpus: the
// first line answers in English, figures converted with the original in brackets; the quote
// follows verbatim as evidence; the answer passes its own verification.
func TestEnglishAnswers(t *testing.T) {
	lex := corpusLexicon(t)
	tests := []struct {
		q     string
		first string   // the exact first line
		has   []string // substrings of the first line, when first is ""
		quote string   // a substring of the evidence line
	}{
		{q: "What is Shengze town's industrial investment target?",
			first: "Shengze town (盛泽镇) targets industrial investment of 4.7 billion yuan (47亿元) in 2023, growth of 10% [1].",
			quote: "工业投资47亿元,增长10%。"},
		{q: "What was the Beijing district's general public budget revenue?",
			first: "A district of Beijing (北京市xx区, report 4) reported general public budget revenue of 50.3 billion yuan (503亿元) in 2023, a decline of 7.4% [1].",
			quote: "一般公共预算收入完成503亿元"},
		{q: "How many projects did Daixi town introduce?",
			first: "Daixi town (岱西镇) reported projects introduced: 10 (10个) in 2023 [1].",
			quote: "全年引进项目10个"},
		{q: "What is Shengze town's general public budget revenue growth target?",
			first: "Shengze town (盛泽镇) will ensure general public budget revenue growth of 8% in 2023, and will strive for growth of 10% [1].",
			quote: "确保一般公共预算收入增长8%,力争增长10%"},
		{q: "How many surveillance cameras did Shacheng add?",
			first: "Shacheng town (沙埕镇), 2023 result: 170 surveillance cameras (170个) [1].",
			quote: "新增社会治安视频监控探头170个"},
		{q: "What does Lili town say about rural revitalization?",
			has:   []string{"Lili town (黎里镇)'s report speaks of ", "rural revitalization (乡村振兴)"},
			quote: "乡村振兴成效显著"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans := askWith(t, tt.q, lex)
			if !ans.Grounded {
				t.Fatalf("not grounded: %s", ans.Text)
			}
			first, evidence, _ := strings.Cut(ans.Text, "\n")
			if tt.first != "" && first != tt.first {
				t.Errorf("first line\n got %s\nwant %s", first, tt.first)
			}
			for _, h := range tt.has {
				if !strings.Contains(first, h) {
					t.Errorf("first line %q lacks %q", first, h)
				}
			}
			if strings.ContainsAny(first, "“”") {
				t.Errorf("first line quotes Chinese: %s", first)
			}
			if !strings.HasPrefix(evidence, "Evidence: “") || !strings.Contains(evidence, tt.quote) || !strings.HasSuffix(evidence, "” [1]") {
				t.Errorf("evidence line %q, want the quote with %q", evidence, tt.quote)
			}
			if q := strings.TrimSuffix(strings.TrimPrefix(evidence, "Evidence: “"), "” [1]"); !strings.Contains(ans.Citations[0].Text, q) {
				t.Errorf("the evidence %q is not verbatim in citation 1", q)
			}
			if probs := Verify(ans.Text, ans.Citations); len(probs) > 0 {
				t.Errorf("the answer fails its own verification: %v\n%s", probs, ans.Text)
			}
		})
	}
}

// TestEnglishListAnswers: every line of a list answer is English, figures converted.
func TestEnglishListAnswers(t *testing.T) {
	lex := corpusLexicon(t)
	ans := askWith(t, "Which towns target 10% revenue growth?", lex)
	want := []string{
		"Reports that match (two of six reports):",
		"• Shengze town (盛泽镇) will ensure general public budget revenue growth of 8% in 2023, and will strive for growth of 10% [1]",
		"• Qidu town (齐都镇) targets general public budget revenue growth of about 10% (10%左右) in 2023 [2]",
	}
	lines := strings.Split(ans.Text, "\n")
	if len(lines) < len(want) {
		t.Fatalf("answer:\n%s", ans.Text)
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("line %d\n got %s\nwant %s", i, lines[i], w)
		}
	}
	if probs := Verify(ans.Text, ans.Citations); len(probs) > 0 {
		t.Errorf("fails verification: %v", probs)
	}

	ans = askWith(t, "Which reports mention rural revitalization?", lex)
	for _, l := range strings.Split(ans.Text, "\n")[1:] {
		if !strings.HasPrefix(l, "• ") || !strings.Contains(l, "(乡村振兴)") || !strings.Contains(l, "]: “") {
			t.Errorf("topic line %q: want the report, the glossed terms, then the quote", l)
		}
	}
}

// TestEnglishFigureFromQuote: a figure the quote states with no fact row is found by the
// question's unit and noun among the quote's figures.
func TestEnglishFigureFromQuote(t *testing.T) {
	lex := corpusLexicon(t)
	for q, want := range map[string]string{
		"How many sewage outlets discharging into rivers and the sea did the Panjin district block or clean up?": "A district of Panjin (盘锦市xx区, report 1): 213 sewage outlets (213个) [1].",
		"What is Huigou's retail sales growth target?":                                                           "Huigou town (浍沟镇) targets retail sales of consumer goods growth of about 20% (20%左右) in 2023 [1].",
	} {
		ans := askWith(t, q, lex)
		if first, _, _ := strings.Cut(ans.Text, "\n"); !strings.HasPrefix(first, want) {
			t.Errorf("%s\nfirst line %q\nwant prefix %q", q, first, want)
		}
	}
}

func TestChineseAnswersStayChinese(t *testing.T) {
	ans := askWith(t, "盛泽镇2023年工业投资目标是多少?", corpusLexicon(t))
	if !strings.HasPrefix(ans.Text, "盛泽镇的报告:") || strings.Contains(ans.Text, "billion") || strings.Contains(ans.Text, "Evidence") {
		t.Errorf("Chinese answer: %s", ans.Text)
	}
}

func TestEnglishWithoutLexicon(t *testing.T) {
	ans := askWith(t, "What does Lili town say about rural revitalization?", nil)
	first, _, _ := strings.Cut(ans.Text, "\n")
	if first != "Lili town (黎里镇)'s report speaks of rural revitalization (乡村振兴) [1]." {
		t.Errorf("first line without a lexicon: %q", first)
	}
}

func TestQuestionFigure(t *testing.T) {
	tests := []struct {
		q, dim, class string
		asks          bool
	}{
		{"How many projects did Daixi town introduce?", num.DimCount, "projects", true},
		{"How many households were helped?", num.DimCount, "households", true},
		{"How much did revenue grow?", num.DimPct, "", true},
		{"How much was invested in roads?", num.DimCNY, "", true},
		{"How much farmland in mu was added?", num.DimMu, "", true},
		{"How many mu of farmland were added?", num.DimMu, "", true},
		{"By how many percentage points did the rate rise?", num.DimPoints, "", true},
		{"By how much did traffic accidents fall?", num.DimPct, "", true},
		{"By how much did the district cut its three public expenses?", "", "", true},
		{"How many times did the district activate a flood emergency response?", num.DimCount, "times", true},
		{"What does Lili say about tourism?", "", "", false},
	}
	for _, tt := range tests {
		w := questionFigure(retrieval.Plan{Question: tt.q, Norm: strings.ToLower(tt.q)})
		if w.dim != tt.dim || w.class != tt.class || w.asks != tt.asks {
			t.Errorf("questionFigure(%q) = %+v, want %s %s %v", tt.q, w, tt.dim, tt.class, tt.asks)
		}
	}
}

// TestCountWantClass: a compound ending in a class noun counts that class ("agribusinesses":
// enterprises); a bracketed gloss inside the noun phrase does not end it.
func TestCountWantClass(t *testing.T) {
	tests := []struct{ words, class, noun string }{
		{"municipal leading agribusinesses were added", "enterprises", "municipal leading agribusinesses"},
		{"leading (龙头) enterprises did it add", "enterprises", "leading enterprises"},
		{"stations were built", "", "stations"},
		{"businesses did it add", "enterprises", "businesses"},
	}
	for _, tt := range tests {
		if w := countWant(tt.words); w.class != tt.class || w.noun != tt.noun {
			t.Errorf("countWant(%q) = class %q noun %q, want %q %q", tt.words, w.class, w.noun, tt.class, tt.noun)
		}
	}
}

func TestHeadNoun(t *testing.T) {
	for words, want := range map[string][2]string{
		"sewage outlets discharging into rivers": {"outlets", "sewage outlets"},
		"old wooden fish-farming rafts did":      {"rafts", "old wooden fish-farming rafts"},
		"village grid workers does Huigou have":  {"workers", "village grid workers"},
		// "red" and "seed" are no -ed verb forms: the phrase runs on to its head.
		"ecological red lines did it draw": {"lines", "ecological red lines"},
		"seed bases were built":            {"bases", "seed bases"},
	} {
		if h, p := headNoun(words); h != want[0] || p != want[1] {
			t.Errorf("headNoun(%q) = %q, %q, want %q", words, h, p, want)
		}
	}
}

func TestQuestionSubject(t *testing.T) {
	for q, want := range map[string]string{
		"What does Lili town say about rural revitalization?":                                        "rural revitalization",
		"How many sewage outlets discharging into rivers and the sea did the Panjin district block?": "sewage outlets discharging",
		"What is Shengze's plan?": "this",
	} {
		if got := questionSubject(q); got != want {
			t.Errorf("questionSubject(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestEnFactFigure(t *testing.T) {
	for _, tt := range []struct {
		valueText, qualifier, want string
	}{
		{"47亿元", "", "4.7 billion yuan (47亿元)"},
		{"1.6万套", "", "16,000 units (1.6万套)"},
		{"5000万美元", "", "US$50 million (5000万美元)"},
		{"1.2万亩", "", "12,000 mu (1.2万亩)"},
		{"10%", "左右", "about 10% (10%左右)"},
		{"35个", "力争,以上", "more than 35 (35个以上)"},
		{"-7.4%", "", "7.4%"},
		{"第一名", "", "first place (第一名)"},
	} {
		got, _ := enFactFigure(corpusFact(tt.valueText, tt.qualifier))
		if got != tt.want {
			t.Errorf("enFactFigure(%s, %s) = %q, want %q", tt.valueText, tt.qualifier, got, tt.want)
		}
	}
}

func corpusFact(valueText, qualifier string) corpus.Fact {
	return corpus.Fact{ValueText: valueText, Qualifier: qualifier, Measure: "amount"}
}

// TestMeasureOfAsked: "what area of …", "what floor area of …" and "what length of …" ask for a
// figure of that measure, not what the passage is about.
func TestMeasureOfAsked(t *testing.T) {
	for q, want := range map[string]string{
		"what area of permanent basic farmland did the district delineate?": "area",
		"what floor area of old compounds did the district renovate?":       "area",
		"what length of the ditch did huigou dredge?":                       "length",
		"what kind of farmland did the district delineate?":                 "",
	} {
		w := questionFigure(retrieval.Plan{Lang: "en", Question: q, Norm: q})
		got := ""
		switch {
		case w.area && w.asks:
			got = "area"
		case w.long && w.asks:
			got = "length"
		}
		if got != want {
			t.Errorf("questionFigure(%q) = %+v, want %q", q, w, want)
		}
	}
	a := enPlan("What area of enterprise illegal buildings did Shengze clean up?", term("enterprise", "企业"), term("illegal buildings", "违建"))
	quote := "完成农村违建整治48.5万m²、企业违建整治108万m²。"
	if figs := quoteFigures(a, quote); len(figs) != 1 || !strings.HasPrefix(figs[0].english(quote), "illegal buildings 1.08 million square metres") {
		t.Errorf("figures %+v: want 1.08 million square metres of enterprise illegal buildings", figs)
	}
}

// TestMeasuredThing: the words after "<unit> of" name what the amount measures and weigh as
// the asked noun's, over a verb of the question next to another figure of the unit.
func TestMeasuredThing(t *testing.T) {
	if got := measuredThing("hectares of ecological protection red line did the district delineate?", "hectares"); got != "ecological protection red line" {
		t.Errorf("measuredThing = %q", got)
	}
	if got := measuredThing("hectares did it green?", "hectares"); got != "" {
		t.Errorf("measuredThing without of = %q", got)
	}
	a := enPlan("How many hectares of ecological protection red line did the Liuzhou district delineate?",
		term("ecological protection", "生态保护"), term("red line", "红线"), term("delineate", "划定"))
	quote := "完成国土空间规划“三区三线”划定,划定永久基本农田保护红线86公顷,生态保护红线656公顷,城镇开发边界2956公顷。"
	if figs := quoteFigures(a, quote); len(figs) != 1 || figs[0].v.Amount() != 656 {
		t.Errorf("figures %+v: want 656公顷", figs)
	}
}

// TestVoltageAsked: "what voltage is …" asks a figure in a unit of its own (500千伏), never a
// count or money beside it.
func TestVoltageAsked(t *testing.T) {
	a := enPlan("What voltage is the substation the Beijing district started building?", term("substation", "变电站"))
	if w := questionFigure(a); !w.asks || !w.capacity {
		t.Errorf("questionFigure = %+v: want a capacity asked", w)
	}
	quote := "CBD核心区地下公共空间结构封顶,投资3亿元,500千伏变电站启动施工。"
	if figs := quoteFigures(a, quote); len(figs) != 1 || !strings.Contains(figs[0].english(quote), "500 kV") {
		t.Errorf("figures %+v: want 500 kV", figs)
	}
}

// A word nothing translates but through its parts ("paperwork": paper, work → 工作) glosses no
// Chinese word in the first line: "paperwork (工作)" would teach the reader a wrong word.
func TestEnglishGistSkipsUntranslated(t *testing.T) {
	q := "Can people in Shengze do their government paperwork on their phones?"
	ans := askWith(t, q, corpusLexicon(t))
	first, _, _ := strings.Cut(ans.Text, "\n")
	if strings.Contains(first, "paperwork (") {
		t.Errorf("%s\nfirst line glosses an untranslated word: %s", q, first)
	}
}
