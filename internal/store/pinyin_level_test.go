package store

import (
	"slices"
	"testing"
)

// TestBuildPinyinSubdistrict: two Han characters before 街道 are a place's base, so "Jinglan
// subdistrict" finds 静兰街道; before a word that is no level word they are not.
func TestBuildPinyinSubdistrict(t *testing.T) {
	k := BuildPinyin(slices.Values([]string{"静兰"}), slices.Values([]string{"建成静兰街道图书馆分馆", "图书馆分馆"}))
	if !k.Has("jinglan", true) {
		t.Errorf("jinglan is no place reading; Place = %q", k.Place)
	}
	if k.Has("tushu", true) {
		t.Errorf("tushu (图书, before 馆) read as a place; Place = %q", k.Place)
	}
}
