package zh

import (
	"bufio"
	"bytes"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/data"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"full-width digits and percent", "地区生产总值增长５％左右", "地区生产总值增长5%左右"},
		{"full-width decimal point", "一般公共预算收入完成８．５亿元", "一般公共预算收入完成8.5亿元"},
		{"full-width letters lower-cased", "ＧＤＰ增长", "gdp增长"},
		{"ASCII letters lower-cased", "PM2.5平均浓度", "pm2.5平均浓度"},
		{"full-width punctuation", "增长８％，力争增长１０％；目标：完成！好？", "增长8%,力争增长10%;目标:完成!好?"},
		{"full-width brackets", "（一）坚持以高质量发展为首要任务", "(一)坚持以高质量发展为首要任务"},
		{"ideographic space", "各位代表\u3000同志们", "各位代表 同志们"},
		{"ideographic full stop and quotes kept", "“社会面清零”。", "“社会面清零”。"},
		{"already normal", "规上工业总产值675亿元,增长10%;", "规上工业总产值675亿元,增长10%;"},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Normalize(tc.in); got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestIsHan(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want bool
	}{
		{'镇', true}, {'〇', true}, {'a', false}, {'5', false}, {'。', false}, {'，', false}, {'５', false},
	} {
		if got := IsHan(tc.r); got != tc.want {
			t.Errorf("IsHan(%q) = %v, want %v", tc.r, got, tc.want)
		}
	}
}

func TestHanRatio(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
	}{
		{"", 0},
		{"123%,;。", 0}, // no letters at all
		{"盛泽镇", 1},
		{"GDP增长", 2.0 / 5},
		{"PM2.5平均浓度", 4.0 / 6}, // digits and punctuation are not letters
		{"What is the GDP target?", 0},
		{"xx区", 1.0 / 3},
	} {
		if got := HanRatio(tc.in); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("HanRatio(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestCollapseSpace(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"trim", "   2023年政府部门工作汇报多篇9篇   ", "2023年政府部门工作汇报多篇9篇"},
		{"space between Han removed", "地区 生产  总值", "地区生产总值"},
		{"ideographic space between Han removed", "地区\u3000生产\u3000\u3000总值", "地区生产总值"},
		{"space after punctuation before Han removed", "报多篇的文章9篇, 欢迎大家前来参考查阅!", "报多篇的文章9篇,欢迎大家前来参考查阅!"},
		{"space after full stop removed", "提出意见。 现在", "提出意见。现在"},
		{"Latin runs keep one space", "诺仪文秘网 - www.zhuhainuoyiwuye.com 2024年04月28日 14:31 星期日",
			"诺仪文秘网 - www.zhuhainuoyiwuye.com 2024年04月28日 14:31 星期日"},
		{"mixed white space folded", "GDP \t\n growth", "GDP growth"},
		{"no-break space folded", "GDP\u00a0\u00a0growth", "GDP growth"},
		{"Han next to digit keeps space", "增长 10%", "增长 10%"},
		{"only space", " \t\u3000\n", ""},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := CollapseSpace(tc.in); got != tc.want {
				t.Errorf("CollapseSpace(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestStripSpace(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"地区 生产\u3000总值 增长 5% 左右", "地区生产总值增长5%左右"},
		{" a\tb\nc\r\n", "abc"},
		{"GDP\u00a0growth", "GDPgrowth"},
		{"", ""},
		{"一般公共预算收入增长10%左右", "一般公共预算收入增长10%左右"},
	} {
		if got := StripSpace(tc.in); got != tc.want {
			t.Errorf("StripSpace(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "half-width semicolons and full stop from a report",
			in:   "2023年,全国遭受了需求收缩、供给冲击、预期转弱三重压力;我市承受了成品油市场综合整治以及洪涝灾害的阵痛;我区经受了艰难困苦交织叠加和大量历史遗留问题集中爆发的双重挑战。在破解现实困难",
			want: []string{
				"2023年,全国遭受了需求收缩、供给冲击、预期转弱三重压力;",
				"我市承受了成品油市场综合整治以及洪涝灾害的阵痛;",
				"我区经受了艰难困苦交织叠加和大量历史遗留问题集中爆发的双重挑战。",
				"在破解现实困难",
			},
		},
		{
			name: "targets chained with semicolons, decimals not split",
			in:   "2023年全镇经济社会发展主要预期目标是:确保一般公共预算收入增长8%,力争增长10%;规上工业总产值675亿元,增长10%;全社会固定资产投资97.5亿元,增长8%。",
			want: []string{
				"2023年全镇经济社会发展主要预期目标是:确保一般公共预算收入增长8%,力争增长10%;",
				"规上工业总产值675亿元,增长10%;",
				"全社会固定资产投资97.5亿元,增长8%。",
			},
		},
		{
			name: "closing quote stays with the sentence",
			in:   "奋力争当展示中国式现代化的一体化示范窗口。”锚定高质量、建功一体化",
			want: []string{"奋力争当展示中国式现代化的一体化示范窗口。”", "锚定高质量、建功一体化"},
		},
		{
			name: "quotes inside a sentence do not split",
			in:   "我们压实“四方”责任,落实“四早”要求。实现了一周内“社会面清零”。",
			want: []string{"我们压实“四方”责任,落实“四早”要求。", "实现了一周内“社会面清零”。"},
		},
		{
			name: "full-width marks",
			in:   "稳中求进！真抓实干？攻坚克难；久久为功。",
			want: []string{"稳中求进！", "真抓实干？", "攻坚克难；", "久久为功。"},
		},
		{
			name: "half-width exclamation and question marks",
			in:   "欢迎大家前来参考查阅!还有问题吗?没有",
			want: []string{"欢迎大家前来参考查阅!", "还有问题吗?", "没有"},
		},
		{
			name: "runs of marks stay together",
			in:   "真的吗？！是的。。好",
			want: []string{"真的吗？！", "是的。。", "好"},
		},
		{
			name: "closing brackets and book title marks after the mark",
			in:   "(详见附件。)制定了《规则》。下一步",
			want: []string{"(详见附件。)", "制定了《规则》。", "下一步"},
		},
		{
			name: "several closers",
			in:   "他说:“要‘稳中求进。’”然后",
			want: []string{"他说:“要‘稳中求进。’”", "然后"},
		},
		{
			name: "no end mark",
			in:   "(一)坚持以高质量发展为首要任务,聚精会神抓好经济建设",
			want: []string{"(一)坚持以高质量发展为首要任务,聚精会神抓好经济建设"},
		},
		{
			name: "invalid UTF-8 kept",
			in:   "增长\xff;下降\xfe",
			want: []string{"增长\xff;", "下降\xfe"},
		},
		{
			name: "empty",
			in:   "",
			want: nil,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Sentences(tc.in)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			if j := strings.Join(got, ""); j != tc.in {
				t.Errorf("concatenation = %q, want the input %q", j, tc.in)
			}
		})
	}
}

// TestSentencesHalfWidthOpeningQuote: a half-width " after a sentence end opens the next
// sentence's quotation; only a quote that closes one opened in the sentence is a closer.
func TestSentencesHalfWidthOpeningQuote(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		// A closing half-width quote after the mark stays with the sentence.
		{`他说:"要稳中求进。"然后`, []string{`他说:"要稳中求进。"`, `然后`}},
		// An opening half-width quote after the mark starts the next sentence.
		{`落实"四早"要求;"双减双控"取得成效。`, []string{`落实"四早"要求;`, `"双减双控"取得成效。`}},
	} {
		got := Sentences(tc.in)
		if strings.Join(got, "") != tc.in {
			t.Fatalf("Sentences(%q) = %q does not concatenate to the input", tc.in, got)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Sentences(%q) = %q, want %q: a half-width \" or ' after the end mark opens the next quotation", tc.in, got, tc.want)
		}
	}
}

// TestSentencesCorpus checks the splitting properties over every line of the bundled corpus.
func TestSentencesCorpus(t *testing.T) {
	n := 0
	forEachCorpusLine(t, func(line string) {
		got := Sentences(line)
		checkPieces(t, "Sentences", line, got)
		if want := sentencesByRune(line); !slices.Equal(got, want) {
			t.Errorf("Sentences(%q) = %q, want %q (sentencesByRune)", line, got, want)
		}
		for i, s := range got[:max(0, len(got)-1)] {
			if !strings.ContainsAny(s, sentenceEnd) {
				t.Errorf("sentence %d of %q has no end mark: %q", i, line, s)
			}
		}
		n += len(got)
	})
	if n < 1000 {
		t.Errorf("only %d sentences in the corpus; the splitter or the corpus changed", n)
	}
}

func TestClauses(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "half-width comma",
			in:   "确保一般公共预算收入增长8%,力争增长10%;",
			want: []string{"确保一般公共预算收入增长8%,", "力争增长10%;"},
		},
		{
			name: "enumeration comma",
			in:   "需求收缩、供给冲击、预期转弱三重压力",
			want: []string{"需求收缩、", "供给冲击、", "预期转弱三重压力"},
		},
		{
			name: "half-width colon",
			in:   "主要预期目标是:确保一般公共预算收入增长8%",
			want: []string{"主要预期目标是:", "确保一般公共预算收入增长8%"},
		},
		{
			name: "full-width comma and colon",
			in:   "目标是：增长８％，力争１０％",
			want: []string{"目标是：", "增长８％，", "力争１０％"},
		},
		{
			name: "ends on a break",
			in:   "真抓实干,攻坚克难,",
			want: []string{"真抓实干,", "攻坚克难,"},
		},
		{
			name: "decimals and semicolons are not breaks",
			in:   "全社会固定资产投资97.5亿元;增长8%",
			want: []string{"全社会固定资产投资97.5亿元;增长8%"},
		},
		{
			name: "invalid UTF-8 kept",
			in:   "\xff,\xfe",
			want: []string{"\xff,", "\xfe"},
		},
		{
			name: "empty",
			in:   "",
			want: nil,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Clauses(tc.in)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Clauses(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			if j := strings.Join(got, ""); j != tc.in {
				t.Errorf("concatenation = %q, want the input %q", j, tc.in)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "bigrams and numbers from a target sentence",
			in:   "确保一般公共预算收入增长8%,力争增长10%;",
			want: []string{"确保", "保一", "一般", "般公", "公共", "共预", "预算", "算收", "收入", "入增", "增长", "8",
				"力争", "争增", "增长", "10"},
		},
		{
			name: "decimals kept",
			in:   "一般公共预算收入完成8.5亿元,同比下降16.5%",
			want: []string{"一般", "般公", "公共", "共预", "预算", "算收", "收入", "入完", "完成", "8.5", "亿元",
				"同比", "比下", "下降", "16.5"},
		},
		{
			name: "Latin word with digits and decimal",
			in:   "pm2.5平均浓度为31微克/立方米,下降8.8%。",
			want: []string{"pm2.5", "平均", "均浓", "浓度", "度为", "31", "微克", "立方", "方米", "下降", "8.8"},
		},
		{
			name: "lone Han character is a unigram",
			in:   "2023年,美丽xx天蓝水清",
			want: []string{"2023", "年", "美丽", "xx", "天蓝", "蓝水", "水清"},
		},
		{
			name: "book title marks and brackets dropped",
			in:   "《盛泽镇国土空间总体规划》启动编制。",
			want: []string{"盛泽", "泽镇", "镇国", "国土", "土空", "空间", "间总", "总体", "体规", "规划", "启动", "动编", "编制"},
		},
		{
			name: "quoted numbers split on punctuation",
			in:   "区委确定的“1+4”重点工作",
			want: []string{"区委", "委确", "确定", "定的", "1", "4", "重点", "点工", "工作"},
		},
		{
			name: "trailing and leading dots are not decimals",
			in:   "in 2023. .5 v1.x",
			want: []string{"in", "2023", "5", "v1", "x"},
		},
		{
			name: "English question",
			in:   "what is qidu town's gdp growth target?",
			want: []string{"what", "is", "qidu", "town", "s", "gdp", "growth", "target"},
		},
		{
			name: "punctuation only",
			in:   "。,;:!?“”《》()、",
			want: nil,
		},
		{
			name: "empty",
			in:   "",
			want: nil,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Tokens(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Tokens(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTokensCorpus checks over the normalised corpus that tokens are never empty, hold no
// punctuation or space, and are either a Han uni/bigram or a Han-free word.
func TestTokensCorpus(t *testing.T) {
	forEachCorpusLine(t, func(line string) {
		for _, tok := range Tokens(Normalize(line)) {
			rs := []rune(tok)
			if len(rs) == 0 {
				t.Fatalf("empty token in %q", line)
			}
			if IsHan(rs[0]) {
				if len(rs) > 2 || !IsHan(rs[len(rs)-1]) {
					t.Errorf("Han token %q in %q is not a unigram or bigram", tok, line)
				}
				continue
			}
			for i, r := range rs {
				if IsHan(r) || (r == '.' && (i == 0 || i == len(rs)-1)) || strings.ContainsRune(" ,;:!?%()。、“”《》", r) {
					t.Errorf("word token %q in %q holds %q", tok, line, r)
					break
				}
			}
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, seed := range fuzzSeeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkPieces(t, "Sentences", s, Sentences(s))
		if got, want := Sentences(s), sentencesByRune(s); !slices.Equal(got, want) {
			t.Errorf("Sentences(%q) = %q, want %q (sentencesByRune)", s, got, want)
		}
	})
}

func FuzzClauses(f *testing.F) {
	for _, seed := range fuzzSeeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Clauses(s)
		checkPieces(t, "Clauses", s, got)
		for i, c := range got[:max(0, len(got)-1)] {
			if r, _ := utf8.DecodeLastRuneInString(c); !strings.ContainsRune(clauseBreaks, r) {
				t.Fatalf("clause %d %q of %q does not end on a break", i, c, s)
			}
		}
	})
}

func FuzzTokens(f *testing.F) {
	for _, seed := range fuzzSeeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokens(Normalize(s)) {
			if tok == "" {
				t.Fatalf("empty token from %q", s)
			}
		}
		_ = CollapseSpace(s)
		_ = HanRatio(s)
	})
}

var fuzzSeeds = []string{
	"",
	"2023年全镇经济社会发展主要预期目标是:确保一般公共预算收入增长8%,力争增长10%;规上工业总产值675亿元,增长10%。",
	"奋力争当展示中国式现代化的一体化示范窗口。”锚定高质量、建功一体化",
	"稳中求进！真抓实干？攻坚克难；久久为功。",
	"地区生产总值增长５％左右，城镇新增就业１２００人；",
	`他说:"要稳中求进。"然后;'好'`,
	"增长\xff;下降\xfe。\xe3\x80",
	"。。。!!!;;;",
}

// checkPieces checks that pieces split s: none empty, and their concatenation is s exactly.
func checkPieces(tb testing.TB, fn, s string, pieces []string) {
	tb.Helper()
	for i, p := range pieces {
		if p == "" {
			tb.Fatalf("%s(%q): piece %d is empty (%q)", fn, s, i, pieces)
		}
	}
	if j := strings.Join(pieces, ""); j != s {
		tb.Fatalf("%s(%q): concatenation %q differs from the input", fn, s, j)
	}
}

// forEachCorpusLine calls fn with every non-blank line of the bundled corpus.
func forEachCorpusLine(tb testing.TB, fn func(line string)) {
	tb.Helper()
	sc := bufio.NewScanner(bytes.NewReader(data.Corpus))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	lines := 0
	for sc.Scan() {
		if line := sc.Text(); strings.TrimSpace(line) != "" {
			fn(line)
			lines++
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	if lines == 0 {
		tb.Fatal("the bundled corpus is empty")
	}
}

func TestIsHanShortcut(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if IsHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("IsHan(%U) = %v, unicode.Han says %v", r, IsHan(r), unicode.Is(unicode.Han, r))
		}
	}
}

// sentencesByRune is Sentences as it was written first, a character at a time: the reference
// the byte-at-a-time loop is held to.
func sentencesByRune(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !strings.ContainsRune(sentenceEnd, r) || r == utf8.RuneError {
			continue
		}
		for i < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[i:])
			if r2 == utf8.RuneError || !strings.ContainsRune(closers, r2) && !strings.ContainsRune(sentenceEnd, r2) {
				break
			}
			if (r2 == '"' || r2 == '\'') && strings.Count(s[start:i], string(r2))%2 == 0 {
				break
			}
			i += size2
		}
		out = append(out, s[start:i])
		start = i
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// TestSentencesByteLoop holds Sentences to sentencesByRune on marks, closers, invalid bytes
// and characters whose encodings share bytes with the marks'.
func TestSentencesByteLoop(t *testing.T) {
	cases := append([]string{}, fuzzSeeds...)
	cases = append(cases, "一。二！三？四；五!六?七;八", "\xe3\x80\x82\xe3\x80", "\xef\xbc\x81\xef", "\xf0\xe3\x80\x82x",
		"ｉ。（１）“好。”又；」", "\xe3\x81\x82。\xef\xbd\x81！", "a\"b.\"c; d' e; f")
	for _, s := range cases {
		if got, want := Sentences(s), sentencesByRune(s); !slices.Equal(got, want) {
			t.Errorf("Sentences(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestAfterLast(t *testing.T) {
	for _, c := range []struct {
		s, marks string
		want     string
	}{
		{"上年完成。今年增长8%", "。；", "今年增长8%"},
		{"a,b;c", ",;", "c"},
		{"没有标点", "。", "没有标点"},
		{"", "。", ""},
		{"甲，乙;丙", "，;", "丙"},
	} {
		if got := c.s[AfterLast(c.s, c.marks):]; got != c.want {
			t.Errorf("AfterLast(%q, %q): rest %q, want %q", c.s, c.marks, got, c.want)
		}
	}
}
