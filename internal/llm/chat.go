package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/reportbot/reportbot/retrieval/answer"
	"github.com/reportbot/reportbot/prompts"
	openai "github.com/sashabaranov/go-openai"
)

// answerMaxTokens caps a generated answer: a few sentences with citations fit well within it.
const answerMaxTokens = 1024

// chatRetries bounds retries of a chat request: someone is waiting for the answer.
const chatRetries = 2

// Generator returns an answer.Generator that streams answers from model.
func (c *Client) Generator(model string) answer.Generator { return &generator{c: c, model: model} }

type generator struct {
	c     *Client
	model string
}

var _ answer.Generator = (*generator)(nil)

// Generate renders the answer prompt (and, on a repair attempt, the earlier answer and the
// repair request), streams the reply to onDelta and returns it whole. A 429/5xx is retried
// only before the stream starts: once text has gone to onDelta a retry would repeat it. A
// stream that ends without finish_reason "stop" or "length" — a dropped connection looks like
// a normal end to go-openai — is an error wrapping answer.ErrBadModelOutput.
func (g *generator) Generate(ctx context.Context, in answer.GenInput, onDelta func(string)) (string, error) {
	system, user, err := prompts.Answer(in)
	if err != nil {
		return "", err
	}
	msgs := []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: system},
		{Role: openai.ChatMessageRoleUser, Content: user},
	}
	if in.Previous != "" {
		repair, err := prompts.Repair(in)
		if err != nil {
			return "", err
		}
		msgs = append(msgs,
			openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: in.Previous},
			openai.ChatCompletionMessage{Role: openai.ChatMessageRoleUser, Content: repair})
	}
	return g.c.stream(ctx, chatRequest(g.model, msgs, answerMaxTokens), onDelta)
}

// stream runs a streamed chat completion and returns its text.
func (c *Client) stream(ctx context.Context, req openai.ChatCompletionRequest, onDelta func(string)) (string, error) {
	var (
		s      *openai.ChatCompletionStream
		sctx   context.Context
		cancel context.CancelFunc
	)
	err := c.retry(ctx, "chat request", min(chatRetries, c.opts.MaxRetries), func(ctx context.Context) error {
		actx, acancel := context.WithTimeout(ctx, c.timeout)
		st, err := c.api.CreateChatCompletionStream(actx, req)
		if err != nil {
			acancel()
			return err
		}
		s, sctx, cancel = st, actx, acancel
		return nil
	})
	if err != nil {
		return "", err
	}
	defer cancel()
	defer s.Close()

	var b strings.Builder
	var finish openai.FinishReason
	for {
		resp, err := s.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			// After a mid-stream error every Recv repeats it: stop at the first.
			cause := answer.ErrBadModelOutput
			if sctx.Err() != nil {
				cause = sctx.Err() // the deadline, not the model's output
			}
			return b.String(), fmt.Errorf("chat stream after %d bytes: %w: %w", b.Len(), cause, err)
		}
		for _, ch := range resp.Choices { // the final usage chunk has none
			if ch.Index != 0 {
				continue
			}
			if d := ch.Delta.Content; d != "" {
				b.WriteString(d)
				if onDelta != nil {
					onDelta(d)
				}
			}
			if ch.FinishReason != "" && ch.FinishReason != openai.FinishReasonNull {
				finish = ch.FinishReason
			}
		}
	}
	switch finish {
	case openai.FinishReasonStop, openai.FinishReasonLength:
	case "":
		return b.String(), fmt.Errorf("chat stream ended without a finish reason after %d bytes (truncated): %w", b.Len(), answer.ErrBadModelOutput)
	default:
		return b.String(), fmt.Errorf("chat stream finished with %q: %w", finish, answer.ErrBadModelOutput)
	}
	if strings.TrimSpace(b.String()) == "" {
		return "", fmt.Errorf("chat stream: empty answer: %w", answer.ErrBadModelOutput)
	}
	return b.String(), nil
}
