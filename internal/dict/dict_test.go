package dict

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestScan(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []string
		text string
		want []Match
	}{
		{"empty text", []string{"a"}, "", nil},
		{"empty dict", nil, "abc", nil},
		{"empty key never matches", []string{""}, "abc", nil},
		{"longest wins", []string{"生产", "生产总值", "总值"}, "地区生产总值增长", []Match{{6, 18, 1}}},
		{"leftmost wins over longer later", []string{"ab", "bcd"}, "abcd", []Match{{0, 2, 0}}},
		{"resume after match", []string{"ab", "bc", "c"}, "abc", []Match{{0, 2, 0}, {2, 3, 2}}},
		{"no partial key", []string{"abc"}, "ab abc", []Match{{3, 6, 0}}},
		{"prefix key inside longer", []string{"a", "abc"}, "abx", []Match{{0, 1, 0}}},
		{"duplicate keeps first id", []string{"x", "y", "x"}, "x", []Match{{0, 1, 0}}},
		{"non-BMP", []string{"𠀀", "𠀀a", "😀"}, "z𠀀a😀", []Match{{1, 6, 1}, {6, 10, 2}}},
		{"invalid UTF-8 matches nothing", []string{"a\xffb", "b"}, "a\xffb", []Match{{2, 3, 1}}},
		{"replacement character is a rune", []string{"\uFFFD"}, "x\uFFFD", []Match{{1, 4, 0}}},
		{"repeats", []string{"镇"}, "镇镇", []Match{{0, 3, 0}, {3, 6, 0}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := New(tc.keys).FindAll(tc.text)
			if !slices.Equal(got, tc.want) {
				t.Errorf("FindAll(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestScanAllAndPrefixes(t *testing.T) {
	d := New([]string{"生产", "生产总值", "总值", "值"})
	got := slices.Collect(d.ScanAll("生产总值"))
	want := []Match{{0, 6, 0}, {0, 12, 1}, {6, 12, 2}, {9, 12, 3}}
	if !slices.Equal(got, want) {
		t.Errorf("ScanAll = %v, want %v", got, want)
	}
	var ends []int
	for n, id := range d.Prefixes("生产总值增长") {
		ends = append(ends, n, id)
	}
	if !slices.Equal(ends, []int{6, 0, 12, 1}) {
		t.Errorf("Prefixes = %v", ends)
	}
}

func TestLookupAndLongestPrefix(t *testing.T) {
	d := New([]string{"ab", "abcd", "b"})
	if d.Len() != 3 {
		t.Errorf("Len = %d", d.Len())
	}
	for key, want := range map[string]int{"ab": 0, "abcd": 1, "b": 2, "abc": -1, "": -1, "x": -1} {
		if id, ok := d.Lookup(key); id != want || ok != (want >= 0) {
			t.Errorf("Lookup(%q) = %d, %v; want %d", key, id, ok, want)
		}
	}
	if n, id, ok := d.LongestPrefix("abcde"); n != 4 || id != 1 || !ok {
		t.Errorf("LongestPrefix = %d %d %v", n, id, ok)
	}
	// accept vetoes the longest: the next shorter key wins.
	n, id, ok := d.LongestPrefixFunc("abcde", func(m Match) bool { return m.End != 4 })
	if n != 2 || id != 0 || !ok {
		t.Errorf("LongestPrefixFunc = %d %d %v", n, id, ok)
	}
	if _, _, ok := d.LongestPrefix("xyz"); ok {
		t.Error("LongestPrefix found a key in xyz")
	}
}

func TestScanFuncWordBoundaries(t *testing.T) {
	text := "gdp growth gdpgrowth"
	d := New([]string{"gdp", "gdp growth", "growth"})
	wordEnd := func(m Match) bool {
		return (m.Start == 0 || text[m.Start-1] == ' ') && (m.End == len(text) || text[m.End] == ' ')
	}
	got := slices.Collect(d.ScanFunc(text, wordEnd))
	if want := []Match{{0, 10, 1}}; !slices.Equal(got, want) {
		t.Errorf("ScanFunc = %v, want %v", got, want)
	}
}

// naiveScan is the reference: at each rune start, the longest key (first ID among equal keys).
func naiveScan(keys []string, s string, all bool) []Match {
	var out []Match
	for i := 0; i < len(s); {
		best := Match{Start: -1}
		var hits []Match
		for id, k := range keys {
			if k == "" || !utf8.ValidString(k) || !strings.HasPrefix(s[i:], k) {
				continue
			}
			if slices.ContainsFunc(hits, func(m Match) bool { return m.End == i+len(k) }) {
				continue
			}
			m := Match{i, i + len(k), id}
			hits = append(hits, m)
			if m.End > best.End {
				best = m
			}
		}
		if all {
			slices.SortFunc(hits, func(a, b Match) int { return a.End - b.End })
			out = append(out, hits...)
		} else if best.Start >= 0 {
			out = append(out, best)
			i = best.End
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return out
}

func FuzzScan(f *testing.F) {
	f.Add("生产|生产总值|总值", "地区生产总值增长")
	f.Add("a|ab|abc|b|𠀀", "xabcab𠀀\xff")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, keyList, text string) {
		keys := strings.Split(keyList, "|")
		d := New(keys)
		if got, want := d.FindAll(text), naiveScan(keys, text, false); !slices.Equal(got, want) {
			t.Fatalf("Scan(%q) over %q = %v, want %v", text, keys, got, want)
		}
		if got, want := slices.Collect(d.ScanAll(text)), naiveScan(keys, text, true); !slices.Equal(got, want) {
			t.Fatalf("ScanAll(%q) over %q = %v, want %v", text, keys, got, want)
		}
		for id, k := range keys {
			got, ok := d.Lookup(k)
			if valid := k != "" && utf8.ValidString(k); ok != valid || ok && keys[got] != k || ok && got > id {
				t.Fatalf("Lookup(%q) = %d, %v", k, got, ok)
			}
		}
	})
}

func TestBinaryRoundTrip(t *testing.T) {
	for _, keys := range [][]string{
		{},
		{"a"},
		{"足球", "足球场", "足", "", "bad\xff", "足球", "z", "公园", "口袋公园", "😀x"},
		func() []string { k, _ := randomKeys(3000, 0); return k }(),
	} {
		want := New(keys)
		b, err := want.AppendBinary(nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Decode(string(b))
		if err != nil {
			t.Fatalf("%q: %v", keys, err)
		}
		if !slices.Equal(got.nodes, want.nodes) || !slices.Equal(got.edges, want.edges) || !slices.Equal(got.root, want.root) ||
			got.keys != want.keys || !slices.Equal(got.parent, want.parent) || !slices.Equal(got.keyNode, want.keyNode) {
			t.Errorf("%.40q: decoded dictionary differs from the built one", keys)
		}
		for id, k := range keys {
			wid, ok := want.Lookup(k)
			s, kok := got.Key(id)
			if ok && wid == id {
				if !kok || s != k {
					t.Errorf("Key(%d) = %q, %v, want %q", id, s, kok, k)
				}
			} else if kok {
				t.Errorf("Key(%d) = %q for a key not found under that ID", id, s)
			}
		}
		step := 1 + len(b)/500
		for cut := 0; cut < len(b); cut += step {
			if _, err := Decode(string(b[:cut])); err == nil {
				t.Fatalf("%.40q: Decode of %d of %d bytes did not fail", keys, cut, len(b))
			}
		}
	}
}

func FuzzDecode(f *testing.F) {
	b, _ := New([]string{"足球", "足球场", "公园"}).AppendBinary(nil)
	f.Add(string(b))
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Decode(s)
		if err != nil {
			return
		}
		for m := range d.ScanAll("足球场公园") {
			d.Key(m.ID)
		}
	})
}
