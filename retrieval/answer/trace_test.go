package answer

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

func TestTraceRecordsTheCall(t *testing.T) {
	tests := []struct {
		q, path    string
		unresolved bool
	}{
		{"盛泽镇2023年工业投资目标是多少?", PathLookup, false},
		{"Which towns target 10% revenue growth?", PathAggregate, false},
		{"哪些报告提到了长者食堂?", PathTopic, false},
		{"What is Shanghai's GDP growth target for 2023?", PathDeclined, true},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans := ask(t, tt.q)
			tr := ans.Trace
			if tr == nil {
				t.Fatal("no trace")
			}
			if tr.Path != tt.path || tr.Plan.Question != tt.q || len(tr.Hits) == 0 || tr.Hits[0].Rank != 1 {
				t.Errorf("trace: path %q (want %q), question %q, %d hits", tr.Path, tt.path, tr.Plan.Question, len(tr.Hits))
			}
			if tt.unresolved != (len(tr.Unresolved) > 0) {
				t.Errorf("unresolved %v", tr.Unresolved)
			}
			if tt.path == PathLookup && (tr.Chosen == nil || tr.Chosen.Quote != ans.Citations[0].Quote || tr.Chosen.Coverage < groundedCoverage) {
				t.Errorf("chosen sentence %+v, first citation quotes %q", tr.Chosen, ans.Citations[0].Quote)
			}
		})
	}
}

func TestTraceRecordsModelSteps(t *testing.T) {
	s := New(retrievaltest.Index(t), Options{Generator: replies("Revenue grows 99% [1].", "盛泽镇工业投资目标见[1]。")})
	ans, err := s.Ask(context.Background(), Request{Question: "盛泽镇2023年工业投资目标是多少?"})
	if err != nil {
		t.Fatal(err)
	}
	var steps []string
	for _, st := range ans.Trace.Model {
		steps = append(steps, st.Stage)
	}
	if got := strings.Join(steps, ","); got != "generate,verify,repair,verify" || ans.Mode != ModeLLM {
		t.Errorf("model steps %s, mode %s", got, ans.Mode)
	}
}

func TestTimeoutBoundsTheQuestion(t *testing.T) {
	var left time.Duration
	gen := &genFunc{fn: func(ctx context.Context, _ int, _ GenInput, _ func(string)) (string, error) {
		dl, ok := ctx.Deadline()
		if ok {
			left = time.Until(dl)
		}
		return "见[1]。", nil
	}}
	s := New(retrievaltest.Index(t), Options{Generator: gen, ModelTimeout: 2 * time.Hour, Timeout: time.Hour})
	if _, err := s.Ask(context.Background(), Request{Question: "盛泽镇2023年工业投资目标是多少?"}); err != nil {
		t.Fatal(err)
	}
	if left <= 0 || left > time.Hour {
		t.Errorf("the model call had %v left, want the question's deadline (at most 1h)", left)
	}
}
