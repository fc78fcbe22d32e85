package bot

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/slack-go/slack"
)

// fakeAPI is a function-field fake of slackAPI for paths the fake server cannot easily provoke.
type fakeAPI struct {
	mu      sync.Mutex
	calls   []string
	post    func(channel string, n int) (string, string, error)
	update  func(ts string, n int) error
	nPost   int
	nUpdate int
}

func (f *fakeAPI) AuthTestContext(context.Context) (*slack.AuthTestResponse, error) {
	return &slack.AuthTestResponse{UserID: "UBOT", BotID: "BBOT"}, nil
}

func (f *fakeAPI) PostMessageContext(_ context.Context, channel string, _ ...slack.MsgOption) (string, string, error) {
	f.mu.Lock()
	f.nPost++
	n := f.nPost
	f.calls = append(f.calls, "post")
	f.mu.Unlock()
	return f.post(channel, n)
}

func (f *fakeAPI) UpdateMessageContext(_ context.Context, channel, ts string, _ ...slack.MsgOption) (string, string, string, error) {
	f.mu.Lock()
	f.nUpdate++
	n := f.nUpdate
	f.calls = append(f.calls, "update")
	f.mu.Unlock()
	return channel, ts, "", f.update(ts, n)
}

func (f *fakeAPI) PostEphemeralContext(context.Context, string, string, ...slack.MsgOption) (string, error) {
	return "", errors.New("not used")
}

func TestDeliverFallsBackToPlainTextThenANewMessage(t *testing.T) {
	api := &fakeAPI{
		post:   func(ch string, n int) (string, string, error) { return ch, "2.0", nil },
		update: func(string, int) error { return errors.New("invalid_blocks") },
	}
	b := newBot(Config{}, api, fixedAnswers(), nil)
	blocks, fallback := answerBlocks(sampleAnswer("a1", "q"), renderOptions{feedback: true})
	ts := b.deliver(context.Background(), b.log, question{channel: "C1", threadTS: "1.0"}, "1.5", blocks, fallback)
	if ts != "2.0" {
		t.Errorf("delivered as %q, want the new message 2.0", ts)
	}
	if got := strings.Join(api.calls, ","); got != "update,update,post" {
		t.Errorf("calls = %s, want the blocks, then plain text, then a new message", got)
	}
}

func TestAnswerWithoutPlaceholderIsPosted(t *testing.T) {
	api := &fakeAPI{
		post: func(ch string, n int) (string, string, error) {
			if n == 1 {
				return "", "", errors.New("ratelimited") // the placeholder
			}
			return ch, "3.0", nil
		},
		update: func(string, int) error { t.Error("nothing to update"); return nil },
	}
	b := newBot(Config{}, api, fixedAnswers(), nil)
	b.answerInChannel(context.Background(), question{text: "盛泽镇?", channel: "C1", threadTS: "1.0", msgTS: "1.0",
		convKeys: []string{convKey("C1", "1.0")}})
	if got := strings.Join(api.calls, ","); got != "post,post" {
		t.Errorf("calls = %s", got)
	}
	if turns, _ := b.convs.get(convKey("C1", "1.0")); len(turns) != 1 {
		t.Errorf("the exchange was not remembered: %v", turns)
	}
}
