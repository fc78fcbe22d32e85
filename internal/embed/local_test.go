package embed

import (
	"context"
	"math"
	"reflect"
	"testing"
)

// passage is 300 characters of a report (盛泽镇's 2023 targets and the work plan after them).
const passage = "2023年全镇经济社会发展主要预期目标是:确保一般公共预算收入增长8%,力争增长10%;规上工业总产值675亿元,增长10%;全社会固定资产投资97.5亿元,增长8%;工业投资47亿元,增长10%。单位地区生产总值能耗下降、主要污染物排放总量削减完成上级下达任务,生产安全事故起数和死亡人数大幅下降。\n\n      围绕上述总体要求和工作目标,重点做好五方面工作:\n\n      (一)坚持以高质量发展为首要任务,聚精会神抓好经济建设\n\n      进一步完善产业链、优化供应链、提升价值链,引领丝绸纺织产业发展迈向全球价值链中高端,实现从量的扩张到质的飞跃,加快建设世界级高端丝绸纺织产业创新集群。"

func dot(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

// vector embeds text with LocalDim and fails the test when there is nothing to embed.
func vector(tb testing.TB, text string) []float32 {
	tb.Helper()
	v := LocalVector(text, LocalDim)
	if v == nil {
		tb.Fatalf("LocalVector(%q) = nil", text)
	}
	return v
}

func TestLocalVectorUnitLength(t *testing.T) {
	for _, text := range []string{
		passage,
		"镇",
		"2023",
		"What is Qidu town's GDP growth target?",
		"PM2.5平均浓度为31微克/立方米,下降8.8%。",
		"增长增长增长增长", // repeated features
	} {
		for _, dim := range []int{16, LocalDim} {
			v := LocalVector(text, dim)
			if len(v) != dim {
				t.Fatalf("LocalVector(%q, %d) has length %d", text, dim, len(v))
			}
			if n := math.Sqrt(dot(v, v)); math.Abs(n-1) > 1e-5 {
				t.Errorf("LocalVector(%q, %d) has norm %v, want 1", text, dim, n)
			}
		}
	}
}

func TestLocalVectorDeterministic(t *testing.T) {
	want := vector(t, passage)
	for range 20 {
		if got := LocalVector(passage, LocalDim); !reflect.DeepEqual(got, want) {
			t.Fatal("LocalVector gave a different vector for the same text")
		}
	}
	got, err := Local(LocalDim)(context.Background(), passage)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Local(LocalDim) = %v…, %v; want LocalVector's vector", got[:min(4, len(got))], err)
	}
}

func TestLocalVectorNoFeatures(t *testing.T) {
	for _, text := range []string{
		"",
		"   \n\t\u3000",
		"。，！？；……——“”《》、",
		"!?.,;:()%",
		"→★●",
	} {
		if v := LocalVector(text, LocalDim); v != nil {
			t.Errorf("LocalVector(%q) = %v…, want nil", text, v[:4])
		}
		if v, err := Local(LocalDim)(context.Background(), text); err == nil || v != nil {
			t.Errorf("Local(%q) = %v, %v; want an error", text, v, err)
		}
	}
}

func TestLocalVectorSimilarity(t *testing.T) {
	for _, tc := range []struct {
		query, similar, unrelated string
	}{
		{
			query:     "一般公共预算收入增长目标",
			similar:   "确保一般公共预算收入增长8%,力争增长10%;",
			unrelated: "持续改善大气质量,完成47家省重点VOCs监管企业整治,推动PM2.5和臭氧浓度“双减双控”。",
		},
		{
			query:     "地区生产总值增长多少",
			similar:   "预计2023年,地区生产总值完成168.8亿元,同比下降2.3%;",
			unrelated: "职教中心实训基地项目启动实施,高中实现集团化办学,与实验小学教育集团共建。",
		},
		{
			query:     "PM2.5浓度",
			similar:   "以钉钉子精神打好污染防治攻坚战,PM2.5平均浓度为31微克/立方米,下降8.8%。",
			unrelated: "规上工业总产值675亿元,增长10%;",
		},
		{
			query:     "盛泽镇国土空间规划",
			similar:   "《盛泽镇国土空间总体规划》启动编制。",
			unrelated: "维修改造农村公路157公里,被授予首批省级城乡交通运输一体化示范创建县。",
		},
	} {
		q, s, u := vector(t, tc.query), vector(t, tc.similar), vector(t, tc.unrelated)
		if ds, du := dot(q, s), dot(q, u); ds <= du {
			t.Errorf("%q: similar passage scores %.3f, unrelated %.3f; want similar higher", tc.query, ds, du)
		}
	}
}

func TestLocalVectorNFKC(t *testing.T) {
	for _, tc := range []struct {
		full, half string
	}{
		{"地区生产总值增长５％左右，城镇新增就业１２００人；", "地区生产总值增长5%左右,城镇新增就业1200人;"},
		{"一般公共预算收入完成８．５亿元", "一般公共预算收入完成8.5亿元"},
		{"ＧＤＰ增长（ＰＭ２．５）", "GDP增长(PM2.5)"},
		{"ＧＤＰ", "gdp"}, // and lower-cased
	} {
		if f, h := vector(t, tc.full), vector(t, tc.half); !reflect.DeepEqual(f, h) {
			t.Errorf("%q and %q embed differently (dot %.4f)", tc.full, tc.half, dot(f, h))
		}
	}
}

func BenchmarkLocal(b *testing.B) {
	if n := len([]rune(passage)); n != 300 {
		b.Fatalf("passage has %d characters, want 300", n)
	}
	embed := Local(LocalDim)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := embed(ctx, passage); err != nil {
			b.Fatal(err)
		}
	}
}
