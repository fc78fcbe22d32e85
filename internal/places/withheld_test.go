package places

import "testing"

func TestWithheld(t *testing.T) {
	for name, want := range map[string]bool{
		"xx区": true, "XX镇": true, "xxx县": true, "××街道": true, "某镇": true, "xx": true, "***": true, "○○市": true, "": true, "区": false,
		"盛泽镇": false, "吴江区": false, "盘锦市": false, "xx开发区": false, "某某镇": false, "广西壮族自治区": false,
	} {
		if got := Withheld(name); got != want {
			t.Errorf("Withheld(%q) = %v, want %v", name, got, want)
		}
	}
}
