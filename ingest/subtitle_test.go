package ingest

import (
	"strings"
	"testing"
)

func TestSplitFullName(t *testing.T) {
	for _, tc := range []struct {
		in                     string
		entity, city, province string
	}{
		{"河南省鹤壁市恒营区", "恒营区", "鹤壁市", "河南省"},
		{"鹤壁市恒营区", "恒营区", "鹤壁市", "河南省"},
		{"四川省自贡市紫和镇", "紫和镇", "自贡市", "四川省"},
		{"绍兴市桂川镇", "桂川镇", "绍兴市", "浙江省"},
		{"安阳市宝林区", "宝林区", "安阳市", "河南省"},
		// A county-level name the gazetteer does not hold still ends where the town begins.
		{"苏州市吴江区黎里镇", "黎里镇", "苏州市", "江苏省"},
		{"湖州市德清县新市镇", "新市镇", "湖州市", "浙江省"},
		// Gazetteer names all the way: the last one is the report's own.
		{"辽宁省盘锦市", "盘锦市", "", "辽宁省"},
		{"西安市碑林区", "碑林区", "西安市", "陕西省"},
		{"和道镇", "和道镇", "", ""},
	} {
		h, ok := splitFullName(tc.in)
		if !ok || h.Entity != tc.entity || h.City != tc.city || h.Province != tc.province {
			t.Errorf("splitFullName(%q) = %+v, %v; want %s %s %s", tc.in, h, ok, tc.entity, tc.city, tc.province)
		}
	}
	for _, in := range []string{"各位代表", "河南省", "", "关于2023年XX镇", "进一步加强全面从严治党和基层组织建设镇"} {
		if h, ok := splitFullName(in); ok {
			t.Errorf("splitFullName(%q) = %+v, want none", in, h)
		}
	}
}

func TestNameFromHead(t *testing.T) {
	for _, tc := range []struct {
		title  string
		paras  []string
		level  string
		entity string
	}{
		{"", []string{"——在鹤壁市恒营区人民代表大会会议上", "河南省鹤壁市恒营区人民政府", "各位代表:"}, "区", "恒营区"},
		{"", []string{"——在自贡市紫和镇第十八届人民代表大会第三次会议上", "各位代表:"}, "镇", "紫和镇"},
		{"", []string{"——2024年1月5日在绍兴市雅和镇第十八届人民代表大会第三次会议上"}, "", "雅和镇"},
		{"", []string{"各位代表:", "四川省自贡市和道镇人民政府 2024年1月5日"}, "镇", "和道镇"},
		{"2023年黎里镇政府工作报告", []string{"各位代表:"}, "镇", "黎里镇"},
		{"盛泽镇2023年政府工作报告", nil, "", "盛泽镇"},
		{"关于2023年xx镇政府工作报告", nil, "", ""},
		// The speaker's level rules out a line naming another government.
		{"", []string{"——在鹤壁市人民代表大会会议上", "各位代表:"}, "镇", ""},
		// A withheld name is no name.
		{"", []string{"——在自贡市xx镇人民代表大会会议上"}, "镇", ""},
		// Only a report's first lines, and only whole short lines, are read.
		{"", []string{"各位代表:", "现在,我代表恒营区人民政府向大会报告工作,请予审议。"}, "区", ""},
		{"", append(strings.Split("一 二 三 四 五 六", " "), "河南省鹤壁市恒营区人民政府"), "区", ""},
	} {
		h, ok := nameFromHead(tc.title, tc.paras, tc.level)
		if h.Entity != tc.entity || ok != (tc.entity != "") {
			t.Errorf("nameFromHead(%q, %q, %q) = %+v, %v; want %q", tc.title, tc.paras, tc.level, h, ok, tc.entity)
		}
	}
}

func TestProfileNamesInFull(t *testing.T) {
	// The body names 紫和 with 和 and ends 恒营区 like 营区 (a camp): only the head lines name
	// them reliably.
	for _, tc := range []struct {
		paras        []string
		entity, city string
	}{
		{[]string{"——在鹤壁市恒营区人民代表大会会议上", "河南省鹤壁市恒营区人民政府", "各位代表:",
			"现在,我代表区政府向大会报告工作,请予审议。", "实施恒营区农村生活污水处理设施打包运维,建设恒营高中附属小学。"}, "恒营区", "鹤壁市"},
		{[]string{"——在自贡市紫和镇人民代表大会会议上", "四川省自贡市紫和镇人民政府", "各位代表:",
			"现在,我代表xx镇第二十届人民政府向大会报告工作。", "继续完善“紫和粮仓”产业链条,促进“文化紫和”建设。"}, "紫和镇", "自贡市"},
	} {
		rr := RawReport{Ordinal: 1, Paragraphs: tc.paras}
		r := Profile("t.txt", rr, Sections(tc.paras), nil)
		if r.Entity != tc.entity || r.City != tc.city {
			t.Errorf("Profile(%q) = %s in %s (%v), want %s in %s", tc.paras[0], r.Entity, r.City, r.Evidence, tc.entity, tc.city)
		}
	}
}
