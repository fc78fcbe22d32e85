package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/llm/llmtest"
	"github.com/reportbot/reportbot/internal/store"
)

// fakeModel starts a fake OpenAI-compatible API whose answers come from answer (rewrite
// requests get a valid JSON rewrite).
func fakeModel(t *testing.T, answer func(llmtest.ChatRequest) llmtest.Reply) (*llmtest.Server, map[string]string) {
	t.Helper()
	srv := llmtest.New(llmtest.Options{Chat: func(r llmtest.ChatRequest) llmtest.Reply {
		if r.ResponseFormat == "json_object" {
			return llmtest.Reply{Text: `{"question":"盛泽镇2023年工业投资目标是多少?","queries":["盛泽镇 工业投资 目标"],"entities":["盛泽镇"],"level":"镇","indicator":"工业投资","kind":"target","value":"","comparator":""}`}
		}
		return answer(r)
	}})
	t.Cleanup(srv.Close)
	return srv, map[string]string{"OPENAI_BASE_URL": srv.URL, "OPENAI_API_KEY": "sk-test", "REPORTBOT_CHAT_MODEL": "fake-chat", "REPORTBOT_LLM_TIMEOUT": "5s"}
}

func askModelJSON(t *testing.T, vars map[string]string, q string) askJSON {
	t.Helper()
	vars["REPORTBOT_DB"] = bundledDB(t)
	out, _, err := cli(t, vars, "ask", "--json", q)
	if err != nil {
		t.Fatal(err)
	}
	var got askJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return got
}

func TestAskWithModelGivesVerifiedAnswer(t *testing.T) {
	const good = "盛泽镇2023年工业投资目标为47亿元,增长10%[1]。"
	srv, vars := fakeModel(t, func(llmtest.ChatRequest) llmtest.Reply { return llmtest.Reply{Text: good} })
	got := askModelJSON(t, vars, "盛泽镇工业投资目标是多少?")
	if got.Mode != "llm" || got.Answer != good || got.Note != "" {
		t.Errorf("model answer: mode %s note %q answer %q", got.Mode, got.Note, got.Answer)
	}
	if !strings.Contains(got.Citations[0].Text, "工业投资47亿元") {
		t.Errorf("citation [1] does not hold the figure: %q", got.Citations[0].Text)
	}
	var sawPassage bool
	for _, r := range srv.ChatRequests() {
		sawPassage = sawPassage || strings.Contains(r.User(), "工业投资47亿元")
		if r.Authorization != "Bearer sk-test" {
			t.Errorf("authorization header %q", r.Authorization)
		}
	}
	if !sawPassage {
		t.Error("the model never saw the passage")
	}
}

func TestAskWithModelFallsBack(t *testing.T) {
	tests := []struct {
		name  string
		reply llmtest.Reply
		note  string
	}{
		{"server error", llmtest.Reply{Status: 500}, "couldn't reach the model"},
		{"invented number", llmtest.Reply{Text: "盛泽镇工业投资目标为99亿元[1]。"}, "could not be verified"},
		{"wrong citation", llmtest.Reply{Text: "盛泽镇工业投资47亿元[9]。"}, "could not be verified"},
		{"truncated stream", llmtest.Reply{Text: "盛泽镇工业投资目标为47亿元,增长10%[1]。", Truncate: true}, "incomplete"},
		{"empty", llmtest.Reply{Text: ""}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, vars := fakeModel(t, func(llmtest.ChatRequest) llmtest.Reply { return tt.reply })
			got := askModelJSON(t, vars, "盛泽镇工业投资目标是多少?")
			if got.Mode != "extractive" || got.Note == "" || !strings.Contains(got.Note, tt.note) {
				t.Errorf("mode %s note %q, want extractive with a note containing %q", got.Mode, got.Note, tt.note)
			}
			if !strings.Contains(got.Answer, "[1]") {
				t.Errorf("the fallback is not the cited extractive answer: %q", got.Answer)
			}
		})
	}
}

func TestIngestWithModelEmbedderAndResume(t *testing.T) {
	srv := llmtest.New(llmtest.Options{Dim: 16})
	t.Cleanup(srv.Close)
	db := filepath.Join(t.TempDir(), "db")
	vars := map[string]string{"OPENAI_BASE_URL": srv.URL, "REPORTBOT_EMBED_MODEL": "fake-embed", "REPORTBOT_CHAT_MODEL": "off"}
	if _, _, err := cli(t, vars, "ingest", "--db", db); err != nil {
		t.Fatal(err)
	}
	m, err := store.ReadManifest(db)
	if err != nil || m.Embedder != "openai:fake-embed" || m.Dim != 16 {
		t.Fatalf("manifest %+v, %v", m, err)
	}
	first := srv.EmbedTexts()
	if first < m.Chunks {
		t.Errorf("embedded %d texts for %d chunks", first, m.Chunks)
	}
	// A second run finds every chunk in the cache: nothing is embedded again.
	if _, _, err := cli(t, vars, "ingest", "--db", db); err != nil {
		t.Fatal(err)
	}
	if again := srv.EmbedTexts() - first; again != 0 {
		t.Errorf("the second ingest embedded %d texts again", again)
	}
	// Questions embed through the same model; answers stay extractive with chat off.
	out, _, err := cli(t, vars, "ask", "--db", db, "--json", "盛泽镇工业投资目标是多少?")
	if err != nil {
		t.Fatal(err)
	}
	var got askJSON
	json.Unmarshal([]byte(out), &got)
	if got.Mode != "extractive" || len(got.Citations) == 0 {
		t.Errorf("answer from a model-embedded store: %+v", got)
	}
}
