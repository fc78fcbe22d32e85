package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Document formats, chosen by file extension.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
)

// Document is one source file read into paragraphs.
type Document struct {
	Name       string   // file name (base name) used as the citation's source
	Path       string   // path as given
	Format     string   // "text", "markdown" or "html"
	Encoding   string   // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030"
	Paragraphs []string // non-empty paragraphs in order, original characters, whitespace collapsed
}

// ErrUnsupportedFormat is wrapped when the extension is not .txt/.text/.md/.markdown/.html/.htm.
var ErrUnsupportedFormat = errors.New("unsupported file type")

// supportedHint ends the errors a user can fix by choosing other files.
const supportedHint = "only .txt, .md and .html report files can be ingested"

// maxReportBytes bounds what ReadFile loads: the largest real report page is a few megabytes,
// so anything past this is not a report.
const maxReportBytes = 256 << 20

// ReadFile reads one report file. Errors name the file and the reason, e.g.
// `data/x.bin: not a text file (binary content at byte 12): only .txt, .md and .html report files can be ingested`.
// Only regular files are read: a named pipe, device or socket is refused before any read, so
// that ingest never blocks on one.
func ReadFile(path string) (*Document, error) {
	// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever and
	// deaf to signals. It changes nothing for regular files.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, pathError(path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, pathError(path, err)
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not a report file", path)
	}
	if !info.Mode().IsRegular() {
		return nil, notRegular(path, info.Mode())
	}
	if info.Size() > maxReportBytes {
		return nil, fmt.Errorf("%s: %d bytes is too large for a report file", path, info.Size())
	}
	b, err := io.ReadAll(io.LimitReader(f, maxReportBytes+1))
	if err != nil {
		return nil, pathError(path, err)
	}
	if len(b) > maxReportBytes {
		return nil, fmt.Errorf("%s: more than %d bytes is too large for a report file", path, maxReportBytes)
	}
	return ReadBytes(path, b)
}

// ReadBytes does the same for content already in memory (name gives the format by extension).
// A file that decodes but holds only white space yields a Document with no paragraphs; the
// caller decides whether that is worth a warning.
func ReadBytes(name string, b []byte) (*Document, error) {
	text, enc, err := Decode(b)
	var undecodable *undecodableError
	switch {
	case errors.Is(err, ErrEmptyFile):
		return nil, fmt.Errorf("%s: %w", name, err)
	case errors.As(err, &undecodable):
		return nil, fmt.Errorf("%s: %w: save it as UTF-8 and ingest it again", name, err)
	case err != nil:
		return nil, fmt.Errorf("%s: %w: %s", name, err, supportedHint)
	}
	format, err := formatOf(name)
	if err != nil {
		return nil, err
	}
	doc := &Document{Name: filepath.Base(name), Path: name, Format: format, Encoding: enc}
	switch format {
	case FormatHTML:
		doc.Paragraphs = htmlParagraphs(text)
	case FormatMarkdown:
		doc.Paragraphs = markdownParagraphs(text)
	default:
		doc.Paragraphs = textParagraphs(text)
	}
	return doc, nil
}

// formatOf maps a file name's extension to its Document format.
func formatOf(name string) (string, error) {
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".txt", ".text":
		return FormatText, nil
	case ".md", ".markdown":
		return FormatMarkdown, nil
	case ".html", ".htm":
		return FormatHTML, nil
	case "":
		return "", fmt.Errorf("%s: %w (no extension): %s", name, ErrUnsupportedFormat, supportedHint)
	default:
		return "", fmt.Errorf("%s: %w %q: %s", name, ErrUnsupportedFormat, ext, supportedHint)
	}
}

// pathError names path once, rather than the "open path: …" and "stat path: …" forms of
// *fs.PathError; errors.Is(err, fs.ErrNotExist) still holds.
func pathError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: %w", path, err)
}

// textParagraphs splits plain text into paragraphs: in these scraped reports a line break ends
// a paragraph, so every non-blank line is one.
func textParagraphs(text string) []string {
	var paras []string
	for _, line := range splitLines(text) {
		if p := collapseParagraphSpace(line); p != "" {
			paras = append(paras, p)
		}
	}
	return paras
}

// splitLines splits at every kind of line break: \n, \r\n, \r, form feed, vertical tab, NEL
// and the Unicode line and paragraph separators.
func splitLines(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		switch r {
		case '\n', '\r', '\f', '\v', '\u0085', '\u2028', '\u2029':
			return true
		}
		return false
	})
}

// markdownParagraphs reads Markdown line by line like plain text, dropping the markup: heading
// markers, emphasis, "-", "*" and "+" bullets (numbered items stay, as "1.加快…" is how Chinese
// reports number their own headings), blockquote markers, link syntax, fence lines,
// thematic breaks and HTML comments. Lines inside code fences are kept as written.
func markdownParagraphs(text string) []string {
	var paras []string
	var fence string // the opening fence while inside a fenced block
	inComment := false
	for _, line := range splitLines(text) {
		trimmed := strings.TrimLeft(line, " \t")
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) && strings.Trim(trimmed, fence[:1]+" \t") == "" {
				fence = ""
			} else if p := collapseParagraphSpace(line); p != "" {
				paras = append(paras, p)
			}
			continue
		}
		line, inComment = stripHTMLComments(line, inComment)
		line = strings.TrimLeft(line, " \t")
		if f := fenceOpening(line); f != "" {
			fence = f
			continue
		}
		if p := collapseParagraphSpace(markdownInline(markdownBlock(line))); p != "" {
			paras = append(paras, p)
		}
	}
	return paras
}

// fenceOpening returns the fence (``` or ~~~, three or more) that line opens, or "". A
// backtick fence's info string holds no backtick: "```代码```" is inline code, not a fence.
func fenceOpening(line string) string {
	for _, c := range []string{"`", "~"} {
		n := len(line) - len(strings.TrimLeft(line, c))
		if n >= 3 && !(c == "`" && strings.Contains(line[n:], "`")) {
			return line[:n]
		}
	}
	return ""
}

// stripHTMLComments removes <!-- … --> from line, which may open or close a comment spanning
// lines; inComment says whether the line starts inside one.
func stripHTMLComments(line string, inComment bool) (string, bool) {
	var b strings.Builder
	for line != "" {
		if inComment {
			end := strings.Index(line, "-->")
			if end < 0 {
				return b.String(), true
			}
			line, inComment = line[end+3:], false
			b.WriteByte(' ')
			continue
		}
		start := strings.Index(line, "<!--")
		if start < 0 {
			b.WriteString(line)
			break
		}
		b.WriteString(line[:start])
		line, inComment = line[start+4:], true
	}
	return b.String(), inComment
}

// markdownBlock strips the block-level markers from a line with its indentation removed.
func markdownBlock(line string) string {
	for strings.HasPrefix(line, ">") {
		line = strings.TrimLeft(line[1:], " \t")
	}
	if strings.Trim(line, "-=*_|: \t") == "" && strings.ContainsAny(line, "-=*_") {
		return "" // thematic break, setext underline or table delimiter row
	}
	if n := len(line) - len(strings.TrimLeft(line, "#")); n >= 1 && n <= 6 {
		if rest := line[n:]; rest == "" || rest[0] == ' ' || rest[0] == '\t' {
			rest = strings.TrimSpace(rest)
			if closing := strings.TrimRight(rest, "#"); closing == "" || strings.HasSuffix(closing, " ") {
				rest = closing
			}
			return rest
		}
	}
	if len(line) >= 2 && strings.ContainsRune("-*+", rune(line[0])) && (line[1] == ' ' || line[1] == '\t') {
		line = strings.TrimLeft(line[2:], " \t")
		for _, box := range []string{"[ ] ", "[x] ", "[X] "} {
			line = strings.TrimPrefix(line, box)
		}
	}
	if isLinkReferenceDefinition(line) {
		return ""
	}
	return line
}

// isLinkReferenceDefinition reports lines such as "[1]: https://example.org/a", which only
// carry link targets.
func isLinkReferenceDefinition(line string) bool {
	if !strings.HasPrefix(line, "[") {
		return false
	}
	end := strings.Index(line, "]:")
	if end < 2 {
		return false
	}
	target := strings.TrimSpace(line[end+2:])
	return strings.Contains(target, "://") || strings.HasPrefix(target, "/") ||
		strings.HasPrefix(target, "#") || strings.HasPrefix(target, "<")
}

// markdownInline drops inline markup: backslash escapes keep the escaped character, runs of
// two or more "*" or "_" (bold) vanish, [text](url), [text][ref] and ![alt](url) become their
// text, and <https://…> autolinks lose their brackets.
func markdownInline(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0:
			b.WriteByte(s[i+1])
			i += 2
		case (c == '*' || c == '_') && i+1 < len(s) && s[i+1] == c:
			for i < len(s) && s[i] == c {
				i++
			}
		case c == '[' || (c == '!' && i+1 < len(s) && s[i+1] == '['):
			open := i
			if c == '!' {
				open++
			}
			text, next, ok := markdownLink(s, open)
			if !ok {
				b.WriteByte(c)
				i++
				continue
			}
			b.WriteString(markdownInline(text))
			i = next
		case c == '<' && strings.HasPrefix(s[i:], "<http"):
			end := strings.IndexByte(s[i:], '>')
			if end < 0 || strings.ContainsAny(s[i:i+end], " \t") {
				b.WriteByte(c)
				i++
				continue
			}
			b.WriteString(s[i+1 : i+end])
			i += end + 1
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// markdownLink parses a link whose "[" is at s[open]: it returns the link text and the index
// after the link, or ok=false when s[open:] is not [text](target) or [text][ref].
func markdownLink(s string, open int) (text string, next int, ok bool) {
	closeText := matchBracket(s, open, '[', ']')
	if closeText < 0 || closeText+1 >= len(s) {
		return "", 0, false
	}
	end := -1
	switch s[closeText+1] {
	case '(':
		end = matchBracket(s, closeText+1, '(', ')')
	case '[':
		end = matchBracket(s, closeText+1, '[', ']')
	}
	if end < 0 {
		return "", 0, false
	}
	return s[open+1 : closeText], end + 1, true
}

// maxLinkPart bounds the search for the end of a link's text or target, keeping long lines
// full of stray brackets linear.
const maxLinkPart = 2048

// matchBracket returns the index of the bracket closing the one at s[i], honouring nesting and
// backslash escapes, or -1 if there is none within maxLinkPart bytes.
func matchBracket(s string, i int, open, close byte) int {
	depth := 0
	for j := i; j < len(s) && j-i < maxLinkPart; j++ {
		switch s[j] {
		case '\\':
			j++
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}
