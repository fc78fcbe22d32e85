package main

import (
	"io"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/llm/llmtest"
)

// cliTerm is cli with stdout taken for a terminal (isTerminal) when terminal is set.
func cliTerm(t *testing.T, vars map[string]string, terminal bool, args ...string) (string, string, error) {
	t.Helper()
	saved := isTerminal
	isTerminal = func(io.Writer) bool { return terminal }
	defer func() { isTerminal = saved }()
	return cli(t, vars, args...)
}

const streamedGood = "盛泽镇工业投资目标为47亿元,增长10%[1]。"

func streamingModel(t *testing.T, chunks ...string) map[string]string {
	t.Helper()
	_, vars := fakeModel(t, func(llmtest.ChatRequest) llmtest.Reply { return llmtest.Reply{Chunks: chunks} })
	vars["REPORTBOT_DB"] = bundledDB(t)
	return vars
}

// TestAskDraftOnlyOnATerminal: on a terminal the model's draft streams under a draft header
// and the checked answer follows it; through a pipe only the final answer is printed, once.
func TestAskDraftOnlyOnATerminal(t *testing.T) {
	vars := streamingModel(t, "盛泽镇工业投资", "目标为47亿元,", "增长10%[1]。")
	out, _, err := cliTerm(t, vars, true, "ask", "盛泽镇工业投资目标是多少?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, draftHeader+streamedGood) || !strings.Contains(out, draftUsed+streamedGood+"\n") || !strings.Contains(out, "Sources:") {
		t.Errorf("terminal output:\n%s", out)
	}

	out, _, err = cliTerm(t, vars, false, "ask", "盛泽镇工业投资目标是多少?")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "draft") || !strings.HasPrefix(out, streamedGood+"\n") || strings.Count(out, "目标为47亿元") != 1 {
		t.Errorf("piped output must be the final answer only:\n%s", out)
	}
}

// TestAskDraftNotUsed: a draft that fails verification is marked as not used on a terminal,
// and never appears in piped output.
func TestAskDraftNotUsed(t *testing.T) {
	vars := streamingModel(t, "盛泽镇工业投资目标为", "99亿元[1]。")
	out, _, err := cliTerm(t, vars, true, "ask", "盛泽镇工业投资目标是多少?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, draftHeader) || !strings.Contains(out, draftDrop) || !strings.Contains(out, "could not be verified") {
		t.Errorf("terminal output:\n%s", out)
	}
	out, _, err = cliTerm(t, vars, false, "ask", "盛泽镇工业投资目标是多少?")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "99亿元") || strings.Contains(out, "draft") {
		t.Errorf("piped output shows the unverified draft:\n%s", out)
	}
}

// TestAskModelMarkupNotPrinted: a model answer with Slack link, mention or broadcast syntax
// fails verification (and its repair too), so neither the plain nor the JSON output carries it.
func TestAskModelMarkupNotPrinted(t *testing.T) {
	vars := streamingModel(t, "<!channel> 盛泽镇工业投资目标为47亿元,增长10%[1]。", " 详见<https://evil.example|通知>")
	for _, args := range [][]string{{"ask", "盛泽镇工业投资目标是多少?"}, {"ask", "--json", "盛泽镇工业投资目标是多少?"}} {
		out, _, err := cli(t, vars, args...)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(out, "<!channel>") || strings.Contains(out, "evil.example") || !strings.Contains(out, "could not be verified") {
			t.Errorf("%v printed the model's markup:\n%s", args, out)
		}
	}
}
