package num

import (
	"math"
	"strconv"
	"strings"
)

// English renders text, one figure as Parse reads it, for an English reader: 47亿元 → "4.7
// billion yuan", 1.6万套 → "16,000 units", 10%左右 → "about 10%". ok is false when text is not
// one figure.
func English(text string) (string, bool) {
	v, err := Parse(text)
	if err != nil {
		return "", false
	}
	return v.English(), true
}

// English renders the figure in English with its qualifiers (余/多/以上 → "more than",
// 左右 → "about", 以内 → "within", 以下 → "below"): 47亿元 → "4.7 billion yuan", 31.81亿元 →
// "3.181 billion yuan", 5000万美元 → "US$50 million", 1.6万套 → "16,000 units", 1.4万人 →
// "14,000 people", 226家 → "226 enterprises", 12个项目 → "12 projects", 12个 → "12", 1.2万亩 →
// "12,000 mu", 1.2个百分点 → "1.2 percentage points", 第一名 → "first place". Amounts of a
// million or more are written in millions, billions or trillions; no digit is rounded away
// beyond float noise.
func (v Value) English() string {
	var words []string
	if v.Approx {
		words = append(words, "more than")
	}
	if q, ok := QualifierEnglish(v.Qualifier); ok && v.Qualifier != "" && (!v.Approx || q != "more than" && q != "at least") {
		words = append(words, q)
	}
	return strings.Join(append(words, v.figure()), " ")
}

// Gloss is the English figure followed by the original in brackets when they differ:
// "16,000 units (1.6万套)".
func (v Value) Gloss() string {
	e := v.English()
	orig := v.Text
	if v.Noun != "" && !v.Ordinal {
		orig += v.Noun
	}
	if v.Qualifier != "" {
		orig += v.Qualifier
	}
	if v.Form == FormEnglish || strings.EqualFold(e, orig) {
		return e
	}
	return e + " (" + orig + ")"
}

// figure is the English number and unit without qualifiers.
func (v Value) figure() string {
	amt := v.Amount()
	u := v.unit()
	if v.Ordinal {
		ord := ordinal(amt)
		switch {
		case v.Unit == "名" || v.Unit == "位":
			return ord + " place"
		case v.Noun != "":
			return ord + " " + zhNouns[v.Noun].one
		}
		return ord
	}
	switch u.dim {
	case DimPct:
		return Format(amt) + "%"
	case DimUSD:
		return "US$" + big(amt)
	case DimNone:
		switch {
		case v.Multiplier != "":
			return big(amt)
		case v.Year():
			return strconv.FormatFloat(amt, 'f', -1, 64)
		}
		return Format(amt)
	}
	one, many := u.one, u.many
	if n, ok := zhNouns[v.Noun]; ok && v.Noun != "" {
		one, many = n.one, n.many
	}
	if many == "" {
		return big(amt)
	}
	if amt == 1 {
		return "1 " + one
	}
	return big(amt) + " " + many
}

// big writes an amount in millions, billions or trillions from a million up.
func big(x float64) string {
	a := math.Abs(x)
	switch {
	case a >= 1e12:
		return Format(x/1e12) + " trillion"
	case a >= 1e9:
		return Format(x/1e9) + " billion"
	case a >= 1e6:
		return Format(x/1e6) + " million"
	}
	return Format(x)
}

// Format writes x in English digits with thousands separators and without float noise:
// 16000 → "16,000", 3.1810000000000005 → "3.181", 0.5 → "0.5".
func Format(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	s := strconv.FormatFloat(roundSig(x), 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	if len(intPart) > 3 {
		var b strings.Builder
		for k, c := range intPart {
			if k > 0 && (len(intPart)-k)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(c)
		}
		intPart = b.String()
	}
	if frac != "" {
		return sign + intPart + "." + frac
	}
	return sign + intPart
}

// roundSig rounds x to 12 significant digits, which removes the noise of scaling (47×1e8/1e9)
// and keeps every digit a report writes.
func roundSig(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	f, err := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 12, 64), 64)
	if err != nil {
		return x
	}
	return f
}

var ordinals = []string{"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}

// ordinal writes n as an English ordinal: first … tenth, then 11th, 22nd, 103rd.
func ordinal(n float64) string {
	if n != math.Trunc(n) || n < 0 || n > 1e15 {
		return Format(n) + "th"
	}
	i := int64(n)
	if i < int64(len(ordinals)) {
		return ordinals[i]
	}
	suffix := "th"
	if i%100 < 11 || i%100 > 13 {
		switch i % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return Format(n) + suffix
}

// qualifierEnglish maps Chinese qualifiers of a figure, written before it (约, 超过, 力争) or
// after it (左右, 以上), to the English put before the figure.
var qualifierEnglish = map[string]string{
	"左右": "about", "约": "about", "大约": "about", "约为": "about",
	"近": "nearly", "接近": "nearly", "将近": "nearly",
	"以上": "more than", "超过": "more than", "超": "more than", "逾": "more than", "突破": "more than",
	"余": "more than", "多": "more than",
	"不少于": "at least", "不低于": "at least", "至少": "at least",
	"以内": "within", "不超过": "at most", "不高于": "at most", "最多": "at most",
	"以下": "below", "低于": "below",
	"力争": "strive for", "争取": "strive for", "确保": "ensure",
}

// QualifierEnglish returns the English, written before the figure, for a Chinese qualifier
// of a figure: 左右 → "about", 以上 → "more than", 不低于 → "at least", 以内 → "within", 以下 →
// "below", 力争 → "strive for", 确保 → "ensure". ok is false for an unknown word.
//
// 以上 renders "more than" (增长7%以上 → "more than 7%", 新增就业5300人以上 → "more than 5,300"),
// as the official English versions of government work reports render it and as readers write
// it; the words that name a floor, 不低于/不少于/至少, keep "at least".
func QualifierEnglish(q string) (string, bool) {
	e, ok := qualifierEnglish[q]
	return e, ok
}

// Equivalent reports whether a and b state the same quantity: the same amount in base units
// (to float precision) in compatible units. "4.7 billion yuan" ≡ 47亿元, "16,000 units" ≡
// 1.6万套, "1.2 percentage points" ≡ 1.2个百分点, "14,000" ≡ 1.4万人. A bare number is compatible
// with any unit but % and percentage points; counts of different kinds (people, households)
// are not equivalent, a generic measure word (个) matches any count.
func Equivalent(a, b Value) bool {
	if a.Ordinal != b.Ordinal || !sameAmount(a.Amount(), b.Amount()) {
		return false
	}
	da, db := a.Dim(), b.Dim()
	switch {
	case da == db && da == DimCount:
		ca, cb := a.Class(), b.Class()
		return ca == "" || cb == "" || ca == cb
	case da == db:
		return true
	case da == DimNone || db == DimNone:
		other := da + db
		return other != DimPct && other != DimPoints
	case da == DimTimes && db == DimCount:
		return b.Class() == "times"
	case db == DimTimes && da == DimCount:
		return a.Class() == "times"
	}
	return false
}

func sameAmount(x, y float64) bool {
	return x == y || math.Abs(x-y) <= 1e-9*math.Max(math.Abs(x), math.Abs(y))
}
