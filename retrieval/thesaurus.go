package retrieval

import (
	"fmt"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/internal/zh/thesaurus"
)

// Thesaurus: the asker's everyday word for what the reports write formally (翻新 for 改造, 老小区
// for 老旧小区, 摄像头 for 视频监控探头, 体检 for 查体), read from the reviewed thesaurus
// (internal/zh/thesaurus), which CC-CEDICT's senses do not reach (pivot.go). One mechanism
// serves three places: a question word no report writes is no missing subject when the quoted
// evidence writes the reports' word for it (missingSubjects); the sentence that writes the
// reports' word covers the question's term (newScorer); and the passages are searched for the
// reports' word too (lexicalQuery). The test is always the evidence: an everyday word for
// something no report holds (健身器材) still finds no word of it and declines.

// thesaurusErr is the error of parsing the embedded thesaurus: a search fails where it does not
// load, as it does where CC-CEDICT does not (senseIndexErr).
func thesaurusErr() error {
	if _, err := thesaurus.Default(); err != nil {
		return fmt.Errorf("retrieval: read the Chinese thesaurus: %w", err)
	}
	return nil
}

// zhThesaurus returns the embedded thesaurus (nil where it did not load: thesaurusErr has
// stopped the search before).
func zhThesaurus() *thesaurus.Thesaurus {
	th, _ := thesaurus.Default()
	return th
}

// thesaurusShare is the weight of a thesaurus rewording in the passage query, as a share of the
// question term's: the asker's word is still the likelier wording.
const thesaurusShare = 0.8

// rewordings returns the term reworded with the reports' words for its thesaurus words, one
// word at a time (翻新老小区 → 改造老小区, 翻新老旧小区) and, where it has several, each with its
// first report's word (改造老旧小区).
func rewordings(th *thesaurus.Thesaurus, term string) []string {
	var out []string
	ms := slices.DeleteFunc(th.Find(term), func(m thesaurus.Match) bool { return writesReports(term, m) })
	for _, m := range ms {
		for _, a := range m.Alternatives {
			if r := term[:m.At] + a + term[m.End:]; !slices.Contains(out, r) {
				out = append(out, r)
			}
		}
	}
	if len(ms) > 1 {
		var b strings.Builder
		at := 0
		for _, m := range ms {
			b.WriteString(term[at:m.At])
			b.WriteString(m.Alternatives[0])
			at = m.End
		}
		b.WriteString(term[at:])
		if r := b.String(); !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// withRewordings returns the term with its thesaurus rewordings among its wordings (人才住房:
// 人才住房, 人才公寓): a sentence that writes the reports' word holds the term.
func withRewordings(t Term) Term {
	rs := rewordings(zhThesaurus(), t.From)
	if len(rs) == 0 {
		return t
	}
	vs := slices.Clone(t.Variants)
	for _, r := range rs {
		if !slices.Contains(vs, r) {
			vs = append(vs, r)
		}
	}
	t.Variants = vs
	return t
}

// writesReports reports whether the term already writes, around its thesaurus word m, one of the
// reports' words for it (实事 in 民生实事): the word is then part of the reports' own, not the
// asker's.
func writesReports(term string, m thesaurus.Match) bool {
	return slices.ContainsFunc(m.Alternatives, func(a string) bool {
		for i := strings.Index(a, m.Word); i >= 0; {
			if at := m.At - i; at >= 0 && strings.HasPrefix(term[at:], a) {
				return true
			}
			j := strings.Index(a[i+1:], m.Word)
			if j < 0 {
				break
			}
			i += 1 + j
		}
		return false
	})
}

// rephrasedRun reports whether run, a run of the question term that no report writes, is the
// asker's word for a word the evidence holds: it lies within a thesaurus word of the term one of
// whose reports' words the evidence writes. A run that reaches beyond the word is a thing of its
// own (防盗门 beside 防盗 "anti-theft" for the reports' 安防 "security").
func rephrasedRun(th *thesaurus.Thesaurus, term, run, evidence string) bool {
	term = dropLocatives(zh.Normalize(term))
	at := strings.Index(term, run)
	if at < 0 || evidence == "" {
		return false
	}
	end := at + len(run)
	for _, m := range th.Find(term) {
		if m.At <= at && m.End >= end && slices.ContainsFunc(m.Alternatives, func(a string) bool { return strings.Contains(evidence, a) }) {
			return true
		}
	}
	return false
}
