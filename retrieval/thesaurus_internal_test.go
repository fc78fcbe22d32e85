package retrieval

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/zh/thesaurus"
)

func testThesaurus(t *testing.T) *thesaurus.Thesaurus {
	t.Helper()
	th, err := thesaurus.Parse("摄像头 > 视频监控探头\n体检 = 查体\n实事 > 民生实事\n防盗 > 安防\n老小区 > 老旧小区\n翻新 > 改造\n")
	if err != nil {
		t.Fatal(err)
	}
	return th
}

// TestRephrasedRun: a question run no report writes is the asker's word for the evidence's only
// where the evidence writes the thesaurus's report word for it, and only for a run within the
// word.
func TestRephrasedRun(t *testing.T) {
	th := testThesaurus(t)
	for _, c := range []struct {
		term, run, evidence string
		want                bool
	}{
		{"新装了多少个治安摄像头", "摄像头", "新增社会治安视频监控探头170个", true},
		{"免费体检", "体检", "提供免费查体服务", true},
		{"免费体检", "体检", "提供免费健康咨询服务", false},     // the evidence writes no word for it
		{"防盗门", "防盗门", "智能化安防改造6个", false},      // a thing of its own around the word
		{"摄像头支架", "摄像头支架", "视频监控探头170个", false}, // a thing of its own around the word
		{"健身器材", "健身器材", "视频监控探头170个", false},   // no thesaurus word at all
	} {
		if got := rephrasedRun(th, c.term, c.run, c.evidence); got != c.want {
			t.Errorf("rephrasedRun(%s, %s, %s) = %v, want %v", c.term, c.run, c.evidence, got, c.want)
		}
	}
}

// TestRewordings: each thesaurus word reworded alone and all at once; a word the term already
// writes in the reports' form (实事 of 民生实事) is not the asker's.
func TestRewordings(t *testing.T) {
	th := testThesaurus(t)
	got := rewordings(th, "翻新老小区")
	for _, w := range []string{"改造老小区", "翻新老旧小区", "改造老旧小区"} {
		if !slices.Contains(got, w) {
			t.Errorf("rewordings(翻新老小区) = %v, want %s", got, w)
		}
	}
	if got := rewordings(th, "民生实事的件数"); len(got) != 0 {
		t.Errorf("rewordings(民生实事的件数) = %v, want none", got)
	}
}

// TestThesaurusAnswers: a Chinese question in everyday words (体检, 摄像头, 翻新 老小区, 招来)
// finds the report's sentence in its formal words and leaves no subject unmet; an everyday word
// for something no report holds (健身器材, 流浪猫狗) is still a subject the reports never
// mention.
func TestThesaurusAnswers(t *testing.T) {
	ix := bundledIndex(t)
	subjectUnmet := func(res Result) []string {
		var out []string
		for _, c := range res.Constraints {
			if c.Kind == ConstraintSubject && !c.Met {
				out = append(out, c.Value)
			}
		}
		return out
	}
	for _, c := range []struct{ q, want string }{
		{"齐都镇去年给多少老人做了免费体检?", "免费查体"},
		{"宁德沙埕去年新装了多少个治安摄像头?", "视频监控探头170个"},
		{"盘锦xx区今年准备翻新几个老小区?", "13个老旧小区"},
		{"岱西镇去年招来了几家石化配套的企业?", "引进石化配套企业1家"},
		// The paraphrase sweep (data/eval/para-zh.jsonl): the reports' words for 城里人, 违建,
		// 留抵税款 are 城镇居民, 违章搭建, 留抵退税.
		{"盘锦那个区去年城里人人均收入是多少?", "城镇居民人均可支配收入完成30532元"},
		{"沙埕镇去年拆了多少宗违建?", "拆除违章搭建13宗"},
		{"北京那个区去年给企业退了多少留抵税款?", "完成留抵退税206.6亿元"},
	} {
		res, err := ix.Search(context.Background(), Analyze(c.q, ix), 5)
		if err != nil {
			t.Fatal(err)
		}
		if res.Best == nil || !strings.Contains(res.Best.Sentence, c.want) {
			t.Errorf("%s: best = %+v, want the sentence of %s", c.q, res.Best, c.want)
			continue
		}
		if u := subjectUnmet(res); len(u) > 0 {
			t.Errorf("%s: subjects unmet %v", c.q, u)
		}
	}
	for _, q := range []string{"柳州那个区去年装了多少套健身器材?", "岱西镇去年给多少只流浪猫狗做了绝育?"} {
		res, err := ix.Search(context.Background(), Analyze(q, ix), 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(subjectUnmet(res)) == 0 {
			t.Errorf("%s: no subject unmet; the reports hold no such thing", q)
		}
	}
}

// TestThesaurusCovers: the chosen sentence covers a question term that it writes in the
// reports' words (追回 as 清欠, 欠薪 as 讨薪): the answer is not thin for the asker's wording.
func TestThesaurusCovers(t *testing.T) {
	ix := bundledIndex(t)
	res, err := ix.Search(context.Background(), Analyze("盘锦那个区帮农民工追回了多少欠薪?", ix), 5)
	if err != nil {
		t.Fatal(err)
	}
	if res.Best == nil || !strings.Contains(res.Best.Sentence, "清欠讨薪3741余万元") {
		t.Fatalf("best = %+v; want the sentence of 清欠讨薪3741余万元", res.Best)
	}
	if res.Best.Coverage < 0.35 { // the answer's groundedCoverage
		t.Errorf("coverage = %.2f; want the terms covered in the report's words", res.Best.Coverage)
	}
}

// TestThesaurusSearches: the passages are searched for the reports' words of the asker's (体检
// as 查体), below the asker's own.
func TestThesaurusSearches(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("齐都镇去年给多少老人做了免费体检?", ix)
	q := ix.lexicalQuery(p)
	if q["查体"] == 0 || q["查体"] >= q["体检"] {
		t.Errorf("query 查体 %.2f, 体检 %.2f; want 查体 searched below 体检", q["查体"], q["体检"])
	}
}

// TestWhenIsNoSubject: "the time when" (冬奥会的时候) asks when, it names nothing the reports
// would write; the event itself stays a subject.
func TestWhenIsNoSubject(t *testing.T) {
	ix := bundledIndex(t)
	res, err := ix.Search(context.Background(), Analyze("冬奥会的时候北京那个区负责了几个交通站点的服务保障?", ix), 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Constraints {
		if c.Kind == ConstraintSubject && !c.Met {
			t.Errorf("subject %s unmet", c.Value)
		}
	}
}

// TestSubjectInAskersWords: a Chinese term in the asker's words (人才住房) is the question's
// subject where the reports write their word for it (人才公寓), not the verb beside it (新建),
// so the target it states (新增人才公寓1300套) is not taken for unstated.
func TestSubjectInAskersWords(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("盛泽镇今年打算新建多少套人才住房?", ix)
	subject, _, ok := ix.subjectTermIn(p, nil)
	if !ok || subject.From != "人才住房" || !slices.Contains(subject.Variants, "人才公寓") {
		t.Errorf("subject = %+v, %v; want 人才住房 with 人才公寓 among its wordings", subject, ok)
	}
	res, err := ix.Search(context.Background(), p, 5)
	if err != nil {
		t.Fatal(err)
	}
	if u, unstated := res.FigureUnstated(p); unstated {
		t.Errorf("FigureUnstated = %+v; want the 1300套 target stated", u)
	}
}
