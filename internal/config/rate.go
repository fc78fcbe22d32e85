package config

import (
	"fmt"
	"strconv"
	"strings"
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

// ParseRate reads a rate such as "6/min", "120/min", "2/s", "100/h" or "10/30s"; "", "0",
// "0/min" and "off" mean no limit.
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
