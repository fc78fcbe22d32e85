package bot

import (
	"fmt"
	"testing"
	"time"
)

// fakeClock is a settable time for limiters.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time      { return c.t }
func (c *fakeClock) add(d time.Duration) { c.t = c.t.Add(d) }
func newFakeClock() *fakeClock           { return &fakeClock{t: time.Date(2024, 3, 5, 9, 0, 0, 0, time.UTC)} }
func limiterAt(c *fakeClock, u, g Rate) *limiter {
	l := newLimiter(u, g)
	l.now = c.now
	return l
}

func TestLimiterPerUser(t *testing.T) {
	c := newFakeClock()
	l := limiterAt(c, Rate{N: 3, Per: time.Minute}, Rate{})
	for i := range 3 {
		if ok, _, _ := l.allow("U1"); !ok {
			t.Fatalf("question %d of a burst of 3 refused", i+1)
		}
	}
	ok, scope, retry := l.allow("U1")
	if ok || scope != scopeUser || retry != 20*time.Second {
		t.Errorf("4th question: ok %v scope %q retry %v; want refused by user, retry in 20s", ok, scope, retry)
	}
	if ok, _, _ := l.allow("U2"); !ok {
		t.Error("another user was refused")
	}
	c.add(19 * time.Second)
	if ok, _, retry := l.allow("U1"); ok || retry < time.Second-time.Millisecond || retry > time.Second+time.Millisecond {
		t.Errorf("after 19s: ok %v retry %v; want refused, retry in 1s", ok, retry)
	}
	c.add(time.Second)
	if ok, _, _ := l.allow("U1"); !ok {
		t.Error("after 20s a token should be back")
	}
	if ok, _, _ := l.allow("U1"); ok {
		t.Error("one token came back, not two")
	}
	c.add(time.Hour) // refills cap at the burst
	for i := range 4 {
		if ok, _, _ := l.allow("U1"); ok != (i < 3) {
			t.Errorf("after an hour, question %d: ok %v", i+1, ok)
		}
	}
}

func TestLimiterGlobalTakesFromBothOrNeither(t *testing.T) {
	c := newFakeClock()
	l := limiterAt(c, Rate{N: 2, Per: time.Hour}, Rate{N: 3, Per: time.Minute})
	for _, u := range []string{"U1", "U2", "U3"} {
		if ok, _, _ := l.allow(u); !ok {
			t.Fatalf("%s refused within the global burst", u)
		}
	}
	ok, scope, retry := l.allow("U1")
	if ok || scope != scopeGlobal || retry != 20*time.Second {
		t.Errorf("4th question: ok %v scope %q retry %v; want refused globally, retry in 20s", ok, scope, retry)
	}
	// U1's refusal by the global limit did not cost U1 a token.
	c.add(20 * time.Second)
	if ok, _, _ := l.allow("U1"); !ok {
		t.Error("U1 refused after the global bucket refilled")
	}
	// U1 has now taken 2 of its 2: the user limit refuses without taking a global token.
	c.add(20 * time.Second)
	if ok, scope, _ := l.allow("U1"); ok || scope != scopeUser {
		t.Errorf("U1's third question: ok %v scope %q; want refused by user", ok, scope)
	}
	if ok, _, _ := l.allow("U4"); !ok {
		t.Error("U4 refused: the user refusal must not have taken the global token")
	}
}

// TestLimiterCancelsTheUserTokenWhenGlobalRefuses: a user with one token left, refused by the
// global bucket, still has that token once the global bucket refills.
func TestLimiterCancelsTheUserTokenWhenGlobalRefuses(t *testing.T) {
	c := newFakeClock()
	l := limiterAt(c, Rate{N: 1, Per: time.Hour}, Rate{N: 1, Per: time.Minute})
	if ok, _, _ := l.allow("U1"); !ok {
		t.Fatal("first question refused")
	}
	for range 5 {
		if ok, scope, _ := l.allow("U2"); ok || scope != scopeGlobal {
			t.Fatalf("U2 within the minute: ok %v scope %q; want refused globally", ok, scope)
		}
	}
	if got := l.users["U2"].TokensAt(c.now()); got != 1 {
		t.Errorf("U2's bucket holds %v tokens after global refusals, want 1 (reservations cancelled)", got)
	}
	c.add(time.Minute)
	if ok, _, _ := l.allow("U2"); !ok {
		t.Error("U2 refused once the global bucket refilled: the refused questions cost it its token")
	}
	if ok, scope, _ := l.allow("U2"); ok || scope != scopeUser {
		t.Errorf("U2's second question: ok %v scope %q; want refused by user", ok, scope)
	}
	if got := l.g.TokensAt(c.now()); got != 0 {
		t.Errorf("global bucket holds %v tokens after a user refusal, want 0 (user refusal took none)", got)
	}
}

func TestLimiterUnlimitedAndNil(t *testing.T) {
	var nilLimiter *limiter
	l := newLimiter(Rate{}, Rate{})
	for i := range 1000 {
		if ok, _, _ := l.allow("U1"); !ok {
			t.Fatalf("question %d refused with no limits", i)
		}
		if ok, _, _ := nilLimiter.allow("U1"); !ok {
			t.Fatal("a nil limiter refused")
		}
	}
}

func TestLimiterBoundsItsUsers(t *testing.T) {
	c := newFakeClock()
	l := limiterAt(c, Rate{N: 1, Per: time.Minute}, Rate{})
	for i := range 3 * maxUserBuckets {
		l.allow(fmt.Sprintf("U%d", i))
		if i%maxUserBuckets == 0 {
			c.add(time.Minute) // earlier users' buckets are full again
		}
	}
	if n := len(l.users); n > maxUserBuckets {
		t.Errorf("%d user buckets held, want at most %d", n, maxUserBuckets)
	}
	// With every bucket in use (no time passes), some are forgotten rather than the map growing.
	for i := range 2 * maxUserBuckets {
		if ok, _, _ := l.allow(fmt.Sprintf("V%d", i)); !ok {
			t.Fatalf("new user V%d refused", i)
		}
	}
	if n := len(l.users); n > maxUserBuckets {
		t.Errorf("%d user buckets held while all are in use, want at most %d", n, maxUserBuckets)
	}
}

func TestRetryText(t *testing.T) {
	for d, want := range map[time.Duration]string{
		300 * time.Millisecond:  "in a second",
		time.Second:             "in a second",
		1500 * time.Millisecond: "in 2 seconds",
		20 * time.Second:        "in 20 seconds",
		89 * time.Second:        "in 89 seconds",
		90 * time.Second:        "in 2 minutes",
		10 * time.Minute:        "in 10 minutes",
	} {
		if got := retryText(d); got != want {
			t.Errorf("retryText(%v) = %q, want %q", d, got, want)
		}
	}
	if got := perText(Rate{N: 6, Per: time.Minute}); got != "6 questions a minute" {
		t.Errorf("perText = %q", got)
	}
	if got := perText(Rate{N: 1, Per: time.Hour}); got != "1 question an hour" {
		t.Errorf("perText = %q", got)
	}
}
