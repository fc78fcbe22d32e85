package answer

import "github.com/reportbot/reportbot/retrieval"

// declineOtherKind declines a how-many lookup whose quote counts the asked noun's head only as
// another kind (retrieval.OtherKind): 绿色工厂增至7家 for "zero-carbon factories", 村级公园3处
// for 体育公园. Stating that figure would answer a sibling question; the answer says the asked
// kind has no number and quotes what the report does count.
func declineOtherKind(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if path != PathLookup || res.Best == nil {
		return path
	}
	texts := make([]string, 0, len(res.Hits))
	for _, h := range res.Hits {
		texts = append(texts, h.Chunk.Text)
	}
	asked, ok := retrieval.OtherKindRendered(a, res.Lexicon, res.Best.Quote, texts)
	if !ok {
		return path
	}
	return decline(a, ans, otherKindText(a, res, asked))
}

// otherKindText says that the reports in scope give no number of the asked kind and quotes the
// count of another kind the best sentence states: "The report of Lili town (黎里镇) gives no
// number of zero-carbon factories; what it counts: “…绿色工厂增至7家…” [1]".
func otherKindText(a retrieval.Plan, res retrieval.Result, asked string) string {
	quote := "“" + res.Best.Quote + "”[1]"
	if a.Lang == "zh" {
		return noFigureText(a, res, asked) + "报告统计的是别的一类:" + quote
	}
	text := noFigureText(a, res, asked)
	return text[:len(text)-1] + "; what it counts is another kind: " + quote
}
