package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

func TestCouldNotFind(t *testing.T) {
	for _, tt := range []struct {
		words []string
		want  string
	}{
		{[]string{"orchards"}, "I could not find 'orchards' in the reports."},
		{[]string{"orchards", "kiwifruit"}, "I could not find 'orchards' or 'kiwifruit' in the reports."},
		{[]string{"a", "b", "c"}, "I could not find 'a', 'b' or 'c' in the reports."},
	} {
		if got := CouldNotFind(tt.words); got != tt.want {
			t.Errorf("CouldNotFind(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

// A question that turns on a word the reports lack says so instead of answering from the rest.
func TestUntranslatedDecline(t *testing.T) {
	ans := ask(t, "How many orchards and kiwifruit farms were planted?")
	if ans.Trace.Path != PathUntranslated || ans.Grounded {
		t.Fatalf("path %s, grounded %v: %s", ans.Trace.Path, ans.Grounded, ans.Text)
	}
	if !strings.HasPrefix(ans.Text, "I could not find 'orchards' or 'kiwifruit' in the reports.") {
		t.Errorf("answer %q", ans.Text)
	}
	if got := strings.Join(ans.Trace.CouldNotFind, ","); got != "orchards,kiwifruit" {
		t.Errorf("Trace.CouldNotFind = %s", got)
	}
	checkCitations(t, ans)
}

// The trace lists every English word with its layer and the words left untranslated.
func TestTraceVocabulary(t *testing.T) {
	ans := ask(t, "How many football stadiums and kindergartens did Shengze build?")
	v := ans.Trace.Vocabulary
	if v == nil || v.Lexicon != "" {
		t.Fatalf("vocabulary %+v", v)
	}
	layers := map[string]string{}
	for _, e := range v.Terms {
		layers[e.Text] = e.Layer
	}
	for text, layer := range map[string]string{"football": retrieval.LayerLexicon, "stadiums": retrieval.LayerLexicon,
		"kindergartens": retrieval.LayerGlossary, "shengze": retrieval.LayerPlace} {
		if layers[text] != layer {
			t.Errorf("%s: layer %q, want %q (terms %+v)", text, layers[text], layer, v.Terms)
		}
	}
	if ans.Trace.Path == PathUntranslated || len(v.Untranslated) != 0 {
		t.Errorf("path %s, untranslated %q", ans.Trace.Path, v.Untranslated)
	}
	if zh := ask(t, "盛泽镇新建了几所幼儿园?"); zh.Trace.Vocabulary != nil {
		t.Errorf("a Chinese question has a vocabulary trace: %+v", zh.Trace.Vocabulary)
	}
}

// A misspelt place is taken for the place it is nearest to, and the answer asks about it.
func TestDidYouMean(t *testing.T) {
	for _, tt := range []struct{ q, note string }{
		{"How many mu of wheat seed breeding did Huigu town carry out?", "Did you mean 浍沟镇 (Huigou)?"},
		{"What happened to the football school in Shengzhe?", "Did you mean 盛泽镇 (Shengze)?"},
		{"How does Daxi sell its grapes?", "Did you mean 岱西镇 (Daixi)?"},
	} {
		ans := ask(t, tt.q)
		if !strings.HasPrefix(ans.Note, tt.note) {
			t.Errorf("%q: note %q, want it to start %q", tt.q, ans.Note, tt.note)
		}
		if ans.Trace.Path == PathUntranslated {
			t.Errorf("%q: the place was taken for an untranslated word: %s", tt.q, ans.Text)
		}
		name := strings.Fields(tt.note)[3]
		if len(ans.Citations) == 0 || ans.Citations[0].Entity != name {
			t.Errorf("%q: first citation %+v, want %s's report", tt.q, ans.Citations, name)
		}
	}
}

// A store built before the lexicon existed answers English questions from the glossary alone,
// says so in the trace, and declines nothing for want of a lexicon.
func TestWithoutLexicon(t *testing.T) {
	snap := retrievaltest.Snapshot(t)
	snap.Lexicon, snap.LexiconNote = nil, "the store has no lexicon"
	ix, err := retrieval.NewIndex(snap, embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
	if err != nil {
		t.Fatal(err)
	}
	ans, err := New(ix, Options{}).Ask(context.Background(), Request{Question: "How many orchards and kiwifruit farms were planted?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Trace.Path == PathUntranslated || ans.Trace.Vocabulary == nil || ans.Trace.Vocabulary.Lexicon != noLexicon {
		t.Errorf("path %s, vocabulary %+v", ans.Trace.Path, ans.Trace.Vocabulary)
	}
	for _, e := range ans.Trace.Vocabulary.Terms {
		if e.Layer == retrieval.LayerLexicon {
			t.Errorf("translated without a lexicon: %+v", e)
		}
	}
	if ix.LexiconNote() == "" {
		t.Error("Index.LexiconNote is empty")
	}
}
