package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/retrieval/answer"
	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/prompts"
	openai "github.com/sashabaranov/go-openai"
)

// rewriteMaxTokens caps the JSON a rewrite returns.
const rewriteMaxTokens = 400

// Limits a rewrite must keep to; a reply outside them is rejected rather than trimmed, since
// it suggests the model misread the task.
const (
	maxQueries     = 5
	maxQueryRunes  = 60
	maxEntities    = 10
	maxEntityRunes = 20
	maxFieldRunes  = 40
	maxQuestion    = 500
)

var (
	levels      = []string{"", "镇", "乡", "街道", "区", "县", "市"}
	kinds       = []string{"", "target", "actual"}
	comparators = []string{"", ">=", ">", "<=", "<", "=", "~"}
)

// Rewriter returns an answer.Rewriter that asks model for a JSON reading of the question.
func (c *Client) Rewriter(model string) answer.Rewriter { return &rewriter{c: c, model: model} }

type rewriter struct {
	c     *Client
	model string
}

var _ answer.Rewriter = (*rewriter)(nil)

// Rewrite asks the model (JSON mode, and the prompt asks for JSON too, which Ollama needs) to
// turn question and history into an answer.Rewrite, and validates the reply: only the known
// keys, a known level, kind and comparator, 1–5 Chinese queries, and size limits. Any failure is
// an error; the caller then uses its offline analysis.
func (r *rewriter) Rewrite(ctx context.Context, question string, history []answer.Turn) (answer.Rewrite, error) {
	system, user, err := prompts.Rewrite(question, history)
	if err != nil {
		return answer.Rewrite{}, err
	}
	req := chatRequest(r.model, []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: system},
		{Role: openai.ChatMessageRoleUser, Content: user},
	}, rewriteMaxTokens)
	req.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}

	var res openai.ChatCompletionResponse
	err = r.c.retry(ctx, "rewrite request", min(chatRetries, r.c.opts.MaxRetries), func(ctx context.Context) error {
		ctx, cancel := context.WithTimeout(ctx, r.c.timeout)
		defer cancel()
		var err error
		res, err = r.c.api.CreateChatCompletion(ctx, req)
		return err
	})
	if err != nil {
		return answer.Rewrite{}, err
	}
	if len(res.Choices) == 0 {
		return answer.Rewrite{}, fmt.Errorf("rewrite: no choices: %w", answer.ErrBadModelOutput)
	}
	if fr := res.Choices[0].FinishReason; fr != openai.FinishReasonStop && fr != "" {
		return answer.Rewrite{}, fmt.Errorf("rewrite: finish reason %q: %w", fr, answer.ErrBadModelOutput)
	}
	rw, err := ParseRewrite(res.Choices[0].Message.Content)
	if err != nil {
		return answer.Rewrite{}, fmt.Errorf("rewrite: %w: %w", answer.ErrBadModelOutput, err)
	}
	if rw.Question == "" {
		rw.Question = strings.TrimSpace(question)
	}
	return rw, nil
}

// ParseRewrite decodes and validates a model's JSON reading of a question (a ```json fence
// around it is tolerated). Strings are trimmed and queries and entities de-duplicated.
func ParseRewrite(s string) (answer.Rewrite, error) {
	s = strings.TrimSpace(s)
	if after, ok := strings.CutPrefix(s, "```"); ok {
		s = strings.TrimPrefix(after, "json")
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "```"))
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	dec.DisallowUnknownFields()
	var rw answer.Rewrite
	if err := dec.Decode(&rw); err != nil {
		return answer.Rewrite{}, fmt.Errorf("decode rewrite JSON: %w", err)
	}
	if dec.More() {
		return answer.Rewrite{}, errors.New("decode rewrite JSON: text after the object")
	}
	rw.Question = strings.TrimSpace(rw.Question)
	rw.Level = strings.TrimSpace(rw.Level)
	rw.Indicator = strings.TrimSpace(rw.Indicator)
	rw.Kind = strings.ToLower(strings.TrimSpace(rw.Kind))
	rw.Value = strings.TrimSpace(rw.Value)
	rw.Comparator = strings.TrimSpace(rw.Comparator)
	rw.Queries = cleanList(rw.Queries)
	rw.Entities = cleanList(rw.Entities)

	switch {
	case utf8.RuneCountInString(rw.Question) > maxQuestion:
		return answer.Rewrite{}, fmt.Errorf("question longer than %d characters", maxQuestion)
	case len(rw.Queries) == 0:
		return answer.Rewrite{}, errors.New("no queries")
	case len(rw.Queries) > maxQueries:
		return answer.Rewrite{}, fmt.Errorf("%d queries, at most %d", len(rw.Queries), maxQueries)
	case len(rw.Entities) > maxEntities:
		return answer.Rewrite{}, fmt.Errorf("%d entities, at most %d", len(rw.Entities), maxEntities)
	case !slices.Contains(levels, rw.Level):
		return answer.Rewrite{}, fmt.Errorf("unknown level %q", rw.Level)
	case !slices.Contains(kinds, rw.Kind):
		return answer.Rewrite{}, fmt.Errorf("unknown kind %q", rw.Kind)
	case !slices.Contains(comparators, rw.Comparator):
		return answer.Rewrite{}, fmt.Errorf("unknown comparator %q", rw.Comparator)
	case utf8.RuneCountInString(rw.Indicator) > maxFieldRunes, utf8.RuneCountInString(rw.Value) > maxFieldRunes:
		return answer.Rewrite{}, fmt.Errorf("indicator or value longer than %d characters", maxFieldRunes)
	}
	for _, q := range rw.Queries {
		if utf8.RuneCountInString(q) > maxQueryRunes {
			return answer.Rewrite{}, fmt.Errorf("query %q longer than %d characters", q, maxQueryRunes)
		}
		if zh.HanRatio(q) == 0 {
			return answer.Rewrite{}, fmt.Errorf("query %q is not Chinese", q)
		}
	}
	for _, e := range rw.Entities {
		if utf8.RuneCountInString(e) > maxEntityRunes || zh.HanRatio(e) == 0 {
			return answer.Rewrite{}, fmt.Errorf("entity %q is not a Chinese place name", e)
		}
	}
	if rw.Indicator != "" && zh.HanRatio(rw.Indicator) == 0 {
		return answer.Rewrite{}, fmt.Errorf("indicator %q is not Chinese", rw.Indicator)
	}
	return rw, nil
}

// cleanList trims, drops empty strings and de-duplicates, keeping order.
func cleanList(in []string) []string {
	var out []string
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
