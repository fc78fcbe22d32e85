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

func (f *fakeAPI) UploadFileContext(context.Context, slack.UploadFileParameters) (*slack.FileSummary, error) {
	return nil, errors.New("not used")
}

// TestDeliverFallbacks: plain text only when Slack refuses the blocks; a new message only
// when the placeholder is gone; any other refusal is a failed delivery, never a second post.
func TestDeliverFallbacks(t *testing.T) {
	for _, tc := range []struct {
		name      string
		update    func(n int) error
		wantCalls string
		wantTS    string
		wantErr   bool
	}{
		{"blocks refused", func(n int) error {
			if n == 1 {
				return slack.SlackErrorResponse{Err: "invalid_blocks"}
			}
			return nil
		}, "update,update", "1.5", false},
		{"blocks and plain text refused", func(int) error { return slack.SlackErrorResponse{Err: "invalid_blocks_format"} },
			"update,update", "", true},
		{"placeholder deleted", func(int) error { return slack.SlackErrorResponse{Err: "message_not_found"} },
			"update,post", "2.0", false},
		{"other refusal", func(int) error { return slack.SlackErrorResponse{Err: "channel_not_found"} },
			"update", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			api := &fakeAPI{
				post:   func(ch string, n int) (string, string, error) { return ch, "2.0", nil },
				update: func(_ string, n int) error { return tc.update(n) },
			}
			b := newBot(Config{}, api, fixedAnswers(), nil)
			blocks, fallback := answerBlocks(sampleAnswer("a1", "q"), renderOptions{feedback: true})
			ts, err := b.deliver(context.Background(), b.log, question{channel: "C1", threadTS: "1.0"}, "1.5", blocks, fallback)
			if ts != tc.wantTS || (err != nil) != tc.wantErr {
				t.Errorf("delivered as %q, err %v; want %q, error %v", ts, err, tc.wantTS, tc.wantErr)
			}
			if got := strings.Join(api.calls, ","); got != tc.wantCalls {
				t.Errorf("calls = %s, want %s", got, tc.wantCalls)
			}
		})
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
