package num

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// questionNumbers is how retrieval's Analyze can read a question's numbers with this package
// and keep today's Analysis.Numbers (value and unit): years and ordinals are skipped, Chinese
// and English numerals count only as percentages, amounts written with English multipliers
// and bare numbers from 10,000 to below 100 million are put in report scale (47 亿, 1.4 万),
// and percent is "%". It is kept here, next to the table below, as the reference for that
// switch.
func questionNumbers(norm string) []string {
	var out []string
	for _, v := range Find(norm) {
		if v.Year() || v.Ordinal || v.Form != FormArabic && v.Dim() != DimPct {
			continue
		}
		value, unit := v.Number, v.ChineseUnit()
		_, zhUnit := zhUnits[v.Unit]
		switch {
		case v.Dim() == DimPct:
			unit = "%"
		case v.Multiplier != "" && v.ChineseUnit() == "":
			// "4.7 billion yuan" → 47 亿 (the unit after an English multiplier is dropped).
			value, unit = ReportScale(v.Amount())
		case !zhUnit && v.Multiplier == "" && v.Number >= 1e4 && v.Number < 1e8:
			// A bare number, or one with an English unit ("14,000 tonnes").
			value, unit = ReportScale(v.Number)
		case !zhUnit && v.Multiplier == "":
			unit = ""
		}
		out = append(out, strconv.FormatFloat(value, 'f', -1, 64)+unit)
	}
	return out
}

// TestQuestionNumbersCompat pins the behaviour of retrieval's numbers() (as of this commit)
// that a switch to this package must keep, and marks where it changes.
func TestQuestionNumbersCompat(t *testing.T) {
	tests := []struct {
		q    string
		want string // today's numbers(), value and unit, space separated
		now  string // what questionNumbers gives when it differs ("" when the same)
	}{
		{"which towns target 10% revenue growth?", "10%", ""},
		{"哪些镇的地区生产总值增长目标在7%以上?", "7%", ""},
		{"百分之十的增长目标", "10%", ""},
		{"ten percent growth", "10%", ""},
		{"two percent and twelve percent", "2% 12%", ""},
		{"12 per cent", "12%", ""},
		{"revenue of 4.7 billion yuan", "47亿", ""},
		{"1.5 million tonnes", "150万", ""},
		{"300 million yuan", "3亿", ""},
		{"20 million", "2000万", ""},
		{"14,000 tonnes", "1.4万", ""},
		{"10000", "1万", ""},
		{"100000000", "100000000", ""},
		{"what was the 2023 gdp?", "", ""},
		{"2023年的目标", "", ""},
		{"增长3.6个百分点", "3.6个百分点", ""},
		{"47亿元", "47亿元", ""},
		{"新增企业226家", "226家", ""},
		// Changes: the old regexp ended grouped numbers before decimals, did not know 万 after
		// a number or 万亩, read digits glued to letters, 百分之 without 点, and only twelve
		// English number words.
		{"1,234.5 yuan", "1234 5", "1234.5"},
		{"4.7万", "4.7", "4.7万"},
		{"1.2万亩", "1.2", "1.2万亩"},
		{"pm2.5浓度", "2.5", "-"},
		{"5g基站", "5", ""},
		{"百分之十五点五", "15%", "15.5%"},
		{"twenty-one percent", "", "21%"},
	}
	for _, tt := range tests {
		want := tt.want
		if tt.now == "-" {
			want = ""
		} else if tt.now != "" {
			want = tt.now
		}
		got := strings.Join(questionNumbers(tt.q), " ")
		if got != want {
			t.Errorf("questionNumbers(%q) = %q, want %q", tt.q, got, want)
		}
	}
	if got := questionNumbers("4.7 billion yuan and 10%"); !slices.Equal(got, []string{"47亿", "10%"}) {
		t.Errorf("order by position: %q", got)
	}
}

// grounded is how retrieval/answer's Verify can check an answer's numbers with this package:
// a number of the answer is grounded when a passage has a number written the same (47 in
// "47亿元", 1,234.50 and 1234.5) or stating the same quantity ("4.7 billion yuan" and 47亿元).
// It returns the answer's numbers that are not grounded.
func grounded(answer, passage string) []string {
	ps := FindWith(passage, Options{Only: FormArabic})
	var missing []string
	for _, a := range FindWith(answer, Options{Only: FormArabic}) {
		ok := false
		for _, p := range ps {
			if a.Number == p.Number || Equivalent(a, p) {
				ok = true
				break
			}
		}
		if !ok {
			missing = append(missing, a.Text)
		}
	}
	return missing
}

func TestVerifyCompat(t *testing.T) {
	const passage = "预计2023年,地区生产总值完成168.8亿元,同比下降2.3%;一般公共预算收入31.81亿元,新建住房1.6万套,利用外资5000万美元。"
	tests := []struct {
		answer string
		want   string // the ungrounded numbers, space separated
	}{
		{"GDP was 168.8亿元, down 2.3%.", ""},
		{"GDP was 16.88 billion yuan (168.8亿元), down 2.3%.", ""},
		{"Revenue was 3.181 billion yuan.", ""},
		{"16,000 units of housing and US$50 million of foreign capital.", ""},
		{"Revenue was 31.81.", ""},
		{"Revenue was 3.18 billion yuan.", "3.18 billion yuan"},
		{"GDP fell 2.4%.", "2.4%"},
		{"In 2023 GDP fell 2.3%.", ""},
		{"PM2.5 fell 2.3%.", ""},
		{"Revenue was 1,234.50 yuan.", "1,234.50 yuan"},
	}
	for _, tt := range tests {
		if got := strings.Join(grounded(tt.answer, passage), " "); got != tt.want {
			t.Errorf("grounded(%q) = %q, want %q", tt.answer, got, tt.want)
		}
	}
	if got := grounded("1,234.50", "1234.5"); len(got) != 0 {
		t.Errorf("1,234.50 and 1234.5: %q", got)
	}
}
