package lexicon

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// corpusFile is the bundled corpus: nine reports.
const corpusFile = "../../data/2023-gov-work-reports.txt"

// corpusParagraphs returns the non-empty lines of the bundled corpus, one document each (about
// the size of the chunks ingest makes).
func corpusParagraphs(tb testing.TB) []string {
	tb.Helper()
	data, err := os.ReadFile(corpusFile)
	if err != nil {
		tb.Fatalf("read corpus: %v", err)
	}
	var out []string
	for line := range strings.Lines(string(data)) {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

func corpusLexicon(tb testing.TB) *Lexicon {
	tb.Helper()
	if _, err := defaultSource(); err != nil { // decode the dictionary outside the timing
		tb.Fatal(err)
	}
	paras := corpusParagraphs(tb)
	start := time.Now()
	l, err := Build(slices.Values(paras))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Logf("built %+v from %d paragraphs in %v", l.Stats(), len(paras), time.Since(start))
	return l
}

func TestCorpusLexicon(t *testing.T) {
	l := corpusLexicon(t)
	var buf bytes.Buffer
	if _, err := l.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	l2, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("serialised: %d bytes; read back in %v", buf.Len(), time.Since(start))
	// Words the curated glossary lacks (checked with grep), whose Chinese the corpus uses.
	for phrase, want := range map[string]string{
		"football": "足球", "stadium": "体育场", "wheat": "小麦", "corn": "玉米", "grapes": "葡萄",
		"elevators": "电梯", "garden": "花园", "kindergartens": "幼儿园", "seaweed": "紫菜",
		"museum": "博物馆", "library": "图书馆",
	} {
		m, ok := l2.Lookup(phrase)
		if !ok || len(m.Terms) == 0 || m.Terms[0].Chinese != want {
			t.Errorf("%q → %+v, want %s first", phrase, m.Terms, want)
		}
	}
	// Words whose Chinese is not in these reports are reported untranslated, not guessed.
	for _, phrase := range []string{"orchard", "kiwifruit", "kelp"} {
		if tr := l2.Translate(phrase); len(tr.Matches) != 0 || len(tr.Untranslated) != 1 {
			t.Errorf("%q: %+v, want untranslated", phrase, tr)
		}
	}
	if testing.Verbose() {
		for _, q := range []string{"nursing home", "pocket park", "park", "tea", "the elderly", "water",
			"development", "What did the report say about football and pocket parks?"} {
			tr := l2.Translate(q)
			var b strings.Builder
			for _, m := range tr.Matches {
				fmt.Fprintf(&b, "[%s→", m.Text)
				for _, t := range m.Terms {
					fmt.Fprintf(&b, " %s %.2f", t.Chinese, t.Weight)
				}
				fmt.Fprintf(&b, " (%.2f)] ", m.Confidence)
			}
			for _, u := range tr.Untranslated {
				b.WriteString("?" + q[u.Start:u.End] + " ")
			}
			t.Logf("%s: %s", q, b.String())
		}
	}
	var glossed []string
	for _, g := range l2.Gloss("全力建设公园城市,6个口袋公园相继完工,新建幼儿园2所") {
		glossed = append(glossed, g.Chinese+"="+g.English)
	}
	for _, want := range []string{"公园=park", "口袋=pocket", "幼儿园=kindergarten"} {
		if !slices.Contains(glossed, want) {
			t.Errorf("Gloss lacks %s: %q", want, glossed)
		}
	}
}
