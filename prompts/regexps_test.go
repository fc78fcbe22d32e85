package prompts

import (
	"testing"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// TestRegexpsCompile compiles this package's regular expressions, which are otherwise compiled
// on first use (internal/lazyre).
func TestRegexpsCompile(t *testing.T) {
	if err := lazyre.CheckAll(); err != nil {
		t.Fatal(err)
	}
}
