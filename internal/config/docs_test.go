package config

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// variablesRead returns the variables Load asks for (by recording its getenv), that is every
// setting reportbot has.
func variablesRead(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	if _, err := Load(func(k string) string { seen[k] = true; return "" }); err != nil {
		t.Fatal(err)
	}
	var out []string
	for k := range seen {
		if strings.HasPrefix(k, "REPORTBOT_") || strings.HasPrefix(k, "SLACK_") || strings.HasPrefix(k, "OPENAI_") {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

var varName = regexp.MustCompile(`\b(?:REPORTBOT|SLACK|OPENAI)_[A-Z_]+[A-Z]\b`)

// TestDocsListEveryVariable: the README's Configuration table and .env.example name every
// variable Load reads, and no other.
func TestDocsListEveryVariable(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	inTempDir(t, "")
	want := variablesRead(t)
	if len(want) < 19 {
		t.Fatalf("Load reads only %v", want)
	}
	_, table, ok := strings.Cut(string(readme), "\n## Configuration\n")
	if !ok {
		t.Fatal("README has no Configuration section")
	}
	table, _, _ = strings.Cut(table, "\n## ")
	var rows []string
	for _, line := range strings.Split(table, "\n") {
		if strings.HasPrefix(line, "| `") {
			rows = append(rows, varName.FindString(line))
		}
	}
	slices.Sort(rows)
	if !slices.Equal(rows, want) {
		t.Errorf("README Configuration table rows %v,\nLoad reads %v", rows, want)
	}
	var set []string
	for _, line := range strings.Split(string(example), "\n") {
		if k, _, ok := strings.Cut(strings.TrimPrefix(line, "# "), "="); ok && varName.MatchString(k) && varName.FindString(k) == k {
			set = append(set, k)
		}
	}
	slices.Sort(set)
	if !slices.Equal(slices.Compact(set), want) {
		t.Errorf(".env.example sets %v,\nLoad reads %v", set, want)
	}
}
