package answer

import (
	"fmt"
	"strconv"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// frameOnlyText says, for a lookup whose report states the asked thing only in the other time
// frame (retrieval.Result.OtherFrameOnly), so, naming the report with the years of both frames and
// quoting the sentence that states it: "The report of Lili town (黎里镇) states this only as a
// target for 2023, not as a result for 2023: “…” [2]". The years come from the report's profile,
// so that a report reviewing 2023 and planning 2024 says so. "" when the report may state it in
// the asked frame.
func frameOnlyText(a retrieval.Plan, res retrieval.Result, ans *Answer) string {
	fo, ok := res.OtherFrameOnly(a)
	if !ok {
		return ""
	}
	r, quote, ref := quoteSentence(ans, res, fo.Chunk, fo.Sentence)
	label, stated, asked := frameWords(a.Lang, r, fo.Frame)
	if a.Lang == "zh" {
		return label + "的报告只给出" + stated + ",没有" + asked + ":" + quote + ref
	}
	return "The report of " + label + " states this only as " + stated + ", not as " + asked + ": " + quote + " " + ref
}

// frameWords names a report (reportLabel) and, for a time frame it states something in, that
// frame and the other with the years the report's profile gives them: "2024年的目标" and
// "2023年的完成情况"; "a target for 2024" and "a result for 2023"; the year only with the frame
// stated when both frames are one year.
func frameWords(lang string, r corpus.Report, frame string) (label, stated, other string) {
	review, plan := retrieval.FrameYears(r)
	target, result := fmt.Sprintf("a target for %d", plan), fmt.Sprintf("a result for %d", review)
	if lang == "zh" {
		target, result = fmt.Sprintf("%d年的目标", plan), fmt.Sprintf("%d年的完成情况", review)
	}
	if review == plan {
		// One year for both frames (a year-end report, or a profile that names one year): the
		// year said twice would make "a target for 2023, not a result for 2023" read as a
		// contradiction, so only the frame stated carries it.
		if frame == corpus.KindActual {
			target = "a target"
			if lang == "zh" {
				target = "目标"
			}
		} else {
			result = "a result"
			if lang == "zh" {
				result = "完成情况"
			}
		}
	}
	if frame == corpus.KindActual {
		return reportLabel(r, lang), result, target
	}
	return reportLabel(r, lang), target, result
}

// citeQuote returns the number of the answer's citation of a passage, citing it as the next one
// when the answer does not yet, with the quote shown under it when it has none.
func citeQuote(ans *Answer, chunk corpus.Chunk, quote string) int {
	n := 0
	for _, cit := range ans.Citations {
		if cit.ChunkID == chunk.ID {
			n = cit.N
		}
	}
	if n == 0 {
		n = len(ans.Citations) + 1
		ans.Citations = append(ans.Citations, citation(n, retrieval.Hit{Chunk: chunk}))
	}
	if ans.Citations[n-1].Quote == "" {
		ans.Citations[n-1].Quote = quote
	}
	return n
}

// quoteSentence cites a sentence of a passage for an answer that quotes it, shown under the
// citation whatever was chosen before, and returns the report it is from, the sentence in
// quotation marks and its reference: “…” and [2].
func quoteSentence(ans *Answer, res retrieval.Result, chunk corpus.Chunk, sentence string) (r corpus.Report, quote, ref string) {
	n := citeQuote(ans, chunk, sentence)
	ans.Citations[n-1].Quote = sentence
	r, _ = res.Report(chunk.Key())
	return r, "“" + sentence + "”", "[" + strconv.Itoa(n) + "]"
}
