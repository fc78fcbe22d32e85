package llm

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/llm/llmtest"
)

// countingEmbed embeds with the fake's vectors and records every text it was asked for.
type countingEmbed struct {
	asked  []string
	failAt int // fail the call with this 1-based number (0: never)
	calls  int
}

func (e *countingEmbed) embed(_ context.Context, texts []string) ([][]float32, error) {
	e.calls++
	if e.calls == e.failAt {
		return nil, errors.New("interrupted")
	}
	e.asked = append(e.asked, texts...)
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i] = llmtest.Vector(t, 4)
	}
	return out, nil
}

func openCache(t *testing.T, path string) *Cache {
	t.Helper()
	c, err := OpenCache(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func TestCacheResume(t *testing.T) {
	path := filepath.Join(t.TempDir(), "embed.cache")
	in := texts(CacheBatch*2 + 10)

	// An ingest interrupted in its second batch keeps the first.
	c := openCache(t, path)
	e := &countingEmbed{failAt: 2}
	if _, err := c.EmbedBatch(context.Background(), "m", e.embed, in, nil); err == nil {
		t.Fatal("want the interruption")
	}
	c.Close()

	c = openCache(t, path)
	if c.Len() != CacheBatch {
		t.Fatalf("cache holds %d after the interruption, want %d", c.Len(), CacheBatch)
	}
	e = &countingEmbed{}
	var progress []int
	vs, err := c.EmbedBatch(context.Background(), "m", e.embed, in, func(done int) { progress = append(progress, done) })
	if err != nil {
		t.Fatal(err)
	}
	if len(e.asked) != len(in)-CacheBatch {
		t.Errorf("re-embedded %d texts, want only the %d missing", len(e.asked), len(in)-CacheBatch)
	}
	if !slices.Equal(progress, []int{CacheBatch, 2 * CacheBatch, len(in)}) {
		t.Errorf("progress = %v", progress)
	}
	for i, v := range vs {
		if !slices.Equal(v, llmtest.Vector(in[i], 4)) {
			t.Fatalf("vector %d differs from its embedding", i)
		}
	}

	// A third run embeds nothing.
	e = &countingEmbed{}
	if _, err := c.EmbedBatch(context.Background(), "m", e.embed, in, nil); err != nil || e.calls != 0 {
		t.Errorf("third run: %d calls, err %v", e.calls, err)
	}
	// Another model shares no entries.
	if _, err := c.EmbedBatch(context.Background(), "other", e.embed, in[:3], nil); err != nil || len(e.asked) != 3 {
		t.Errorf("other model: asked %d, err %v", len(e.asked), err)
	}
}

func TestCacheTornTail(t *testing.T) {
	path := filepath.Join(t.TempDir(), "embed.cache")
	in := texts(5)
	c := openCache(t, path)
	e := &countingEmbed{}
	if _, err := c.EmbedBatch(context.Background(), "m", e.embed, in, nil); err != nil {
		t.Fatal(err)
	}
	c.Close()
	st, _ := os.Stat(path)
	// A crash in the middle of the last record.
	if err := os.Truncate(path, st.Size()-3); err != nil {
		t.Fatal(err)
	}
	c = openCache(t, path)
	if c.Len() != 4 {
		t.Fatalf("cache holds %d after a torn record, want 4", c.Len())
	}
	e = &countingEmbed{}
	if _, err := c.EmbedBatch(context.Background(), "m", e.embed, in, nil); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(e.asked, in[4:]) {
		t.Errorf("re-embedded %q, want only the torn one", e.asked)
	}
	c.Close()
	// The appended record follows the truncation point: the file is whole again.
	c = openCache(t, path)
	if c.Len() != 5 {
		t.Errorf("cache holds %d, want 5", c.Len())
	}
}

func TestCacheCorruptRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "embed.cache")
	c := openCache(t, path)
	e := &countingEmbed{}
	if _, err := c.EmbedBatch(context.Background(), "m", e.embed, texts(3), nil); err != nil {
		t.Fatal(err)
	}
	c.Close()
	b, _ := os.ReadFile(path)
	b[len(b)-1] ^= 0xff // flip a bit of the last vector: its checksum fails
	os.WriteFile(path, b, 0o644)
	if c = openCache(t, path); c.Len() != 2 {
		t.Errorf("cache holds %d, want 2", c.Len())
	}
}

func TestCacheNotACache(t *testing.T) {
	path := filepath.Join(t.TempDir(), "embed.cache")
	os.WriteFile(path, []byte("something else entirely"), 0o644)
	if _, err := OpenCache(path); err == nil {
		t.Fatal("want an error for a foreign file")
	}
}

func TestCacheDuplicates(t *testing.T) {
	c := openCache(t, filepath.Join(t.TempDir(), "embed.cache"))
	e := &countingEmbed{}
	in := []string{"甲", "乙", "甲", "甲"}
	var last int
	vs, err := c.EmbedBatch(context.Background(), "m", e.embed, in, func(d int) { last = d })
	if err != nil {
		t.Fatal(err)
	}
	if len(e.asked) != 2 || last != 4 {
		t.Errorf("asked %q, last progress %d", e.asked, last)
	}
	if !slices.Equal(vs[0], vs[3]) || slices.Equal(vs[0], vs[1]) {
		t.Error("duplicates must share the vector")
	}
}

func TestCacheWithClient(t *testing.T) {
	srv := newServer(t, llmtest.Options{})
	cl := newTestClient(t, srv, "", 0, fastRetry)
	c := openCache(t, filepath.Join(t.TempDir(), "embed.cache"))
	embed := func(ctx context.Context, ts []string) ([][]float32, error) { return cl.EmbedBatch(ctx, "m", ts) }
	in := texts(100)
	if _, err := c.EmbedBatch(context.Background(), "m", embed, in, nil); err != nil {
		t.Fatal(err)
	}
	n := srv.EmbedTexts()
	if _, err := c.EmbedBatch(context.Background(), "m", embed, in, nil); err != nil {
		t.Fatal(err)
	}
	if srv.EmbedTexts() != n {
		t.Error("cached texts were sent again")
	}
}
