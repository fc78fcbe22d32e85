package bot

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestCleanQuestion(t *testing.T) {
	cases := []struct{ in, want string }{
		{"<@UBOT> 盛泽镇工业投资目标是多少?", "盛泽镇工业投资目标是多少?"},
		{"<@UBOT|reportbot>   what about   Shengze? ", "what about Shengze?"},
		{"compare with <@U123|alice> and <#C1|general>", "compare with @alice and #general"},
		{"see <https://example.com/a|the page> and <https://example.com/b>", "see the page and https://example.com/b"},
		{"R&amp;D &lt;2023&gt; <!here>", "R&D <2023> @here"},
		{"", ""},
		{"<@UBOT>", ""},
	}
	for _, c := range cases {
		if got := cleanQuestion(c.in, "UBOT"); got != c.want {
			t.Errorf("cleanQuestion(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSplitText(t *testing.T) {
	text := escape(strings.Repeat("第一句话有点长，包含R&D和<标记>。", 300) + "\n\n" + strings.Repeat("x", 7000))
	parts := splitText(text, 3000)
	if len(parts) < 4 {
		t.Fatalf("%d parts", len(parts))
	}
	for i, p := range parts {
		if n := utf8.RuneCountInString(p); n > 3000 || n == 0 {
			t.Errorf("part %d has %d runes", i, n)
		}
		if i < len(parts)-1 && strings.Contains(p, "第一句话") && !strings.HasSuffix(p, "。") {
			t.Errorf("part %d does not end at a sentence: …%s", i, string([]rune(p)[utf8.RuneCountInString(p)-10:]))
		}
	}
	if got, want := strings.Join(strings.Fields(strings.Join(parts, "")), ""), strings.Join(strings.Fields(text), ""); got != want {
		t.Error("splitting lost or changed text")
	}
}

func TestSplitTextNeverCutsAnEntity(t *testing.T) {
	for pad := range 8 {
		text := strings.Repeat("a", 2996+pad) + "&amp;&lt;&gt;" + strings.Repeat("b", 10)
		for _, p := range splitText(text, 3000) {
			if i := strings.LastIndex(p, "&"); i >= 0 && !strings.Contains(p[i:], ";") {
				t.Errorf("pad %d: a part ends inside an entity: …%s", pad, p[max(0, len(p)-8):])
			}
			if strings.HasPrefix(p, "amp;") || strings.HasPrefix(p, "lt;") || strings.HasPrefix(p, "gt;") {
				t.Errorf("pad %d: a part starts inside an entity: %s…", pad, p[:8])
			}
		}
	}
}

func TestTrimPassage(t *testing.T) {
	text := strings.Repeat("前文。", 100) + "全年计划完成工业投资120亿元。" + strings.Repeat("后文。", 100)
	got := trimPassage(text, "全年计划完成工业投资120亿元。", 60)
	if !strings.Contains(got, "全年计划完成工业投资120亿元。") || !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") {
		t.Errorf("trimPassage = %q", got)
	}
	if n := utf8.RuneCountInString(got); n > 62 {
		t.Errorf("trimmed to %d runes", n)
	}
	if got := trimPassage("短文本。", "", 60); got != "短文本。" {
		t.Errorf("a short passage changed: %q", got)
	}
	if got := trimPassage(text, "", 20); !strings.HasPrefix(got, "前文。") || !strings.HasSuffix(got, "…") {
		t.Errorf("without a quote: %q", got)
	}
	if got := trimPassage(text, "不在文中", 20); utf8.RuneCountInString(got) > 21 {
		t.Errorf("missing quote: %q", got)
	}
	end := strings.Repeat("前文。", 100) + "结尾句子。"
	if got := trimPassage(end, "结尾句子。", 30); !strings.HasSuffix(got, "结尾句子。") || !strings.HasPrefix(got, "…") {
		t.Errorf("quote at the end: %q", got)
	}
}

func FuzzTrimPassage(f *testing.F) {
	f.Add("全年计划完成工业投资120亿元，其中工业技改投资占比超过60%。", "工业投资", 10)
	f.Add("abc def", "def", 3)
	f.Fuzz(func(t *testing.T, text, quote string, limit int) {
		if limit < 1 || limit > 5000 || !utf8.ValidString(text) || !utf8.ValidString(quote) {
			return
		}
		got := trimPassage(text, quote, limit)
		if n := utf8.RuneCountInString(got); n > limit+2 {
			t.Fatalf("trimPassage(%q, %q, %d) = %q (%d runes)", text, quote, limit, got, n)
		}
		q := strings.Join(strings.Fields(quote), " ")
		norm := strings.Join(strings.Fields(text), " ")
		if q != "" && strings.Contains(norm, q) && utf8.RuneCountInString(q) < limit && !strings.Contains(got, q) {
			t.Fatalf("quote %q dropped: %q", q, got)
		}
	})
}

func FuzzSplitText(f *testing.F) {
	f.Add("第一句。第二句！&amp; third", 5)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if limit < 8 || limit > 4000 || !utf8.ValidString(s) {
			return
		}
		s = escape(s)
		for _, p := range splitText(s, limit) {
			if n := utf8.RuneCountInString(p); n == 0 || n > limit {
				t.Fatalf("part of %d runes (limit %d)", n, limit)
			}
		}
	})
}

func TestLRU(t *testing.T) {
	now := time.Unix(1000, 0)
	c := newLRU[int](3, time.Minute)
	c.now = func() time.Time { return now }
	if !c.addIfAbsent("a", 1) || c.addIfAbsent("a", 2) {
		t.Fatal("addIfAbsent is not first-wins")
	}
	if v, _ := c.get("a"); v != 1 {
		t.Errorf("a = %d", v)
	}
	c.put("b", 2)
	c.put("c", 3)
	c.put("d", 4) // evicts a, the least recently written
	if _, ok := c.get("a"); ok || c.len() != 3 {
		t.Errorf("bound not kept: len %d", c.len())
	}
	now = now.Add(2 * time.Minute)
	if _, ok := c.get("d"); ok {
		t.Error("an expired entry was returned")
	}
	if !c.addIfAbsent("b", 9) {
		t.Error("an expired key still blocks")
	}
	c.put("e", 5)
	if c.len() != 2 {
		t.Errorf("expired entries not evicted: len %d", c.len())
	}
}

func TestSentence(t *testing.T) {
	if got := sentence("the question is too long"); got != "The question is too long." {
		t.Errorf("sentence = %q", got)
	}
}
