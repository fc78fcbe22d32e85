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
	for _, tc := range []struct {
		name string
		err  error
		want failure
	}{
		{"HTTP 500", slack.StatusCodeError{Code: 500, Status: "500 Internal Server Error"}, notDone},
		{"HTTP 503", slack.StatusCodeError{Code: 503}, notDone},
		{"HTTP 404", slack.StatusCodeError{Code: 404}, refused},
		{"internal_error", slack.SlackErrorResponse{Err: "internal_error"}, notDone},
		{"invalid_blocks", slack.SlackErrorResponse{Err: "invalid_blocks"}, refused},
		{"connection refused", &net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, notDone},
		{"attempt timed out", fmt.Errorf("post: %w", context.DeadlineExceeded), unknown},
		{"connection reset", &net.OpError{Op: "read", Err: syscall.ECONNRESET}, unknown},
		{"EOF", fmt.Errorf("post: %w", io.EOF), unknown},
		{"caller gave up", fmt.Errorf("post: %w", context.Canceled), refused},
		{"anything else", errors.New("boom"), refused},
	} {
		if got := classify(tc.err); got != tc.want {
			t.Errorf("%s: classify = %d, want %d", tc.name, got, tc.want)
		}
	}
}
