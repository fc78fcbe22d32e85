package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

func TestAskedUnit(t *testing.T) {
	tests := []struct {
		lang, q, want string
	}{
		{"en", "How many tonnes of grain did Lili harvest?", num.DimTonne},
		{"en", "How many kilowatts of solar did Lili install?", num.DimKw},
		{"en", "How many US dollars of foreign capital were used?", num.DimUSD},
		{"zh", "黎里镇分布式光伏装机容量是多少千瓦?", num.DimKw},
		{"zh", "盛泽镇出口额是多少万美元?", num.DimUSD},
		{"zh", "新增高标准农田多少亩?", num.DimMu},
		{"en", "What was Shacheng's aquaculture output in tonnes last year?", num.DimTonne},
		{"en", "How many enterprises moved in?", ""}, // a count is no unit
		{"zh", "一般公共预算收入是多少亿元?", ""},                 // nor yuan
	}
	for _, tt := range tests {
		p := Plan{Lang: tt.lang, Norm: zh.Normalize(tt.q)}
		if got := AskedUnit(p); got != tt.want {
			t.Errorf("AskedUnit(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestStatesUnit(t *testing.T) {
	if !StatesUnit("确保粮食产量稳定在6.8万吨。", num.DimTonne) {
		t.Error("6.8万吨 is no tonnage")
	}
	if !StatesUnit("新增高标准农田5200亩", num.DimHa) {
		t.Error("亩 is no area for a question in hectares")
	}
	if StatesUnit("绿色工厂增至7家,分布式光伏项目备案装机容量位居吴江首位", num.DimKw) {
		t.Error("7家 read as kilowatts")
	}
}
