package retrieval

import (
	"iter"
	"strings"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// Growth asked of an indicator: "By how much did retail sales grow last year?" is answered only
// by a rate of change of that indicator. A report that states its level alone (社会消费品零售总额
// 172.59亿元;) does not state its growth, though a rate of another indicator follows in the same
// sentence (…;城镇居民人均可支配收入51796元,同比增长2.7%;).

// segmentMarks end the part of a sentence that speaks of one indicator: a list of indicators is
// separated by semicolons, while one indicator's level and growth are joined by a comma
// (一般公共预算收入完成8.5亿元,同比下降16.5%).
const segmentMarks = ";；。!?！？"

// growthBeside reports whether a sentence states a percentage in the part of it that speaks of
// one of wordings: from the wording to the next semicolon or full stop.
func growthBeside(sent string, wordings []string) bool {
	norm := zh.Normalize(sent)
	for _, at := range wordingsIn(norm, wordings) {
		end := len(norm)
		if j := strings.IndexAny(norm[at:], segmentMarks); j >= 0 {
			end = at + j
		}
		for _, v := range figures(norm[at:end]) {
			if v.Dim() == num.DimPct {
				return true
			}
		}
	}
	return false
}

// wordingsIn yields where each occurrence of each of wordings starts and ends in the
// normalised text norm, wording by wording, left to right.
func wordingsIn(norm string, wordings []string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for _, w := range wordings {
			w = zh.Normalize(w)
			for at := 0; w != "" && at < len(norm); {
				i := strings.Index(norm[at:], w)
				if i < 0 {
					break
				}
				i += at
				at = i + len(w)
				if !yield(i, at) {
					return
				}
			}
		}
	}
}
