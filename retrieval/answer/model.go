package answer

import (
	"context"
	"fmt"
	"strings"

	"github.com/reportbot/reportbot/internal/llm"
	"github.com/reportbot/reportbot/prompts"
)

// Token caps of the model calls: a few sentences with citations fit well within an answer's;
// a rewrite is a small JSON object.
const (
	answerMaxTokens  = 1024
	rewriteMaxTokens = 400
)

// ModelStage returns the Generator and Rewriter that answer and read questions with model
// through c: they render the prompts (package prompts) and call c. Use them as
// Options.Generator and Options.Rewriter.
func ModelStage(c *llm.Client, model string) (Generator, Rewriter) {
	return &modelGenerator{c: c, model: model}, &modelRewriter{c: c, model: model}
}

type modelGenerator struct {
	c     *llm.Client
	model string
}

// Generate renders the answer prompt (and, on a repair attempt, the earlier answer and the
// repair request) and streams the model's reply (see llm.Client.Stream for its errors).
func (g *modelGenerator) Generate(ctx context.Context, in GenInput, onDelta func(string)) (string, error) {
	pin := promptInput(in)
	system, user, err := prompts.Answer(pin)
	if err != nil {
		return "", err
	}
	msgs := []llm.Message{{Role: llm.RoleSystem, Content: system}, {Role: llm.RoleUser, Content: user}}
	if in.Previous != "" {
		repair, err := prompts.Repair(pin)
		if err != nil {
			return "", err
		}
		msgs = append(msgs, llm.Message{Role: llm.RoleAssistant, Content: in.Previous}, llm.Message{Role: llm.RoleUser, Content: repair})
	}
	return g.c.Stream(ctx, g.model, msgs, answerMaxTokens, onDelta)
}

type modelRewriter struct {
	c     *llm.Client
	model string
}

// Rewrite asks the model (JSON mode) to turn question and history into a Rewrite and validates
// the reply (prompts.ParseRewrite). Any failure is an error, wrapping ErrBadModelOutput when
// the reply arrived but is unusable; the service then uses its offline plan.
func (r *modelRewriter) Rewrite(ctx context.Context, question string, history []Turn) (Rewrite, error) {
	system, user, err := prompts.RewriteQuestion(question, promptTurns(history))
	if err != nil {
		return Rewrite{}, err
	}
	text, err := r.c.JSON(ctx, r.model, []llm.Message{{Role: llm.RoleSystem, Content: system}, {Role: llm.RoleUser, Content: user}}, rewriteMaxTokens)
	if err != nil {
		return Rewrite{}, fmt.Errorf("rewrite: %w", err)
	}
	w, err := prompts.ParseRewrite(text)
	if err != nil {
		return Rewrite{}, fmt.Errorf("rewrite: %w: %w", ErrBadModelOutput, err)
	}
	if w.Question == "" {
		w.Question = strings.TrimSpace(question)
	}
	return Rewrite{Question: w.Question, Queries: w.Queries, Entities: w.Entities, Level: w.Level, Indicator: w.Indicator, Kind: w.Kind}, nil
}

// promptInput converts a GenInput to the prompts' own input type.
func promptInput(in GenInput) prompts.AnswerInput {
	ps := make([]prompts.Passage, len(in.Passages))
	for i, c := range in.Passages {
		ps[i] = prompts.Passage{N: c.N, Source: c.Source, Report: c.Report, Entity: c.Entity, Section: c.Section, Text: c.Text, ChunkID: c.ChunkID}
	}
	return prompts.AnswerInput{Question: in.Question, Lang: in.Lang, Passages: ps, Facts: in.Facts,
		History: promptTurns(in.History), Previous: in.Previous, Problems: in.Problems}
}

func promptTurns(ts []Turn) []prompts.Turn {
	if ts == nil {
		return nil
	}
	out := make([]prompts.Turn, len(ts))
	for i, t := range ts {
		out[i] = prompts.Turn{Question: t.Question, Answer: t.Answer}
	}
	return out
}
