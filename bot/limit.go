package bot

import (
	"fmt"
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/reportbot/reportbot/internal/config"
)

// Rate is a token-bucket limit: a burst of up to N questions, refilled at N per Per. The zero
// Rate means no limit. `reportbot serve` reads it from REPORTBOT_RATE_USER and
// REPORTBOT_RATE_GLOBAL (config.ParseRate).
type Rate = config.Rate

// newBucket returns a full token bucket for r (rate.Limiter: N tokens, one back every Per/N).
func newBucket(r Rate) *rate.Limiter {
	return rate.NewLimiter(rate.Every(r.Per/time.Duration(r.N)), r.N)
}

// Limit scopes, as the metrics and logs name them.
const (
	scopeUser   = "user"
	scopeGlobal = "global"
)

// maxUserBuckets bounds the per-user buckets held (see pruneLocked).
const maxUserBuckets = 10000

// limiter applies a per-user and a global token bucket to questions. A question takes a token
// from both or from neither: the reservation taken from one is cancelled when the other
// refuses.
type limiter struct {
	user, global Rate
	now          func() time.Time

	mu    sync.Mutex // makes reserve-both-or-cancel atomic, and guards users
	g     *rate.Limiter
	users map[string]*rate.Limiter
}

func newLimiter(user, global Rate) *limiter {
	l := &limiter{user: user, global: global, now: time.Now, users: map[string]*rate.Limiter{}}
	if !global.Unlimited() {
		l.g = newBucket(global)
	}
	return l
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
	var taken *rate.Reservation
	if !l.user.Unlimited() {
		ub := l.users[user]
		if ub == nil {
			l.pruneLocked(now)
			ub = newBucket(l.user)
			l.users[user] = ub
		}
		r := ub.ReserveN(now, 1)
		if d := r.DelayFrom(now); d > 0 {
			r.CancelAt(now)
			return false, scopeUser, d
		}
		taken = r
	}
	if l.g != nil {
		r := l.g.ReserveN(now, 1)
		if d := r.DelayFrom(now); d > 0 {
			r.CancelAt(now)
			if taken != nil {
				taken.CancelAt(now) // neither: the user keeps the token
			}
			return false, scopeGlobal, d
		}
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
		if b.TokensAt(now) >= float64(b.Burst()) {
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
