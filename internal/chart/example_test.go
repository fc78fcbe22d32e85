package chart_test

import (
	"fmt"

	"github.com/reportbot/reportbot/internal/chart"
	"github.com/reportbot/reportbot/internal/corpus"
)

// An aggregate answer's facts become a chart: the facts of one indicator, the report profiles,
// and — when the question named a number — which facts match it and the threshold.
func ExampleFromFacts() {
	target := func(report int, entity string, v float64, text, qual string) corpus.Fact {
		return corpus.Fact{Source: "r.txt", Report: report, Entity: entity, Indicator: "一般公共预算收入",
			Wording: "一般公共预算收入", Kind: corpus.KindTarget, Measure: "growth", Value: v, Unit: "%",
			ValueText: text, Qualifier: qual}
	}
	facts := []corpus.Fact{
		target(5, "盛泽镇", 8, "8%", "确保"), target(5, "盛泽镇", 10, "10%", "力争"),
		target(7, "齐都镇", 10, "10%", "左右"), target(2, "黎里镇", 5.5, "5.5%", "左右"),
	}
	ten := 10.0
	c, err := chart.FromFacts(chart.FactSet{
		Facts:     facts,
		Matches:   func(f corpus.Fact) bool { return f.Value == ten },
		Threshold: &ten,
		Lang:      "zh",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	text, _ := chart.Text(c, chart.TextOptions{Width: 20})
	fmt.Print(text)
	// Output:
	// 一般公共预算收入增长目标 (%)
	//                             ┊10%
	// 盛泽镇  ████████████████████ 力争10%
	// 齐都镇  ████████████████████ 10%左右
	// 黎里镇  ███████████ 5.5%左右 · 接近
	// 来源:r.txt(报告 2、5、7) · 指标原文:一般公共预算收入
}
