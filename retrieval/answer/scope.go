package answer

import (
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/retrieval"
)

// PathCandidates is the compose path for a question about a name several places share: the
// candidates with city and province, each with its own best evidence.
const PathCandidates = "candidates"

// composeCandidates answers a question about one place whose name several places in the
// reports share (and that the question does not tell apart by city, province or year): it lists
// every candidate with its city, province and year and, where its report has one, the sentence
// that would answer, and asks which is meant. It returns false when the plan is not ambiguous.
func composeCandidates(a retrieval.Plan, res retrieval.Result, k int, ans *Answer) bool {
	cands := res.Selection.Candidates
	if len(cands) < 2 {
		return false
	}
	evidence := map[corpus.ReportKey]retrieval.Evidence{}
	for _, e := range res.Topic {
		evidence[e.Hit.Chunk.Key()] = e
	}
	var lines []string
	name := ""
	for _, key := range cands {
		r, ok := res.Report(key)
		if !ok {
			continue
		}
		name = r.Entity
		line := "• " + placeWhere(r, a.Lang)
		listed := Listed{Source: r.Source, Report: r.Report, Entity: r.Entity}
		if e, ok := evidence[key]; ok {
			n := len(ans.Citations) + 1
			c := citation(n, e.Hit)
			c.Quote = e.Quote
			ans.Citations = append(ans.Citations, c)
			listed.Cite = n
			sep := ": "
			if a.Lang == "zh" {
				sep = ":"
			}
			line += sep + "“" + e.Quote + "” [" + strconv.Itoa(n) + "]"
		} else if a.Lang == "zh" {
			line += ":报告中没有找到相关内容"
		} else {
			line += ": nothing on this in its report"
		}
		ans.Listed = append(ans.Listed, listed)
		lines = append(lines, line)
	}
	if len(lines) < 2 {
		ans.Listed = nil
		ans.Citations = nil
		return false
	}
	seen := map[string]bool{}
	for _, c := range ans.Citations {
		seen[c.ChunkID] = true
	}
	for _, h := range res.Hits {
		if len(ans.Citations) >= k {
			break
		}
		if !seen[h.Chunk.ID] {
			seen[h.Chunk.ID] = true
			ans.Citations = append(ans.Citations, citation(len(ans.Citations)+1, h))
		}
	}
	ans.Grounded = len(ans.Citations) > 0
	if a.Lang == "zh" {
		ans.Text = "报告中有" + strconv.Itoa(len(lines)) + "个地方叫" + name + ",请注明所在城市或省份:\n" + strings.Join(lines, "\n")
	} else {
		ans.Text = strconv.Itoa(len(lines)) + " places in the reports are called " + capitalize(places.PinyinBase(name)) + " (" + name +
			"); name the city or province to ask about one:\n" + strings.Join(lines, "\n")
	}
	return true
}

// placeWhere names a report's place with its city, province and year: "昌君镇(资阳市,四川省,2023年)"
// or "Changjun town (昌君镇), Ziyang (资阳市), Sichuan (四川省), 2023 report".
func placeWhere(r corpus.Report, lang string) string {
	if lang == "zh" {
		var in []string
		for _, p := range []string{r.City, r.Province} {
			if p != "" && p != r.Entity {
				in = append(in, p)
			}
		}
		if r.Year > 0 {
			in = append(in, strconv.Itoa(r.Year)+"年")
		}
		return r.Entity + "(" + strings.Join(in, ",") + ")"
	}
	parts := []string{reportLabel(r, lang)}
	for _, p := range []string{r.City, r.Province} {
		if p != "" && p != r.Entity {
			parts = append(parts, capitalize(places.PinyinBase(p))+" ("+p+")")
		}
	}
	s := strings.Join(parts, ", ")
	if r.Year > 0 {
		s += ", " + strconv.Itoa(r.Year) + " report"
	}
	return s
}

// selectionNote says which of a place's reports answered when the question named no year:
// "From the 2023 report; the reports of 2020, 2021 and 2022 also exist: name a year to ask about
// one of them."
func selectionNote(lang string, sel retrieval.Selection) string {
	if sel.Year == 0 || len(sel.OtherYears) == 0 {
		return ""
	}
	years := make([]string, len(sel.OtherYears))
	for i, y := range sel.OtherYears {
		years[i] = strconv.Itoa(y)
	}
	if lang == "zh" {
		return "以下依据" + strconv.Itoa(sel.Year) + "年的报告;另有" + strings.Join(years, "、") + "年的报告,可在问题中注明年份。"
	}
	list := years[0]
	if n := len(years); n > 1 {
		list = strings.Join(years[:n-1], ", ") + " and " + years[n-1]
	}
	return "From the " + strconv.Itoa(sel.Year) + " report; the reports of " + list + " also exist: name a year to ask about one of them."
}
