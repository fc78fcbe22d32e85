package lexicon_test

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/reportbot/reportbot/internal/glossary"
	"github.com/reportbot/reportbot/internal/lexicon"
)

// Example shows the intended wiring: ingest builds the lexicon from the chunks and stores it in
// the store generation; the question path reads it back, lets the curated glossary translate
// first, and sends the rest of the question through the lexicon.
func Example() {
	// Ingest: one document per chunk.
	chunks := []string{
		"新建幼儿园2所，建成口袋公园6个。",
		"举办足球联赛，新建体育场一座，推进电梯加装。",
	}
	lex, err := lexicon.Build(slices.Values(chunks))
	if err != nil {
		panic(err)
	}
	var stored bytes.Buffer // the generation's lexicon file
	if _, err := lex.WriteTo(&stored); err != nil {
		panic(err)
	}

	// Question time.
	lex, err = lexicon.Read(&stored)
	if err != nil {
		panic(err)
	}
	q := "How many kindergartens, football stadiums and elevators were built? Any orchards?"
	var covered []lexicon.Span
	for _, m := range glossary.Default().Translate(q) {
		fmt.Printf("glossary: %s → %s\n", q[m.Start:m.End], m.Chinese[0])
		covered = append(covered, lexicon.Span{Start: m.Start, End: m.End})
	}
	tr := lex.Translate(q, covered...)
	for _, m := range tr.Matches {
		fmt.Printf("lexicon: %s → %s\n", m.Text, m.Terms[0].Chinese)
	}
	for _, u := range tr.Untranslated {
		fmt.Printf("not in the reports: %s\n", q[u.Start:u.End])
	}

	// English answers: gloss the terms of a quoted sentence.
	for _, g := range lex.Gloss("举办足球联赛，新建体育场一座") {
		fmt.Printf("%s (%s) ", g.Chinese, g.English)
	}
	fmt.Println()
	// Output:
	// glossary: kindergartens → 幼儿园
	// glossary: elevators → 加装电梯
	// glossary: built → 建设
	// lexicon: football → 足球
	// lexicon: stadiums → 体育场
	// not in the reports: orchards
	// 举办 (to conduct) 足球 (soccer) 联赛 (league) 新建 (new construction) 体育场 (stadium)
}
