package facts

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

func TestFilter(t *testing.T) {
	all := []corpus.Fact{
		{Entity: "盛泽镇", Level: "镇", Indicator: "一般公共预算收入", Wording: "一般公共预算收入", Kind: corpus.KindTarget, Measure: MeasureGrowth, Value: 8, Qualifier: "确保", Comparator: "="},
		{Entity: "盛泽镇", Level: "镇", Indicator: "一般公共预算收入", Wording: "一般公共预算收入", Kind: corpus.KindTarget, Measure: MeasureGrowth, Value: 10, Qualifier: "力争", Comparator: "="},
		{Entity: "齐都镇", Level: "镇", Indicator: "一般公共预算收入", Wording: "一般公共预算收入", Kind: corpus.KindTarget, Measure: MeasureGrowth, Value: 10, Qualifier: "左右", Comparator: "~"},
		{Entity: "xx区", Level: "区", Indicator: "一般公共预算收入", Wording: "一般公共预算收入", Kind: corpus.KindActual, Measure: MeasureAmount, Value: 503, Unit: "亿元", Comparator: "="},
		{Entity: "xx区", Level: "区", Indicator: "一般公共预算收入", Wording: "一般公共预算收入", Kind: corpus.KindTarget, Measure: MeasureGrowth, Value: 0, Comparator: "flat"},
		{Entity: "黎里镇", Level: "镇", Indicator: "地区生产总值", Wording: "地区生产总值", Kind: corpus.KindTarget, Measure: MeasureGrowth, Value: 5, Qualifier: "左右", Comparator: "~"},
		{Entity: "岱西镇", Level: "镇", Indicator: "一般公共预算收入", Wording: "地方财政收入", Kind: corpus.KindTarget, Measure: MeasureGrowth, Value: 8, Qualifier: "力争,以上", Comparator: ">="},
	}
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		name string
		q    Query
		want []int
	}{
		{"empty query keeps all", Query{}, []int{0, 1, 2, 3, 4, 5, 6}},
		{"canonical name", Query{Indicator: "地区生产总值"}, []int{5}},
		{"English name", Query{Indicator: "fiscal revenue", Kind: corpus.KindTarget}, []int{0, 1, 2, 4, 6}},
		{"variant resolves to canonical", Query{Indicator: "地方财政收入", Value: f(10)}, []int{1, 2}},
		{"value equal", Query{Indicator: "一般公共预算收入", Measure: MeasureGrowth, Value: f(10)}, []int{1, 2}},
		{"value at least", Query{Measure: MeasureGrowth, Value: f(8), Comparator: ">="}, []int{0, 1, 2, 6}},
		{"value at most", Query{Measure: MeasureGrowth, Value: f(5), Comparator: "<="}, []int{4, 5}},
		{"value about", Query{Value: f(9.5), Comparator: "~"}, []int{1, 2}},
		{"flat", Query{Comparator: "flat"}, []int{4}},
		{"entities", Query{Entities: []string{"盛泽镇", "齐都镇"}, Value: f(10)}, []int{1, 2}},
		{"level", Query{Level: "区"}, []int{3, 4}},
		{"kind actual", Query{Kind: corpus.KindActual}, []int{3}},
		{"unknown indicator matches wording", Query{Indicator: "地方财政收入x"}, nil},
		{"unknown comparator matches nothing", Query{Value: f(1), Comparator: "!="}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, r := range Filter(all, tt.q) {
				got = append(got, slices.IndexFunc(all, func(f corpus.Fact) bool { return f == r }))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Filter = %v, want %v", got, tt.want)
			}
		})
	}
}
