package num

import (
	"fmt"
	"testing"
)

func TestTry(t *testing.T) {
	for _, s := range []string{"47亿元", "1.6万套", "31.81亿元", "5000万美元", "1.2万亩", "10%左右", "1.2个百分点", "第一名", "1.4万人", "226家", "12个项目", "12个", "地区生产总值完成168.8亿元,同比下降2.3%;", "百分之十五", "ten percent", "4.7 billion yuan", "US$1.5 million", "14,000 people", "两万五千", "十四五规划", "一般公共预算收入", "三点五万", "2万余人", "10余家企业", "PM2.5浓度31μg/m³", "二〇二三年", "一亿二千万元", "one hundred and five thousand tonnes", "twenty-one percent", "一万五千元", "三百五十人"} {
		fmt.Printf("%s\n", s)
		for _, v := range Find(s) {
			fmt.Printf("   %q n=%v mult=%q unit=%q noun=%q amt=%v approx=%v q=%q ord=%v form=%d  EN=%q\n", v.Text, v.Number, v.Multiplier, v.Unit, v.Noun, v.Amount(), v.Approx, v.Qualifier, v.Ordinal, v.Form, v.Gloss())
		}
	}
}
