package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/rivo/uniseg"

	"github.com/reportbot/reportbot/internal/corpus"
)

func TestAskFlagsAfterQuestion(t *testing.T) {
	db := bundledDB(t)
	out, _, err := cli(t, nil, "ask", "--db", db, "What is Shengze town's industrial investment target?", "--json", "--k", "2")
	if err != nil {
		t.Fatal(err)
	}
	var a askJSON
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("--json after the question was not honoured: %v\n%s", err, out)
	}
	if a.Question != "What is Shengze town's industrial investment target?" || len(a.Citations) != 2 || a.Citations[0].Quote == "" {
		t.Errorf("question %q, %d citations (want 2, the first with its quote)", a.Question, len(a.Citations))
	}
	// A mistyped flag after the question is an error, never part of the question.
	if _, _, err := cli(t, nil, "ask", "--db", db, "What is Shengze's target?", "--jsno"); !errors.Is(err, errUsage) {
		t.Errorf("unknown flag after the question: err = %v, want a usage error", err)
	}
	// After "--" everything is the question.
	out, _, err = cli(t, nil, "ask", "--db", db, "--json", "--", "--k", "Shengze")
	if err != nil || !strings.Contains(out, `"question": "--k Shengze"`) {
		t.Errorf("after --: err %v\n%s", err, out)
	}
}

func TestCommandsRejectArguments(t *testing.T) {
	db := bundledDB(t)
	for _, args := range [][]string{{"reports", "--db", db, "盛泽镇"}, {"facts", "--db", db, "GDP", "--json"}} {
		if _, _, err := cli(t, nil, args...); !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "takes no arguments") {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
	}
	// Flags after other flags' values still work.
	if out, _, err := cli(t, nil, "facts", "--indicator", "GDP", "--db", db, "--json"); err != nil || !strings.HasPrefix(out, "[") {
		t.Errorf("facts flags in any order: %v", err)
	}
}

func TestAskSourcesShowQuoteInContext(t *testing.T) {
	db := bundledDB(t)
	q := "What is Shengze town's industrial investment target?"
	short, _, err := cli(t, nil, "ask", "--db", db, q)
	if err != nil {
		t.Fatal(err)
	}
	full, _, err := cli(t, nil, "ask", "--db", db, "--full", q)
	if err != nil {
		t.Fatal(err)
	}
	_, src, _ := strings.Cut(short, "\nSources:\n")
	lines := strings.Split(strings.TrimSpace(src), "\n")
	if len(lines) < 2 || !strings.Contains(lines[1], "工业投资47亿元,增长10%。") {
		t.Fatalf("the first source does not show the quote:\n%s", src)
	}
	const quote = "工业投资47亿元,增长10%。"
	before, after, _ := strings.Cut(strings.TrimPrefix(lines[1], "    "), quote)
	if n, m := len([]rune(before)), len([]rune(after)); n > contextChars+1 || m > contextChars+1 {
		t.Errorf("context of %d and %d characters around the quote, want at most %d (and …)", n, m, contextChars)
	}
	if len(full) <= len(short) || !strings.Contains(full, "围绕上述总体要求和工作目标") {
		t.Errorf("--full does not print whole passages")
	}
}

func TestSourceExcerpt(t *testing.T) {
	text := strings.Repeat("甲", 50) + "工业投资47亿元。" + strings.Repeat("乙", 50)
	got := sourceExcerpt(text, "工业投资47亿元。")
	want := "…" + strings.Repeat("甲", 40) + "工业投资47亿元。" + strings.Repeat("乙", 40) + "…"
	if got != want {
		t.Errorf("sourceExcerpt = %q, want %q", got, want)
	}
	if got := sourceExcerpt("短句。\n下一句。", "短句。"); got != "短句。 下一句。" {
		t.Errorf("short passage: %q", got)
	}
	if got := sourceExcerpt(strings.Repeat("丙", 100), ""); got != strings.Repeat("丙", 2*contextChars)+"…" {
		t.Errorf("no quote: %q", got)
	}
}

func TestTableAlignsByDisplayWidth(t *testing.T) {
	var b bytes.Buffer
	if err := table(&b, [][]string{{"ENTITY", "LEVEL", "X"}, {"盛泽镇", "镇", "1"}, {"xx区", "区", "2"}}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	col := -1
	for _, l := range lines {
		// The last column starts at the same display column on every line.
		i := strings.LastIndex(l, "  ")
		w := uniseg.StringWidth(l[:i+2])
		if col >= 0 && w != col {
			t.Errorf("misaligned:\n%s", b.String())
		}
		col = w
	}
}

func TestFactsShowSignOfDeclines(t *testing.T) {
	out, _, err := cli(t, nil, "facts", "--db", bundledDB(t), "--indicator", "一般公共预算收入", "--measure", "growth", "--kind", "actual")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "下降7.4%") && !strings.Contains(l, "-7.4%") {
			t.Errorf("a decline shown without its sign: %s", l)
		}
	}
	if !strings.Contains(out, "-7.4%") {
		t.Errorf("no decline in:\n%s", out)
	}
	if signedValue("下降2.3%", -2.3, "growth") != "下降2.3%" || signedValue("2.3%", -2.3, "growth") != "-2.3%" || signedValue("2.3%", 2.3, "growth") != "2.3%" {
		t.Error("signedValue")
	}
}

func TestReportsUnknownYear(t *testing.T) {
	rows := reportRows([]corpus.Report{{Report: 1, Source: "a.txt", Entity: "某镇", Level: "镇"}, {Report: 2, Source: "a.txt", Year: 2023}})
	if rows[1][4] != "—" || rows[2][4] != "2023" {
		t.Errorf("YEAR column: %q, %q", rows[1][4], rows[2][4])
	}
	out, _, err := cli(t, nil, "reports", "--db", bundledDB(t))
	if err != nil || strings.Contains(out, " 0 ") {
		t.Errorf("reports: %v\n%s", err, out)
	}
}
