package answer

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/retrieval"
)

// PathConjunct answers a conjunctive list question (retrieval.Conjuncts): one topic list per
// part, and the reports where every part holds.
const PathConjunct = "conjunct"

// partList is one part's list answer: the part's topic, its answer and the reports it lists.
type partList struct {
	topic  string
	ans    *Answer
	listed map[int]Listed // by report ordinal: the matches (not near misses)
	order  []int
}

// askConjunct answers "which reports speak of both X and Y": each part is asked as a plain
// list question, decided per report as any list is, and a report is listed only when every part
// holds in it, with the passage that holds each part. Reports where only some parts hold are
// named as near misses; when no report holds all, the answer declines and says which reports
// hold each part.
func (s *Service) askConjunct(ctx context.Context, st *stage, ix *retrieval.Index, req Request, parts []string, tr *Trace) (*Answer, string, retrieval.Result, error) {
	var (
		lists   []partList
		all     retrieval.Result
		checked int
	)
	for _, q := range parts {
		// Each part is a question of its own: the model's rewrite (when there is one) reads the
		// part, not the whole question, and the thread's history does not reach into it.
		sub := req
		sub.Question, sub.History, sub.ListAll = q, nil, true
		ans, _, res, err := s.answerOne(ctx, st, ix, sub, q, tr)
		if err != nil {
			return nil, "", retrieval.Result{}, err
		}
		all.Facts = append(all.Facts, res.Facts...)
		checked = max(checked, res.Checked)
		pl := partList{topic: conjunctTopic(q), ans: ans, listed: map[int]Listed{}}
		if ans.Grounded {
			for _, l := range ans.Listed {
				if !l.Near && l.Cite > 0 {
					if _, dup := pl.listed[l.Report]; !dup {
						pl.listed[l.Report] = l
						pl.order = append(pl.order, l.Report)
					}
				}
			}
		}
		lists = append(lists, pl)
	}
	out := &Answer{Lang: lists[0].ans.Lang, Mode: ModeExtractive, listAll: req.ListAll}
	zhLang := out.Lang == "zh"
	var both []int
	for _, r := range lists[0].order {
		if !slices.ContainsFunc(lists[1:], func(pl partList) bool { _, ok := pl.listed[r]; return !ok }) {
			both = append(both, r)
		}
	}
	slices.Sort(both)
	topics := make([]string, len(lists))
	for i, pl := range lists {
		topics[i] = pl.topic
	}
	var lines []string
	for _, r := range both {
		var held []string
		label := ""
		for _, pl := range lists {
			l := pl.listed[r]
			c := pl.ans.Citations[l.Cite-1]
			n := len(out.Citations) + 1
			c.N = n
			out.Citations = append(out.Citations, c)
			if label == "" {
				label = listedLabel(pl.ans.Text, l)
				out.Listed = append(out.Listed, Listed{Source: l.Source, Report: r, Entity: l.Entity, Cite: n})
			}
			if zhLang {
				held = append(held, fmt.Sprintf("%s:“%s”[%d]", pl.topic, shortQuote(c), n))
			} else {
				held = append(held, fmt.Sprintf("%s: “%s” [%d]", pl.topic, shortQuote(c), n))
			}
		}
		sep := "; "
		if zhLang {
			sep = ";"
		}
		lines = append(lines, "• "+label+": "+strings.Join(held, sep))
	}
	out.Grounded = len(both) > 0
	var b strings.Builder
	joined := strings.Join(topics, " and ")
	if zhLang {
		joined = strings.Join(topics, "和")
	}
	switch {
	case zhLang && out.Grounded:
		fmt.Fprintf(&b, "同时谈到%s的报告(共查%s份报告,其中%s份):\n%s", joined, zhCount(checked), zhCount(len(both)), strings.Join(lines, "\n"))
	case zhLang:
		fmt.Fprintf(&b, "所查的%s份报告中,没有一份同时谈到%s。", zhCount(checked), joined)
	case out.Grounded:
		fmt.Fprintf(&b, "Reports that speak of both %s (%s of %s reports checked):\n%s", joined, enCount(len(both)), enCount(checked), strings.Join(lines, "\n"))
	default:
		fmt.Fprintf(&b, "None of the %s reports checked speaks of both %s.", enCount(checked), joined)
	}
	// Near misses: the reports where only some parts hold, by part.
	for _, pl := range lists {
		var only []string
		for _, r := range pl.order {
			if !slices.Contains(both, r) {
				only = append(only, listedLabel(pl.ans.Text, pl.listed[r]))
			}
		}
		if len(only) == 0 {
			continue
		}
		if zhLang {
			fmt.Fprintf(&b, "\n只谈到%s:%s。", pl.topic, strings.Join(only, "、"))
		} else {
			fmt.Fprintf(&b, "\nOnly %s: %s.", pl.topic, strings.Join(only, "; "))
		}
	}
	if !out.Grounded {
		// A decline cites the closest passages: each part's best.
		for _, pl := range lists {
			for _, c := range pl.ans.Citations[:min(len(pl.ans.Citations), max(1, req.K/len(lists)))] {
				c.N = len(out.Citations) + 1
				out.Citations = append(out.Citations, c)
			}
		}
	}
	out.Text = b.String()
	tr.step(PathConjunct, fmt.Sprintf("%d parts, %d reports hold all", len(lists), len(both)))
	return out, PathConjunct, all, nil
}

// conjunctTopic is the topic of a part's list question ("哪些报告提到了X?" → X).
func conjunctTopic(q string) string {
	q = strings.TrimSuffix(q, "?")
	q = strings.TrimPrefix(q, "哪些报告提到了")
	return strings.TrimPrefix(q, "Which reports mention ")
}

// listedLabel is how a part's answer names a listed report (the text of its line up to the
// colon), or the report's entity when no line names it.
func listedLabel(text string, l Listed) string {
	mark := fmt.Sprintf("[%d]", l.Cite)
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "• ") || !strings.Contains(line, mark) {
			continue
		}
		line = strings.TrimPrefix(line, "• ")
		if i := strings.IndexAny(line, ":："); i > 0 {
			return line[:i]
		}
	}
	if l.Entity != "" {
		return l.Entity
	}
	return fmt.Sprintf("report %d", l.Report)
}

// shortQuote is a citation's quoted sentence, or its passage when it has none (verbatim either
// way: the verifier holds every quote to its passage).
func shortQuote(c Citation) string {
	if c.Quote != "" {
		return c.Quote
	}
	return c.Text
}
