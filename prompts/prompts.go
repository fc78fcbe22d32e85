// Package prompts owns what reportbot says to a chat model and what it asks back: the prompts,
// as embedded text/template files rendered here from this package's own input types (Passage,
// Turn, AnswerInput), and the JSON the rewrite prompt asks for (Rewrite, ParseRewrite). The
// golden files in testdata show exactly what a model receives. It renders and parses only: the
// model stage in retrieval/answer converts its types to these and calls the model through
// internal/llm.
package prompts

import (
	"embed"
	"errors"
	"fmt"
	"github.com/reportbot/reportbot/internal/lazyre"
	"strconv"
	"strings"
	"text/template"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/zh"
)

//go:embed *.tmpl
var files embed.FS

var tmpl = template.Must(template.New("").Funcs(template.FuncMap{
	"data":  Data,
	"attr":  attr,
	"brief": brief,
	"nums":  nums,
	"facts": matchFacts,
	"kind":  kind,
}).ParseFS(files, "*.tmpl"))

// Passage is a report passage a model may cite as [N].
type Passage struct {
	N       int
	Source  string
	Report  int
	Entity  string
	Section string
	Text    string
	// ChunkID identifies the chunk the passage is ("" when unknown); fact rows of the same
	// chunk are shown with it.
	ChunkID string
}

// Turn is one earlier exchange of a conversation, oldest first.
type Turn struct {
	Question string
	Answer   string
}

// AnswerInput is what the answer and repair prompts are rendered from.
type AnswerInput struct {
	Question string
	// Lang is the language to answer in: "zh" or "en".
	Lang     string
	Passages []Passage
	// Facts are fact rows that match the question; those from a passage are shown with it.
	Facts   []corpus.Fact
	History []Turn
	// Previous and Problems are set on a repair attempt: the earlier answer and what the
	// verification found wrong with it.
	Previous string
	Problems []string
}

// Answer renders the system and user messages that ask a model to answer in.Question from
// in.Passages (numbered by Passage.N) and the fact rows that come from those passages.
func Answer(in AnswerInput) (system, user string, err error) {
	if len(in.Passages) == 0 {
		return "", "", errors.New("render answer prompt: no passages")
	}
	if system, err = render("answer_system.tmpl", in); err != nil {
		return "", "", err
	}
	if user, err = render("answer_user.tmpl", in); err != nil {
		return "", "", err
	}
	return system, user, nil
}

// Repair renders the follow-up user message for a repair attempt: what verification found
// wrong with in.Previous (in.Problems), and the request to answer again. The caller sends it
// after the Answer messages and the previous answer as the assistant's turn.
func Repair(in AnswerInput) (string, error) {
	return render("repair.tmpl", in)
}

// RewriteQuestion renders the messages that ask a model to turn question (with the
// conversation's earlier turns) into a standalone question, Chinese search queries and an
// intent, as the JSON object Rewrite decodes.
func RewriteQuestion(question string, history []Turn) (system, user string, err error) {
	data := struct {
		Question string
		History  []Turn
	}{question, history}
	if system, err = render("rewrite_system.tmpl", data); err != nil {
		return "", "", err
	}
	if user, err = render("rewrite_user.tmpl", data); err != nil {
		return "", "", err
	}
	return system, user, nil
}

func render(name string, data any) (string, error) {
	var b strings.Builder
	if err := tmpl.ExecuteTemplate(&b, name, data); err != nil {
		return "", fmt.Errorf("render %s: %w", name, err)
	}
	return b.String(), nil
}

// tagRE finds anything in data that could open or close one of the prompt's own delimiters.
var tagRE = lazyre.New(`(?i)<\s*(/?)\s*(passages?|facts|conversation|question)\b`)

// Data neutralises text from a report, a user or a model for a place between the prompt's
// delimiters: a "<passage", "</question" or similar inside it becomes "‹passage", so no text
// can close its own block and pose as the prompt. Nothing else changes, so quotes stay verbatim.
func Data(s string) string {
	return tagRE.ReplaceAllString(s, "‹$1$2")
}

// attr makes s safe inside a double-quoted delimiter attribute.
func attr(s string) string {
	s = strings.NewReplacer("\"", "'", "\n", " ", "\r", " ").Replace(s)
	return Data(strings.ReplaceAll(s, ">", "›"))
}

// citeRE matches citation markers such as [1] or [1, 2] in earlier answers.
var citeRE = lazyre.New(`\s*\[\d+(?:\s*[,，、]\s*\d+)*\]`)

// brief shortens an earlier answer for the conversation block and drops its citation
// markers, which referred to other passages.
func brief(s string) string {
	s = strings.TrimSpace(citeRE.ReplaceAllString(s, ""))
	s = strings.Join(strings.Fields(s), " ")
	if rs := []rune(s); len(rs) > 300 {
		s = string(rs[:300]) + "…"
	}
	return s
}

// nums lists the passage numbers, e.g. "[1], [2] and [3]".
func nums(ps []Passage) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = "[" + strconv.Itoa(p.N) + "]"
	}
	switch len(parts) {
	case 0:
		return "none"
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// factRow is a fact with the passage it comes from.
type factRow struct {
	N int
	F corpus.Fact
}

// matchFacts keeps the facts stated in one of the passages (same chunk, or the fact's
// sentence found in the passage text), paired with that passage's number. A fact from a
// passage the model cannot cite would only tempt it into an unverifiable figure.
func matchFacts(ps []Passage, facts []corpus.Fact) []factRow {
	var rows []factRow
	for _, f := range facts {
		for _, p := range ps {
			if (f.ChunkID != "" && f.ChunkID == p.ChunkID) ||
				(f.Sentence != "" && strings.Contains(zh.StripSpace(p.Text), zh.StripSpace(f.Sentence))) {
				rows = append(rows, factRow{N: p.N, F: f})
				break
			}
		}
	}
	return rows
}

func kind(k string) string {
	switch k {
	case corpus.KindTarget:
		return "target (目标)"
	case corpus.KindActual:
		return "actual (完成)"
	}
	return k
}
