package lexicon

import (
	"bytes"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
)

// small is a toy dictionary in the embedded data's form.
var small = []cedict.Entry{
	cedict.NewEntry("果园", "orchard"),
	cedict.NewEntry("花园", "garden (for flowers, ornamental plants etc); (landscaped) park"),
	cedict.NewEntry("园", "land used for growing plants", "site used for public recreation", "surname", "abbr. for", "garden"),
	cedict.NewEntry("养老院", "nursing home"),
	cedict.NewEntry("护理", "to nurse; nursing"),
	cedict.NewEntry("家", "home", "family"),
	cedict.NewEntry("猕猴桃", "kiwi fruit", "Chinese gooseberry"),
	cedict.NewEntry("紫菜", "edible seaweed of genus Porphyra or genus Pyropia, esp. one used to make dried sheets of nori"),
	cedict.NewEntry("足球", "soccer; football", "a soccer ball; a football"),
	cedict.NewEntry("发展", "development", "growth", "to develop"),
	cedict.NewEntry("海带", "kelp"), // never in the documents below
}

var smallDocs = []string{
	"建设果园和花园，发展猕猴桃种植。",
	"新建养老院一所，加强护理服务，让老人有家。",
	"紫菜产业发展，建设足球场。",
	"发展足球运动。",
}

func smallLexicon(t *testing.T) *Lexicon {
	t.Helper()
	return BuildFrom(small, slices.Values(smallDocs))
}

// top returns the first Chinese rendering of phrase, or "".
func top(l *Lexicon, phrase string) string {
	m, ok := l.Lookup(phrase)
	if !ok || len(m.Terms) == 0 {
		return ""
	}
	return m.Terms[0].Chinese
}

func TestBuildKeepsOnlyWordsInDocuments(t *testing.T) {
	l := smallLexicon(t)
	if got := l.Stats(); got.Docs != 4 || got.Words != len(small)-1 {
		t.Errorf("Stats = %+v, want 4 docs and %d words", got, len(small)-1)
	}
	if _, ok := l.Lookup("kelp"); ok {
		t.Error("kelp translated although 海带 is in no document")
	}
}

func TestTranslateRanking(t *testing.T) {
	l := smallLexicon(t)
	for phrase, want := range map[string]string{
		"orchard":      "果园",  // the only sense beats 园's fifth
		"orchards":     "果园",  // plural
		"garden":       "花园",  // a first sense beats a fifth
		"nursing home": "养老院", // phrase
		"kiwi fruit":   "猕猴桃",
		"kiwifruit":    "猕猴桃", // closed compound
		"seaweed":      "紫菜",  // head of a long gloss
		"football":     "足球",
		"developing":   "发展", // -ing
		"developed":    "发展", // -ed
	} {
		if got := top(l, phrase); got != want {
			t.Errorf("%q → %q, want %q", phrase, got, want)
		}
	}
}

func TestTranslateQuestion(t *testing.T) {
	l := smallLexicon(t)
	q := "How many nursing homes and Orchards were built in 2023, and what about zebras?"
	tr := l.Translate(q)
	var got []string
	for _, m := range tr.Matches {
		got = append(got, m.Text+"="+m.Terms[0].Chinese)
	}
	if want := []string{"nursing homes=养老院", "Orchards=果园"}; !slices.Equal(got, want) {
		t.Errorf("matches %q, want %q", got, want)
	}
	var unknown []string
	for _, u := range tr.Untranslated {
		unknown = append(unknown, q[u.Start:u.End])
	}
	if want := []string{"built", "zebras"}; !slices.Equal(unknown, want) {
		t.Errorf("untranslated %q, want %q (stopwords and numbers are neither)", unknown, want)
	}
	// The glossary covered "nursing homes": the lexicon leaves it alone.
	i := strings.Index(q, "nursing homes")
	tr = l.Translate(q, Span{i, i + len("nursing homes")})
	if len(tr.Matches) != 1 || tr.Matches[0].Text != "Orchards" {
		t.Errorf("with a skip span: matches %+v", tr.Matches)
	}
}

func TestVagueWordCannotSwampQuery(t *testing.T) {
	var entries []cedict.Entry
	var doc strings.Builder
	for i := range 30 {
		hw := string(rune(0x4E00+2*i)) + string(rune(0x4E01+2*i))
		entries = append(entries, cedict.NewEntry(hw, "thing"))
		doc.WriteString(hw + "。")
	}
	l := BuildFrom(entries, slices.Values([]string{doc.String()}))
	m, ok := l.Lookup("things")
	if !ok {
		t.Fatal("thing not found")
	}
	sum := 0.0
	for _, t := range m.Terms {
		sum += t.Weight
	}
	if len(m.Terms) > maxPostings || math.Abs(sum-1) > 0.01 {
		t.Errorf("%d terms with total weight %.3f; want at most %d summing to 1", len(m.Terms), sum, maxPostings)
	}
}

func TestDocumentFrequencyBreaksTies(t *testing.T) {
	entries := []cedict.Entry{cedict.NewEntry("公园", "park"), cedict.NewEntry("园林", "park")}
	l := BuildFrom(entries, slices.Values([]string{"公园", "公园园林", "公园"}))
	m, _ := l.Lookup("park")
	if len(m.Terms) != 2 || m.Terms[0].Chinese != "公园" || m.Terms[0].Weight <= m.Terms[1].Weight {
		t.Errorf("park → %+v, want 公园 (3 documents) heavier than 园林 (1)", m.Terms)
	}
}

func TestGloss(t *testing.T) {
	l := smallLexicon(t)
	var got []string
	for _, g := range l.Gloss("发展果园和足球，发展园") {
		got = append(got, g.Chinese+"="+g.English)
	}
	if want := []string{"发展=development", "果园=orchard", "足球=soccer"}; !slices.Equal(got, want) {
		t.Errorf("Gloss = %q, want %q", got, want)
	}
	if g := l.Gloss(""); g != nil {
		t.Errorf("Gloss(\"\") = %v", g)
	}
}

func TestSerializationRoundTrip(t *testing.T) {
	l := smallLexicon(t)
	var buf bytes.Buffer
	n, err := l.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo = %d, %v (buffer %d)", n, err, buf.Len())
	}
	l2, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if l.Stats() != l2.Stats() || !slices.Equal(l.keys, l2.keys) || !slices.Equal(l.postings, l2.postings) ||
		!slices.Equal(l.conf, l2.conf) || !slices.Equal(l.words, l2.words) || l.maxWords != l2.maxWords {
		t.Error("read lexicon differs from the written one")
	}
	q := "nursing homes, orchards, kiwifruit and football"
	a, b := l.Translate(q), l2.Translate(q)
	if len(a.Matches) != len(b.Matches) || len(a.Matches) != 4 {
		t.Fatalf("Translate after Read: %d matches, before %d", len(b.Matches), len(a.Matches))
	}
	for i := range a.Matches {
		if a.Matches[i].Key != b.Matches[i].Key || !slices.Equal(a.Matches[i].Terms, b.Matches[i].Terms) {
			t.Errorf("match %d differs: %+v vs %+v", i, a.Matches[i], b.Matches[i])
		}
	}
	var again bytes.Buffer
	if _, err := l2.WriteTo(&again); err != nil || !bytes.Equal(again.Bytes(), buf.Bytes()) {
		t.Errorf("re-serialising gives other bytes (%v)", err)
	}
	// Every truncation is an error, never a panic or a half lexicon.
	data := buf.Bytes()
	for i := range len(data) {
		if _, err := Read(bytes.NewReader(data[:i])); err == nil {
			t.Fatalf("Read of the first %d of %d bytes succeeded", i, len(data))
		}
	}
	bad := append([]byte(magic), 9)
	if _, err := Read(bytes.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "re-run `reportbot ingest`") {
		t.Errorf("other version: %v", err)
	}
	if _, err := Read(bytes.NewReader([]byte("junk"))); !errors.Is(err, errCorrupt) {
		t.Errorf("junk: %v", err)
	}
}

func FuzzRead(f *testing.F) {
	var buf bytes.Buffer
	BuildFrom(small, slices.Values(smallDocs)).WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		l.Translate("nursing home orchard")
		l.Gloss("果园养老院")
	})
}

func TestGlossShapes(t *testing.T) {
	entries := []cedict.Entry{
		cedict.NewEntry("不好", "no good; not good"),
		cedict.NewEntry("良好", "good; favorable"),
		cedict.NewEntry("上海", "Shanghai municipality, central east China"),
		cedict.NewEntry("深远", "far-reaching; profound and long-lasting"),
		cedict.NewEntry("停车", "to park (a vehicle)"),
		cedict.NewEntry("公园", "park (for public recreation)"),
	}
	l := BuildFrom(entries, slices.Values([]string{"不好良好上海深远停车公园"}))
	for phrase, want := range map[string]string{
		"good":     "良好", // "no good" gives no key "good"
		"Shanghai": "上海", // the name in "Shanghai municipality" comes first
		"park":     "公园", // a noun gloss before a "to …" gloss
	} {
		if got := top(l, phrase); got != want {
			t.Errorf("%q → %q, want %q", phrase, got, want)
		}
	}
	if m, _ := l.Lookup("good"); slices.ContainsFunc(m.Terms, func(t Term) bool { return t.Chinese == "不好" }) {
		t.Errorf("good → %+v includes 不好", m.Terms)
	}
}

func FuzzTranslate(f *testing.F) {
	l := BuildFrom(small, slices.Values(smallDocs))
	f.Add("How many nursing homes and orchards? kiwifruit's", 3, 9)
	f.Add("发展果园和足球 Ünïcode ’s", 0, 2)
	f.Fuzz(func(t *testing.T, q string, a, b int) {
		tr := l.Translate(q, Span{a, b})
		for _, m := range tr.Matches {
			if m.Start < 0 || m.End > len(q) || m.Start >= m.End || q[m.Start:m.End] != m.Text || len(m.Terms) == 0 {
				t.Fatalf("Translate(%q): bad match %+v", q, m)
			}
		}
		for _, u := range tr.Untranslated {
			if u.Start < 0 || u.End > len(q) || u.Start >= u.End {
				t.Fatalf("Translate(%q): bad span %+v", q, u)
			}
		}
		for _, g := range l.Gloss(q) {
			if q[g.Start:g.End] != g.Chinese {
				t.Fatalf("Gloss(%q): %+v", q, g)
			}
		}
	})
}

func TestKeyTerms(t *testing.T) {
	l := smallLexicon(t)
	// 发展 is in three of four documents, 果园 and 足球 in fewer: they are the telling ones.
	var got []string
	for _, g := range l.KeyTerms("发展果园和足球", 2) {
		got = append(got, g.Chinese)
	}
	if want := []string{"果园", "足球"}; !slices.Equal(got, want) {
		t.Errorf("KeyTerms = %q, want %q", got, want)
	}
	if got := l.KeyTerms("发展果园", 0); len(got) != 0 {
		t.Errorf("KeyTerms(…, 0) = %v", got)
	}
}

func TestNilLexicon(t *testing.T) {
	var l *Lexicon
	tr := l.Translate("orchards and kelp")
	if len(tr.Matches) != 0 || len(tr.Untranslated) != 2 {
		t.Errorf("nil Translate = %+v, want two untranslated words", tr)
	}
	if _, ok := l.Lookup("orchard"); ok || l.Gloss("果园") != nil || l.KeyTerms("果园", 3) != nil {
		t.Error("a nil lexicon found something")
	}
}

// Two question words a dictionary writes as one meet it closed up, but not across punctuation.
func TestTranslateClosedCompound(t *testing.T) {
	l := BuildFrom([]cedict.Entry{cedict.NewEntry("鱼塘", "fishpond")}, slices.Values([]string{"桑基鱼塘"}))
	for q, want := range map[string]int{"What is the fish pond project?": 1, "a fish-pond": 1, "fish, pond": 0} {
		tr := l.Translate(q)
		if len(tr.Matches) != want || want == 1 && tr.Matches[0].Terms[0].Chinese != "鱼塘" {
			t.Errorf("Translate(%q) = %+v, want %d match(es) of 鱼塘", q, tr.Matches, want)
		}
	}
}

// TestCountsAddUp: the lexicon built from the summed counts of two halves of the documents (also
// through WriteTo and ReadCounts) is the lexicon Build makes of all of them.
func TestCountsAddUp(t *testing.T) {
	paras := corpusParagraphs(t)
	half := len(paras) / 2
	a, err := Count(slices.Values(paras[:half]))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Count(slices.Values(paras[half:]))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := b.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if b, err = ReadCounts(&buf); err != nil {
		t.Fatal(err)
	}
	sum, err := Sum(a, b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := FromCounts(sum)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Build(slices.Values(paras))
	if err != nil {
		t.Fatal(err)
	}
	var g, w bytes.Buffer
	got.WriteTo(&g)
	want.WriteTo(&w)
	if sum.Docs() != len(paras) || !bytes.Equal(g.Bytes(), w.Bytes()) {
		t.Errorf("the lexicon of summed counts (%d docs) differs from Build's of %d docs", sum.Docs(), len(paras))
	}
	if _, err := ReadCounts(strings.NewReader("garbage")); err == nil {
		t.Error("ReadCounts of garbage succeeded")
	}
}

// DocFreq counts the documents holding a word anywhere, also inside longer words: 园 is in
// 果园 and 花园 of the first document only.
func TestDocFreq(t *testing.T) {
	l := smallLexicon(t)
	for w, want := range map[string]int{"园": 1, "发展": 3, "足球": 2} {
		if got, ok := l.DocFreq(w); !ok || got != want {
			t.Errorf("DocFreq(%s) = %d, %v; want %d", w, got, ok, want)
		}
	}
	if _, ok := l.DocFreq("海带"); ok {
		t.Error("DocFreq knows 海带, which no document holds")
	}
	if l.Docs() != len(smallDocs) {
		t.Errorf("Docs = %d, want %d", l.Docs(), len(smallDocs))
	}
	var nilLex *Lexicon
	if _, ok := nilLex.DocFreq("园"); ok || nilLex.Docs() != 0 {
		t.Error("a nil lexicon knows words")
	}
}

// A character is held alone where no longer word of the reports takes it in: 园 in 果园 is
// part of the word 果园, not in 园区 (no such word here).
func TestHoldsAlone(t *testing.T) {
	l := smallLexicon(t)
	for _, tt := range []struct {
		text, ch string
		want     bool
	}{
		{"建设果园", "园", false},
		{"建设园区", "园", true},
		{"建设果园和园区", "园", true}, // the second 园 is alone
		{"发展足球", "球", false},
		{"建设果园", "茶", false},
	} {
		if got := l.HoldsAlone(tt.text, tt.ch); got != tt.want {
			t.Errorf("HoldsAlone(%q, %q) = %v, want %v", tt.text, tt.ch, got, tt.want)
		}
	}
	var nilLex *Lexicon
	if !nilLex.HoldsAlone("建设果园", "园") {
		t.Error("a nil lexicon does not find 园 in 果园")
	}
}

// TestQuestionFunctionWords: "whether", "anything" and their kind frame a question ("check
// whether petitioners are satisfied", "doing anything to encourage"); they are neither searched
// nor reported as untranslated, so they never join an unknown word into a phrase.
func TestQuestionFunctionWords(t *testing.T) {
	l := smallLexicon(t)
	q := "Is anyone doing anything or something to check whether zebras like orchards?"
	tr := l.Translate(q)
	var unknown []string
	for _, u := range tr.Untranslated {
		unknown = append(unknown, q[u.Start:u.End])
	}
	if want := []string{"check", "zebras", "like"}; !slices.Equal(unknown, want) {
		t.Errorf("untranslated %q, want %q", unknown, want)
	}
}
