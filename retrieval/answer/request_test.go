package answer

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAsksPrivate: requests no work report answers are recognised whatever place they name;
// questions about the reports that share their words (applied for, 怎么打响品牌, 饭 in 长者食堂)
// are not.
func TestAsksPrivate(t *testing.T) {
	for _, q := range []string{
		"Can you recommend a good hotpot place near Sanlitun?",
		"Can you recommend a nice homestay in Shacheng for a weekend by the sea?",
		"柳州螺蛳粉怎么煮才正宗?",
		"盘锦河蟹怎么蒸才好吃?",
		"从上海去黎里古镇怎么坐车最方便?",
		"盛泽镇哪家饭店的菜最好吃?",
		"What's the weather usually like in Shengze in April?",
		"How do I apply for a start-up loan in Huigou?",
		"How do I get to Lili ancient town from Shanghai?",
		"我想在岱西镇开民宿,能赚钱吗?",
		"从盛泽镇去黎里古镇怎么走?",
		"Where can I stay cheaply in Lili?",
		"我想知道怎么申请创业贷款", // the lead-in cut, the how-to stays personal advice
	} {
		if _, ok := asksPrivate(q); !ok {
			t.Errorf("%s: not recognised as a private request", q)
		}
	}
	for _, q := range []string{
		"How much in start-up loans was applied for in Huigou?",
		"What did Shacheng do to improve its homestays?",
		"盘锦那个区打算怎么打响盘锦河蟹的牌子?",
		"How does the Beijing district plan to build up the Sanlitun area?",
		"岱西镇建了几个长者食堂?",
		"Which reports mention weather disaster prevention?",
		// the asker's wish to know or see is a lead-in, not a request for advice
		"我想知道xx区去年地区生产总值是多少",
		"我想了解一下xx区的招商引资情况",
		"我想看看盛泽镇的财政收入",
		"我想请问黎里镇去年地区生产总值是多少",
		"Can I see how much fixed-asset investment grew?",
		"How can I find the GDP growth rate in the reports?",
		"Where can I read about Lili's plans for the ancient town?",
		// 做法 is a practice, 怎么走 a way forward, 怎么去 before a verb a manner
		"在招商引资方面有哪些好的做法？",
		"黎里镇乡村振兴下一步怎么走?",
		"盛泽镇打算怎么去推进纺织产业转型?",
	} {
		if r, ok := asksPrivate(q); ok {
			t.Errorf("%s: taken for a request for %s", q, r.en)
		}
	}
}

// TestAsksPrivateSpareAnswerable: no question of the eval sets that the reports answer is
// taken for a private request.
func TestAsksPrivateSpareAnswerable(t *testing.T) {
	files, _ := filepath.Glob("../../data/eval/*.jsonl")
	if len(files) == 0 {
		t.Skip("no eval sets")
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var q struct{ ID, Type, Q string }
			if json.Unmarshal(sc.Bytes(), &q) != nil || q.Type == "none" || strings.TrimSpace(q.Q) == "" {
				continue
			}
			if r, ok := asksPrivate(q.Q); ok {
				t.Errorf("%s %s: %s taken for a request for %s", filepath.Base(f), q.ID, q.Q, r.en)
			}
		}
		fh.Close()
	}
}
