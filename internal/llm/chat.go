package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	openai "github.com/sashabaranov/go-openai"
)

// chatRetries bounds retries of a chat request: someone is waiting for the answer.
const chatRetries = 2

// ErrBadOutput marks a model reply that arrived but cannot be used: empty, cut off (a stream
// that ended without a finish reason), filtered, or malformed. Stream and JSON wrap it, and so
// should callers that reject a reply's content.
var ErrBadOutput = errors.New("unusable model output")

// Message roles.
const (
	RoleSystem    = openai.ChatMessageRoleSystem
	RoleUser      = openai.ChatMessageRoleUser
	RoleAssistant = openai.ChatMessageRoleAssistant
)

// Message is one chat message.
type Message struct {
	Role    string
	Content string
}

func openaiMessages(msgs []Message) []openai.ChatCompletionMessage {
	out := make([]openai.ChatCompletionMessage, len(msgs))
	for i, m := range msgs {
		out[i] = openai.ChatCompletionMessage{Role: m.Role, Content: m.Content}
	}
	return out
}

// Stream sends msgs to model as a streamed chat completion capped at maxTokens, passes the text
// to onDelta (when not nil) as it arrives and returns it whole. A 429/5xx is retried only
// before the stream starts: once text has gone to onDelta a retry would repeat it. A stream
// that ends without finish_reason "stop" or "length" — a dropped connection looks like a normal
// end to go-openai — or that is empty is an error wrapping ErrBadOutput; a deadline that passes
// mid-stream is the deadline's error.
func (c *Client) Stream(ctx context.Context, model string, msgs []Message, maxTokens int, onDelta func(string)) (string, error) {
	return c.stream(ctx, chatRequest(model, openaiMessages(msgs), maxTokens), onDelta)
}

// JSON sends msgs to model as a chat completion in JSON mode (the prompt must ask for JSON too,
// which Ollama needs), capped at maxTokens, and returns the reply's text. A reply with no
// choices or cut short (a finish reason other than "stop") is an error wrapping ErrBadOutput;
// parsing the JSON is the caller's.
func (c *Client) JSON(ctx context.Context, model string, msgs []Message, maxTokens int) (string, error) {
	req := chatRequest(model, openaiMessages(msgs), maxTokens)
	req.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	var res openai.ChatCompletionResponse
	err := c.retry(ctx, "JSON chat request", min(chatRetries, c.opts.MaxRetries), func(ctx context.Context) error {
		ctx, cancel := context.WithTimeout(ctx, c.timeout)
		defer cancel()
		var err error
		res, err = c.api.CreateChatCompletion(ctx, req)
		return err
	})
	if err != nil {
		return "", err
	}
	if len(res.Choices) == 0 {
		return "", fmt.Errorf("JSON chat: no choices: %w", ErrBadOutput)
	}
	if fr := res.Choices[0].FinishReason; fr != openai.FinishReasonStop && fr != "" {
		return "", fmt.Errorf("JSON chat: finish reason %q: %w", fr, ErrBadOutput)
	}
	return res.Choices[0].Message.Content, nil
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
			cause := ErrBadOutput
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
		return b.String(), fmt.Errorf("chat stream ended without a finish reason after %d bytes (truncated): %w", b.Len(), ErrBadOutput)
	default:
		return b.String(), fmt.Errorf("chat stream finished with %q: %w", finish, ErrBadOutput)
	}
	if strings.TrimSpace(b.String()) == "" {
		return "", fmt.Errorf("chat stream: empty answer: %w", ErrBadOutput)
	}
	return b.String(), nil
}
