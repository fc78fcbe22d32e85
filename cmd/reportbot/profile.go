package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// startProfile writes a CPU profile of the whole process to the file named by
// REPORTBOT_CPUPROFILE, when it is set, for `go tool pprof` (how the costs in BENCHMARKS.md and
// docs/SCALING.md are traced). The returned function stops the profile and closes the file.
func startProfile(getenv func(string) string) (func(), error) {
	path := getenv("REPORTBOT_CPUPROFILE")
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("REPORTBOT_CPUPROFILE: %w (name a file that can be written, or unset it)", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("REPORTBOT_CPUPROFILE: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
