package llm

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"

	openai "github.com/sashabaranov/go-openai"
)

// EmbedderName is the name a store built with model records, e.g. "openai:text-embedding-3-small".
func EmbedderName(model string) string { return "openai:" + model }

// EmbedFunc returns an embedder for queries in chromem-go's EmbeddingFunc shape: one text, one
// unit-length vector, retried like EmbedBatch.
func (c *Client) EmbedFunc(model string) func(ctx context.Context, text string) ([]float32, error) {
	return func(ctx context.Context, text string) ([]float32, error) {
		vs, err := c.EmbedBatch(ctx, model, []string{text})
		if err != nil {
			return nil, err
		}
		return vs[0], nil
	}
}

// EmbedBatch embeds texts with model and returns one unit-length vector per text, in order. It
// sends Options.BatchSize texts per request with at most Options.Concurrency requests in flight,
// retries 429/5xx (honouring Retry-After), and gives each request cfg.LLMTimeout. It fails when
// a text is empty, a vector is all zeros, or the vectors' dimensions disagree.
func (c *Client) EmbedBatch(ctx context.Context, model string, texts []string) ([][]float32, error) {
	if len(texts) == 0 {
		return nil, nil
	}
	for i, t := range texts {
		if t == "" {
			return nil, fmt.Errorf("embed: text %d is empty", i)
		}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	out := make([][]float32, len(texts))
	sem := make(chan struct{}, c.opts.Concurrency)
	var (
		wg       sync.WaitGroup
		once     sync.Once
		firstErr error
	)
	fail := func(err error) {
		once.Do(func() { firstErr = err; cancel(err) })
	}
loop:
	for lo := 0; lo < len(texts); lo += c.opts.BatchSize {
		hi := min(lo+c.opts.BatchSize, len(texts))
		if ctx.Err() != nil {
			break // select below picks at random when both cases are ready
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			break loop
		}
		wg.Go(func() {
			defer func() { <-sem }()
			vs, err := c.embedOnce(ctx, model, texts[lo:hi])
			if err != nil {
				fail(fmt.Errorf("embed texts %d–%d: %w", lo, hi-1, err))
				return
			}
			copy(out[lo:hi], vs)
		})
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := context.Cause(ctx); err != nil {
		return nil, fmt.Errorf("embed: %w", err)
	}
	dim := len(out[0])
	for i, v := range out {
		if len(v) != dim {
			return nil, fmt.Errorf("embed: %w: text 0 has %d dimensions, text %d has %d", ErrDimMismatch, dim, i, len(v))
		}
		if !normalize(v) {
			return nil, fmt.Errorf("embed: text %d has a zero vector", i)
		}
	}
	return out, nil
}

// ErrDimMismatch means an embeddings API returned vectors of different lengths.
var ErrDimMismatch = errors.New("embedding dimensions differ")

// embedOnce sends one embeddings request (with retries) and returns the vectors in input order.
func (c *Client) embedOnce(ctx context.Context, model string, texts []string) ([][]float32, error) {
	var res openai.EmbeddingResponse
	err := c.retry(ctx, "embeddings request", c.opts.MaxRetries, func(ctx context.Context) error {
		ctx, cancel := context.WithTimeout(ctx, c.timeout)
		defer cancel()
		var err error
		res, err = c.api.CreateEmbeddings(ctx, openai.EmbeddingRequestStrings{
			Input: texts,
			Model: openai.EmbeddingModel(model),
		})
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(res.Data) != len(texts) {
		return nil, fmt.Errorf("embeddings response has %d vectors for %d texts", len(res.Data), len(texts))
	}
	out := make([][]float32, len(texts))
	for _, d := range res.Data {
		if d.Index < 0 || d.Index >= len(texts) || out[d.Index] != nil {
			return nil, fmt.Errorf("embeddings response has a bad or repeated index %d", d.Index)
		}
		if len(d.Embedding) == 0 {
			return nil, fmt.Errorf("embeddings response has an empty vector at index %d", d.Index)
		}
		out[d.Index] = d.Embedding
	}
	return out, nil
}

// normalize scales v to unit length in place (chromem-go scores by dot product and stores
// function-made vectors as given). It reports false for a zero or non-finite vector.
func normalize(v []float32) bool {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 || math.IsNaN(sum) || math.IsInf(sum, 0) {
		return false
	}
	inv := 1 / math.Sqrt(sum)
	for i, x := range v {
		v[i] = float32(float64(x) * inv)
	}
	return true
}
