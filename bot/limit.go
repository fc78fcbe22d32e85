package bot

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Rate is a token-bucket limit: a burst of up to N questions, refilled at N per Per. The zero
// Rate means no limit.
type Rate struct {
	N   int
	Per time.Duration
}

// Unlimited reports whether r limits nothing.
func (r Rate) Unlimited() bool { return r.N <= 0 || r.Per <= 0 }

// String returns r as ParseRate reads it ("6/min", "off").
func (r Rate) String() string {
	if r.Unlimited() {
		return "off"
	}
	switch r.Per {
	case time.Second:
		return fmt.Sprintf("%d/s", r.N)
	case time.Minute:
		return fmt.Sprintf("%d/min", r.N)
	case time.Hour:
		return fmt.Sprintf("%d/h", r.N)
	}
	return fmt.Sprintf("%d/%s", r.N, r.Per)
}

// ParseRate reads a rate such as "6/min", "120/min", "2/s", "100/h" or "10/30s"; "", "0" and
// "off" mean no limit.
func ParseRate(s string) (Rate, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	if s == "" || s == "0" || s == "off" || s == "none" {
		return Rate{}, nil
	}
	num, unit, ok := strings.Cut(s, "/")
	if !ok {
		return Rate{}, fmt.Errorf("rate %q: want N/unit, e.g. 6/min", s)
	}
	n, err := strconv.Atoi(strings.TrimSpace(num))
	if err != nil || n < 0 {
		return Rate{}, fmt.Errorf("rate %q: %q is not a count", s, num)
	}
	var per time.Duration
	switch unit = strings.TrimSpace(unit); unit {
	case "s", "sec", "second":
		per = time.Second
	case "m", "min", "minute":
		per = time.Minute
	case "h", "hour":
		per = time.Hour
	default:
		per, err = time.ParseDuration(unit)
		if err != nil || per <= 0 {
			return Rate{}, fmt.Errorf("rate %q: unit %q is not s, min, h or a duration", s, unit)
		}
	}
	if n == 0 {
		return Rate{}, nil
	}
	return Rate{N: n, Per: per}, nil
}

// bucket is one token bucket; its zero value is full.
type bucket struct {
	used float64 // tokens taken and not yet refilled
	last time.Time
}

// refill returns the bucket's tokens taken at now under r.
func (b *bucket) refill(r Rate, now time.Time) float64 {
	if !b.last.IsZero() && now.After(b.last) {
		b.used = math.Max(0, b.used-float64(r.N)*float64(now.Sub(b.last))/float64(r.Per))
	}
	b.last = now
	return b.used
}

// bucketWait is how long until a bucket with used tokens taken has one to give.
func bucketWait(r Rate, used float64) time.Duration {
	missing := used + 1 - float64(r.N)
	if missing <= 0 {
		return 0
	}
	return time.Duration(math.Ceil(missing * float64(r.Per) / float64(r.N)))
}

// Limit scopes, as the metrics and logs name them.
const (
	scopeUser   = "user"
	scopeGlobal = "global"
)

// maxUserBuckets bounds the per-user buckets held (see pruneLocked).
const maxUserBuckets = 10000

// limiter applies a per-user and a global token bucket to questions. A question takes a token
// from both or from neither.
type limiter struct {
	user, global Rate
	now          func() time.Time

	mu    sync.Mutex
	g     bucket
	users map[string]*bucket
}

func newLimiter(user, global Rate) *limiter {
	return &limiter{user: user, global: global, now: time.Now, users: map[string]*bucket{}}
}

// allow takes a token for a question from user. When a limit refuses, it names the scope and
// how long until the question would be taken.
func (l *limiter) allow(user string) (ok bool, scope string, retry time.Duration) {
	if l == nil || (l.user.Unlimited() && l.global.Unlimited()) {
		return true, "", 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	var ub *bucket
	if !l.user.Unlimited() {
		ub = l.users[user]
		if ub == nil {
			l.pruneLocked(now)
			ub = &bucket{}
			l.users[user] = ub
		}
		if w := bucketWait(l.user, ub.refill(l.user, now)); w > 0 {
			return false, scopeUser, w
		}
	}
	if !l.global.Unlimited() {
		if w := bucketWait(l.global, l.g.refill(l.global, now)); w > 0 {
			return false, scopeGlobal, w
		}
		l.g.used++
	}
	if ub != nil {
		ub.used++
	}
	return true, "", 0
}

// pruneLocked keeps the per-user map bounded: past maxUserBuckets it drops the full buckets,
// which carry no state.
func (l *limiter) pruneLocked(now time.Time) {
	if len(l.users) < maxUserBuckets {
		return
	}
	for u, b := range l.users {
		if b.refill(l.user, now) == 0 {
			delete(l.users, u)
		}
	}
	// Every bucket in use: forget a tenth of them (which only ever lets more through), so that
	// the next few new users need no scan.
	for u := range l.users {
		if len(l.users) < maxUserBuckets*9/10 {
			break
		}
		delete(l.users, u)
	}
}

// retryText says when to retry, rounded up to whole seconds or minutes.
func retryText(d time.Duration) string {
	s := int(math.Ceil(d.Seconds()))
	switch {
	case s <= 1:
		return "in a second"
	case s < 90:
		return fmt.Sprintf("in %d seconds", s)
	}
	return fmt.Sprintf("in %d minutes", int(math.Ceil(float64(s)/60)))
}
