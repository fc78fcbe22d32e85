package config

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
)

// DefaultDB returns $XDG_DATA_HOME/reportbot, else ~/.local/share/reportbot: the store
// location when neither REPORTBOT_DB nor --db names one.
func DefaultDB(getenv func(string) string) string {
	if x := getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "reportbot")
	}
	home := getenv("HOME")
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	if home == "" {
		return filepath.Join(".", ".reportbot")
	}
	return filepath.Join(home, ".local", "share", "reportbot")
}

// readDotEnv reads KEY=VALUE lines; a missing file gives an empty map.
func readDotEnv(path string) map[string]string {
	out := map[string]string{}
	f, err := os.Open(path)
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		} else if i := strings.Index(v, " #"); i >= 0 {
			v = strings.TrimSpace(v[:i]) // an inline comment after an unquoted value
		}
		out[strings.TrimSpace(k)] = v
	}
	return out
}
