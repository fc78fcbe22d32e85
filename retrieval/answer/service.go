package answer

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/retrieval"
)

// MaxQuestionChars is the longest question accepted.
const MaxQuestionChars = 2000

// DefaultK is how many passages an answer cites by default.
const DefaultK = 5

// Service answers questions. It is safe for concurrent use; SetIndex swaps the store it answers
// from without disturbing questions in flight.
type Service struct {
	index    atomic.Pointer[retrieval.Index]
	gen      Generator
	rw       Rewriter
	breaker  *Breaker
	log      *slog.Logger
	timeout  time.Duration
	deadline time.Duration
}

// Options configure a Service.
type Options struct {
	// Generator and Rewriter are optional (nil: offline, extractive answers only); ModelStage
	// makes both for a model client.
	Generator Generator
	Rewriter  Rewriter
	// ModelTimeout bounds a question's model stage — the rewrite, the answer and the repair
	// together, from the first call (default 30s). A hung model then costs a question this
	// long once, and it gets the extractive answer with a note.
	ModelTimeout time.Duration
	// Breaker skips the model after repeated failures (default, with a model: a Breaker with
	// DefaultBreakerThreshold and DefaultBreakerCoolDown on the real clock).
	Breaker *Breaker
	// Timeout bounds a whole question — planning, search, composition and the model stage
	// (0: no deadline beyond the caller's).
	Timeout time.Duration
	Logger  *slog.Logger
}

// ErrNoIndex means the service has no store loaded.
var ErrNoIndex = errors.New("no store loaded: run `reportbot ingest`")

// New returns a Service answering from ix.
func New(ix *retrieval.Index, opts Options) *Service {
	s := &Service{gen: opts.Generator, rw: opts.Rewriter, breaker: opts.Breaker, log: opts.Logger, timeout: opts.ModelTimeout, deadline: opts.Timeout}
	if s.breaker == nil && (s.gen != nil || s.rw != nil) {
		s.breaker = NewBreaker(0, 0, nil)
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.timeout <= 0 {
		s.timeout = 30 * time.Second
	}
	if ix != nil {
		s.index.Store(ix)
	}
	return s
}

// SetIndex makes ix the index later questions are answered from.
func (s *Service) SetIndex(ix *retrieval.Index) { s.index.Store(ix) }

// Breaker returns the model stage's circuit breaker (nil without a model), for metrics.
func (s *Service) Breaker() *Breaker { return s.breaker }

// Index returns the index questions are answered from now.
func (s *Service) Index() *retrieval.Index { return s.index.Load() }

// Validate checks a question before any work: it returns one of the sentinel errors (wrapped
// with details) for questions that cannot be answered.
func Validate(q string) error {
	q = strings.TrimSpace(q)
	if q == "" {
		return ErrEmptyQuestion
	}
	if n := utf8.RuneCountInString(q); n > MaxQuestionChars {
		return fmt.Errorf("%w: %d characters, the limit is %d; ask one question at a time", ErrTooLong, n, MaxQuestionChars)
	}
	if !strings.ContainsFunc(q, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return ErrNoContent
	}
	return nil
}

// Ask answers one question: it plans the question (with the conversation and, when there is
// a model, its rewrite), runs the plan's search, composes the extractive answer from the result
// and, when there is a model, has it write the answer from the same passages (handing the
// extractive answer to req.OnExtractive first). The answer carries the Trace of this path.
func (s *Service) Ask(ctx context.Context, req Request) (*Answer, error) {
	if err := Validate(req.Question); err != nil {
		return nil, err
	}
	ix := s.index.Load()
	if ix == nil {
		return nil, ErrNoIndex
	}
	if s.deadline > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.deadline)
		defer cancel()
	}
	if req.K <= 0 {
		req.K = DefaultK
	}
	question := strings.TrimSpace(req.Question)
	tr := &Trace{}
	st := s.begin(ctx)
	defer st.end()
	var (
		ans  *Answer
		path string
		res  retrieval.Result
		err  error
	)
	if parts := retrieval.Conjuncts(question); parts != nil {
		ans, path, res, err = s.askConjunct(ctx, st, ix, req, parts, tr)
	} else {
		ans, path, res, err = s.answerOne(ctx, st, ix, req, question, tr)
	}
	if err != nil {
		return nil, err
	}
	ans.Trace = tr
	ans.ID = newID()
	ans.Question = question
	if s.gen != nil && path == PathDeclined {
		// The reports cannot meet what the question asks: a model would only answer from the
		// closest passages as if they did.
		tr.step("generate", "skipped: "+PathDeclined)
	} else if s.gen != nil && len(ans.Citations) > 0 {
		ans = s.withModel(st, req, ans, GenInput{
			Question: question, Lang: ans.Lang, Passages: ans.Citations,
			Facts: res.Facts, History: req.History,
		})
	}
	return ans, nil
}

// answerOne plans one question, runs its search and composes the extractive answer, recording
// the path in tr.
func (s *Service) answerOne(ctx context.Context, st *stage, ix *retrieval.Index, req Request, question string, tr *Trace) (*Answer, string, retrieval.Result, error) {
	p := s.plan(ctx, st, ix, req, question, tr)
	if p.Lang == "" {
		return nil, "", retrieval.Result{}, fmt.Errorf("%w (the question looks like neither)", ErrUnsupportedLanguage)
	}
	res, err := ix.Search(ctx, p, max(req.K, 10))
	if err != nil {
		return nil, "", retrieval.Result{}, err
	}
	ans, path := composeAll(p, res, req.K, req.ListAll)
	tr.record(p, res, path)
	return ans, path, res, nil
}

// plan reads the question against the index's vocabulary: on its own, as a follow-up of the
// conversation's last question, and with the model's rewrite when there is a Rewriter.
func (s *Service) plan(ctx context.Context, st *stage, ix *retrieval.Index, req Request, question string, tr *Trace) retrieval.Plan {
	p := retrieval.Analyze(question, ix)
	if n := len(req.History); n > 0 {
		// "and Shengze?" — read against the conversation's last question (the model rewrite
		// below does better when there is a model).
		p = retrieval.FollowUp(retrieval.Analyze(req.History[n-1].Question, ix), p)
	}
	if rw, ok := s.rewrite(st, req, tr); ok {
		p = retrieval.Apply(p, ix, rw)
	}
	return p
}

func newID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return fmt.Sprintf("%x", time.Now().UnixNano())
	}
	return hex.EncodeToString(b[:])
}
