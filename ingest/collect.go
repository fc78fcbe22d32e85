package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrNotRegular is wrapped when a path names a named pipe, device, socket or other file that
// is not a regular file.
var ErrNotRegular = errors.New("not a regular file")

// notRegular says what kind of file path is, and that only regular files are taken.
func notRegular(path string, mode fs.FileMode) error {
	kind := "special file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "named pipe (FIFO)"
	case mode&fs.ModeCharDevice != 0:
		kind = "character device"
	case mode&fs.ModeDevice != 0:
		kind = "block device"
	case mode&fs.ModeSocket != 0:
		kind = "socket"
	}
	return fmt.Errorf("%s: %w but a %s: %s", path, ErrNotRegular, kind, supportedHint)
}

// Collect expands paths (files or directories, walked recursively, sorted) into the report files to read:
// files with supported extensions; a directory with none is an error ("no .txt, .md or .html files under DIR");
// a missing path is an error naming it. Hidden files/dirs (starting with ".") are skipped. Explicitly named files with an
// unsupported extension are an error wrapping ErrUnsupportedFormat, and explicitly named files that are
// not regular files (a FIFO, a device) an error wrapping ErrNotRegular.
//
// Paths keep the order given; each directory's files come in lexical order, and a file reached
// twice is listed once.
func Collect(paths []string) ([]string, error) {
	files, _, err := CollectFiles(paths)
	return files, err
}

// CollectFiles is Collect that also returns the entries of walked directories it left out
// because they are not regular files (sockets, FIFOs, devices, links to them), with the reason.
func CollectFiles(paths []string) ([]string, []Skipped, error) {
	if len(paths) == 0 {
		return nil, nil, errors.New("no report files or directories given")
	}
	var out []string
	var skipped []Skipped
	seen := make(map[string]bool)
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, nil, pathError(root, err)
		}
		found := []string{root}
		switch {
		case info.IsDir():
			var sk []Skipped
			found, sk, err = collectDir(root)
			skipped = append(skipped, sk...)
		case !info.Mode().IsRegular():
			err = notRegular(root, info.Mode())
		default:
			_, err = formatOf(root)
		}
		if err != nil {
			return nil, nil, err
		}
		for _, p := range found {
			if key := filepath.Clean(p); !seen[key] {
				seen[key] = true
				out = append(out, p)
			}
		}
	}
	return out, skipped, nil
}

// collectDir walks one directory for report files, skipping hidden entries below it, and
// lists the entries with a report extension that are not regular files.
func collectDir(root string) ([]string, []Skipped, error) {
	var found []string
	var skipped []Skipped
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return pathError(p, err)
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if _, err := formatOf(p); err != nil {
			return nil
		}
		if !d.Type().IsRegular() {
			// Follow symbolic links to files; skip sockets, FIFOs, devices and links to
			// directories or to nothing, saying so.
			info, err := os.Stat(p)
			if err != nil {
				skipped = append(skipped, Skipped{Path: p, Reason: pathError(p, err).Error()})
				return nil
			}
			if !info.Mode().IsRegular() {
				if !info.IsDir() {
					skipped = append(skipped, Skipped{Path: p, Reason: notRegular(p, info.Mode()).Error()})
				}
				return nil
			}
		}
		found = append(found, p)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	if len(found) == 0 {
		return nil, nil, fmt.Errorf("no .txt, .md or .html files under %s", root)
	}
	return found, skipped, nil
}
