// Command gen writes the scaled benchmark corpus (see package scale) into a directory:
//
//	go run ./ingest/scale/gen -copies 100 -seed 1 -keep-original DIR
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/reportbot/reportbot/ingest/scale"
)

func main() {
	copies := flag.Int("copies", 100, "number of pages (100 for 100× the bundled corpus)")
	seed := flag.Uint64("seed", 1, "seed for names and figures")
	keep := flag.Bool("keep-original", true, "write the bundled page unchanged as the first copy")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: gen [-copies N] [-seed S] [-keep-original=false] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	dir := flag.Arg(0)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	paths, err := scale.Generate(dir, scale.Options{Copies: *copies, Seed: *seed, KeepOriginal: *keep})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d files to %s\n", len(paths), dir)
}
