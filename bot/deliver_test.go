package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"syscall"
	"testing"

	"github.com/slack-go/slack"
)

// TestClassify: which failures may have taken effect decides what may be repeated.
func TestClassify(t *testing.T) {
	live := context.Background()
	done, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		name   string
		parent context.Context
		err    error
		want   failure
	}{
		{"HTTP 500", live, slack.StatusCodeError{Code: 500, Status: "500 Internal Server Error"}, notDone},
		{"HTTP 503", live, slack.StatusCodeError{Code: 503}, notDone},
		{"HTTP 404", live, slack.StatusCodeError{Code: 404}, refused},
		{"internal_error", live, slack.SlackErrorResponse{Err: "internal_error"}, notDone},
		{"invalid_blocks", live, slack.SlackErrorResponse{Err: "invalid_blocks"}, refused},
		{"connection refused", live, &net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, notDone},
		{"attempt timed out", live, fmt.Errorf("post: %w", context.DeadlineExceeded), unknown},
		{"connection reset", live, &net.OpError{Op: "read", Err: syscall.ECONNRESET}, unknown},
		{"EOF", live, fmt.Errorf("post: %w", io.EOF), unknown},
		{"caller gave up", done, fmt.Errorf("post: %w", context.Canceled), refused},
		{"anything else", live, errors.New("boom"), refused},
	} {
		if got := classify(tc.parent, tc.err); got != tc.want {
			t.Errorf("%s: classify = %d, want %d", tc.name, got, tc.want)
		}
	}
}
