package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Encoding names reported in Document.Encoding and by Decode.
const (
	EncodingUTF8    = "utf-8"
	EncodingUTF8BOM = "utf-8-bom"
	EncodingUTF16LE = "utf-16le"
	EncodingUTF16BE = "utf-16be"
	EncodingGB18030 = "gb18030"
)

// ErrNotText is wrapped by errors for binary or undecodable input.
var ErrNotText = errors.New("not a text file")

// ErrEmptyFile is wrapped when a file holds no bytes (or only a byte-order mark).
var ErrEmptyFile = errors.New("empty file")

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode detects the encoding of b and returns UTF-8 text and the encoding's name.
//
// A byte-order mark decides UTF-8 or UTF-16 (the mark is dropped); without one, valid UTF-8
// is taken as UTF-8, and anything else must decode as plausible GB18030 (which covers GBK and
// GB2312, the encodings older Chinese government sites still serve). Binary content — any NUL
// character, or control characters making up more than 1% of the text — is an error wrapping
// ErrNotText that gives the byte offset of the first offending byte. An empty input (or a
// lone byte-order mark) is ErrEmptyFile.
func Decode(b []byte) (text string, encoding string, err error) {
	if len(b) == 0 {
		return "", "", ErrEmptyFile
	}
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		return decodeUTF8Bytes(b[len(bomUTF8):], len(bomUTF8), EncodingUTF8BOM)
	case bytes.HasPrefix(b, bomUTF16LE):
		return decodeUTF16Bytes(b[2:], false)
	case bytes.HasPrefix(b, bomUTF16BE):
		return decodeUTF16Bytes(b[2:], true)
	case utf8.Valid(b):
		return decodeUTF8Bytes(b, 0, EncodingUTF8)
	}
	// Neither UTF-8 nor UTF-16: rule out binary first, so that a PNG or a ZIP is reported as
	// binary rather than as "not GB18030".
	if err := checkControlBytes(b); err != nil {
		return "", "", err
	}
	if s, ok := decodeGB18030Plausible(b); ok {
		return s, EncodingGB18030, nil
	}
	off := invalidUTF8Offset(b)
	return "", "", &undecodableError{
		fmt.Sprintf("not UTF-8, UTF-16 or GB18030: invalid byte 0x%02X at byte %d", b[off], off)}
}

// decodeUTF8Bytes checks UTF-8 content that starts at byte base of the file.
func decodeUTF8Bytes(b []byte, base int, name string) (string, string, error) {
	if len(b) == 0 {
		return "", "", ErrEmptyFile
	}
	if !utf8.Valid(b) {
		off := invalidUTF8Offset(b)
		return "", "", &undecodableError{
			fmt.Sprintf("invalid UTF-8 after a UTF-8 byte-order mark at byte %d", base+off)}
	}
	s := string(b)
	var tally controlTally
	for i, r := range s {
		tally.add(r, base+i)
	}
	if err := tally.err(); err != nil {
		return "", "", err
	}
	return s, name, nil
}

// decodeUTF16Bytes decodes UTF-16 content that follows a two-byte byte-order mark.
func decodeUTF16Bytes(b []byte, bigEndian bool) (string, string, error) {
	name := EncodingUTF16LE
	if bigEndian {
		name = EncodingUTF16BE
	}
	if len(b) == 0 {
		return "", "", ErrEmptyFile
	}
	if len(b)%2 != 0 {
		return "", "", &undecodableError{fmt.Sprintf("truncated %s: odd byte count %d", name, len(b)+2)}
	}
	units := make([]uint16, len(b)/2)
	var tally controlTally
	for i := range units {
		u := uint16(b[2*i+1])<<8 | uint16(b[2*i])
		if bigEndian {
			u = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
		units[i] = u
		tally.add(rune(u), 2+2*i) // surrogates are never control characters
	}
	if err := tally.err(); err != nil {
		return "", "", err
	}
	// An unpaired surrogate becomes U+FFFD rather than failing the whole file.
	return string(utf16.Decode(units)), name, nil
}

// undecodableError reports text in an encoding Decode cannot read (as opposed to binary
// content); it wraps ErrNotText.
type undecodableError struct{ reason string }

func (e *undecodableError) Error() string { return ErrNotText.Error() + " (" + e.reason + ")" }
func (e *undecodableError) Unwrap() error { return ErrNotText }

// controlTally counts control characters to tell binary content from text with the odd stray
// control character (a trailing Ctrl-Z, a form feed between pages).
type controlTally struct {
	runes, controls int
	first           int // byte offset of the first NUL or control character; -1 if none
	nul             bool
	seen            bool
}

func (t *controlTally) add(r rune, off int) {
	t.runes++
	if !isBinaryControl(r) {
		return
	}
	t.controls++
	if r == 0 {
		t.nul = true
	}
	if !t.seen {
		t.first, t.seen = off, true
	}
}

// err reports binary content: any NUL, or control characters making up more than 1% of it.
func (t *controlTally) err() error {
	if t.nul || (t.controls > 0 && t.controls*100 > t.runes) {
		return fmt.Errorf("%w (binary content at byte %d)", ErrNotText, t.first)
	}
	return nil
}

// isBinaryControl reports control characters that text files do not hold: everything in C0 and
// C1 except tab, line feed, carriage return, form feed and next line.
func isBinaryControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f', '\u0085':
		return false
	}
	return r < 0x20 || (r >= 0x7F && r <= 0x9F)
}

// checkControlBytes looks for binary content in bytes that are not UTF-8. Bytes below 0x20 and
// 0x7F are never part of a GB18030 multi-byte sequence, so their offsets are exact.
func checkControlBytes(b []byte) error {
	var tally controlTally
	for i, c := range b {
		if c < 0x20 || c == 0x7F {
			tally.add(rune(c), i)
		} else {
			tally.add(' ', i)
		}
	}
	return tally.err()
}

// decodeGB18030Plausible decodes b as GB18030 and accepts the result only when it reads like
// Chinese text: no undecodable bytes, no control characters, almost all characters CJK,
// punctuation or printable ASCII, and most double-byte characters from the GB2312 area (where
// every common character lives; Latin-1 or random bytes land mostly outside it).
func decodeGB18030Plausible(b []byte) (string, bool) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil {
		return "", false
	}
	s := string(out)
	good, total := 0, 0
	for _, r := range s {
		if r == utf8.RuneError || (unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r' && r != '\f') {
			return "", false
		}
		total++
		if plausibleChineseRune(r) {
			good++
		}
	}
	if total == 0 || good*100 < total*90 {
		return "", false
	}
	multi, gb2312 := 0, 0
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c < 0x80:
			i++
			continue
		case c == 0x80: // the euro sign, a single byte in GBK
			multi++
			i++
			continue
		case i+1 < len(b) && b[i+1] >= 0x30 && b[i+1] <= 0x39:
			multi++
			i += 4
			continue
		}
		multi++
		if c >= 0xA1 && c <= 0xF7 && i+1 < len(b) && b[i+1] >= 0xA1 && b[i+1] <= 0xFE {
			gb2312++
		}
		i += 2
	}
	return s, multi > 0 && gb2312*2 >= multi
}

// plausibleChineseRune reports characters expected in a Chinese report: CJK ideographs and
// punctuation, full-width forms, printable ASCII, white space and common symbols.
func plausibleChineseRune(r rune) bool {
	switch {
	case r < 0x80:
		return r >= 0x20 || r == '\t' || r == '\n' || r == '\r' || r == '\f'
	case unicode.Is(unicode.Han, r), isCJKSpacingRune(r):
		return true
	case r >= 0x2000 && r <= 0x206F, r >= 0x2100 && r <= 0x25FF: // punctuation, symbols, shapes
		return true
	case r == 0x00B7, r == 0x00D7, r == 0x00F7, r == 0x00B0, r == 0x00B1: // · × ÷ ° ±
		return true
	}
	return false
}

// invalidUTF8Offset returns the offset of the first byte that does not start a valid UTF-8
// sequence (0 if b is valid, which callers do not ask about).
func invalidUTF8Offset(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return 0
}

// collapseParagraphSpace trims s and collapses each run of white space: removed when it falls
// between two CJK characters or CJK punctuation (Chinese has no word spaces; scraped pages add
// them at random), otherwise folded to one ASCII space. Control characters count as white space.
func collapseParagraphSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	pending := false
	for _, r := range s {
		if isZeroWidth(r) {
			continue // invisible, and a space in its place would split words
		}
		if isParagraphSpace(r) {
			pending = true
			continue
		}
		if pending && b.Len() > 0 && !(isCJKSpacingRune(prev) && isCJKSpacingRune(r)) {
			b.WriteByte(' ')
		}
		pending = false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// isParagraphSpace reports the characters collapseParagraphSpace treats as white space: Unicode
// white space (which includes U+3000 and NBSP) and control characters.
func isParagraphSpace(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r)
}

// isZeroWidth reports invisible characters scraped pages scatter through text: zero-width
// space, word joiner and a byte-order mark past the start of the file.
func isZeroWidth(r rune) bool {
	return r == '\u200B' || r == '\u2060' || r == '\uFEFF'
}

// isCJKSpacingRune reports characters around which white space is dropped: Han, kana and
// bopomofo, CJK and full-width punctuation, and the quotes, dashes and circled numbers Chinese
// text uses. Hangul is left out, as Korean puts spaces between words.
func isCJKSpacingRune(r rune) bool {
	switch {
	case unicode.Is(unicode.Han, r), unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r),
		unicode.Is(unicode.Bopomofo, r):
		return true
	case r >= 0x3000 && r <= 0x303F, // CJK symbols and punctuation: 、。《》「」【】〔〕
		r >= 0x3200 && r <= 0x33FF,                             // enclosed CJK letters, CJK compatibility
		r >= 0xFE10 && r <= 0xFE1F, r >= 0xFE30 && r <= 0xFE6F, // vertical, compatibility and small forms
		r >= 0xFF00 && r <= 0xFFEF, // full-width forms: ，：；！？（）
		r >= 0x2460 && r <= 0x24FF: // enclosed alphanumerics: ①②③
		return true
	}
	switch r {
	case '“', '”', '‘', '’', '…', '—', '―', '·':
		return true
	}
	return false
}
