package chart

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// DefaultFontDirs are the directories searched for a font with Chinese glyphs, in order.
// Debian's fonts-wqy-microhei installs /usr/share/fonts/truetype/wqy/wqy-microhei.ttc and
// fonts-noto-cjk /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc.
var DefaultFontDirs = []string{"/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts"}

// cjkFontNames rank font files by how well they suit labels: sans-serif fonts with the
// simplified-Chinese glyphs first. A file is a candidate when its lower-case name contains one.
var cjkFontNames = []string{
	"wqy-microhei", "notosanscjksc", "notosanscjk-", "notosanssc", "sourcehansanssc",
	"sourcehansans", "wqy-zenhei", "droidsansfallback", "notoserifcjk", "notoserifsc",
	"ukai", "uming", "cjk",
}

// cjkFont is a font found on the system, with the path it came from.
type cjkFont struct {
	path string
	font *sfnt.Font
}

// parsed caches fonts read from disk by path (a CJK font is 5–20 MB; parsing it each time would
// dominate a render). A nil entry records a file that did not parse.
var parsed sync.Map // path → []*sfnt.Font

// findFont returns the first font among the candidates of opt that has a glyph for every rune
// of texts, or false. The candidates are opt.FontFile, then (with the default directories)
// the file fc-match names for Chinese sans-serif, then the files of the font directories whose
// names look like CJK fonts, ranked by cjkFontNames and then by path — so the choice is the
// same on every run of the same machine.
func findFont(opt Options, texts []string) (cjkFont, bool) {
	for _, path := range fontCandidates(opt) {
		for _, f := range loadFonts(path) {
			if covers(f, texts) {
				return cjkFont{path: path, font: f}, true
			}
		}
	}
	return cjkFont{}, false
}

// searched caches the candidate font files of each search (FontFile and FontDirs): the search
// runs fc-match and walks directories, which costs more than drawing a chart. A font installed
// later is found after a restart.
var searched sync.Map // search key → []string

// fontCandidates lists the font files to try for opt, best first, without duplicates.
func fontCandidates(opt Options) []string {
	key := fmt.Sprintf("%q %v %q", opt.FontFile, opt.FontDirs == nil, opt.FontDirs)
	if v, ok := searched.Load(key); ok {
		return v.([]string)
	}
	var candidates []string
	if opt.FontFile != "" {
		candidates = append(candidates, opt.FontFile)
	}
	dirs := opt.FontDirs
	if dirs == nil {
		dirs = DefaultFontDirs
		if p := fcMatch(); p != "" {
			candidates = append(candidates, p)
		}
	}
	candidates = append(candidates, scanFontDirs(dirs)...)
	var out []string
	for _, path := range candidates {
		if !slices.Contains(out, path) {
			out = append(out, path)
		}
	}
	searched.Store(key, out)
	return out
}

// fcMatch asks fontconfig, when installed, for its Chinese sans-serif font file.
func fcMatch() string {
	bin, err := exec.LookPath("fc-match")
	if err != nil {
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, "-f", "%{file}", "sans-serif:lang=zh-cn").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// scanFontDirs lists the font files under dirs whose names look like CJK fonts, best first.
func scanFontDirs(dirs []string) []string {
	type cand struct {
		rank int
		path string
	}
	var cands []cand
	home, _ := os.UserHomeDir()
	for _, dir := range dirs {
		if strings.HasPrefix(dir, "~/") {
			if home == "" {
				continue
			}
			dir = filepath.Join(home, dir[2:])
		}
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			name := strings.ToLower(d.Name())
			ext := filepath.Ext(name)
			if ext != ".ttf" && ext != ".ttc" && ext != ".otf" && ext != ".otc" {
				return nil
			}
			for rank, pat := range cjkFontNames {
				if strings.Contains(name, pat) {
					// Bold, light and mono cuts come after the regular one.
					if strings.Contains(name, "bold") || strings.Contains(name, "light") || strings.Contains(name, "mono") || strings.Contains(name, "thin") || strings.Contains(name, "black") {
						rank += len(cjkFontNames)
					}
					cands = append(cands, cand{rank, path})
					break
				}
			}
			return nil
		})
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].rank != cands[j].rank {
			return cands[i].rank < cands[j].rank
		}
		return cands[i].path < cands[j].path
	})
	out := make([]string, len(cands))
	for i, c := range cands {
		out[i] = c.path
	}
	return out
}

// loadFonts returns the fonts of a font file or collection (cached), none when it cannot be read.
func loadFonts(path string) []*sfnt.Font {
	if v, ok := parsed.Load(path); ok {
		return v.([]*sfnt.Font)
	}
	var fonts []*sfnt.Font
	if data, err := os.ReadFile(path); err == nil {
		if all, err := splitFonts(data); err == nil {
			for _, d := range all {
				if f, err := opentype.Parse(d); err == nil {
					fonts = append(fonts, f)
				}
			}
		}
	}
	parsed.Store(path, fonts)
	return fonts
}

// covers reports whether f has a glyph for every visible rune of texts.
func covers(f *sfnt.Font, texts []string) bool {
	var buf sfnt.Buffer
	checked := map[rune]bool{}
	for _, s := range texts {
		for _, r := range s {
			if checked[r] || unicode.IsSpace(r) || unicode.IsControl(r) {
				continue
			}
			checked[r] = true
			if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
				return false
			}
		}
	}
	return true
}

// missing returns the runes of texts f has no glyph for, in order of first appearance.
func missing(f *sfnt.Font, texts []string) []rune {
	var buf sfnt.Buffer
	var out []rune
	for _, s := range texts {
		for _, r := range s {
			if unicode.IsSpace(r) || slices.Contains(out, r) {
				continue
			}
			if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
				out = append(out, r)
			}
		}
	}
	return out
}
