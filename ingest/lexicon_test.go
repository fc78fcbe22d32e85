package ingest

import (
	"context"
	"errors"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// The background build gives the lexicon of the chunks it was handed, one document per chunk.
func TestLexiconBuild(t *testing.T) {
	b := startLexicon()
	defer b.stop()
	b.build([]corpus.Chunk{{Text: "盛泽实验幼儿园获评全国足球特色学校。"}, {Text: "工人体育场完成改造复建。"}})
	l, err := b.wait(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st := l.Stats(); st.Docs != 2 || st.Words == 0 {
		t.Errorf("stats %+v, want 2 documents and some words", st)
	}
	for phrase, want := range map[string]string{"football": "足球", "stadium": "体育场"} {
		if m, ok := l.Lookup(phrase); !ok || m.Terms[0].Chinese != want {
			t.Errorf("Lookup(%s) = %+v, %v; want %s", phrase, m, ok, want)
		}
	}
	b.stop() // harmless after build
}

// A run that gives up before handing over its chunks releases the build; a cancelled wait says
// nothing was written.
func TestLexiconBuildStopAndCancel(t *testing.T) {
	b := startLexicon()
	b.stop()
	if l, err := b.wait(context.Background()); l != nil || err != nil {
		t.Errorf("stopped build: %v, %v; want nothing", l, err)
	}
	b = startLexicon()
	defer b.stop()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := b.wait(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled wait: %v", err)
	}
}
