package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// encodeGB18030ForTest encodes s as GB18030, as older Chinese government sites serve it.
func encodeGB18030ForTest(tb testing.TB, s string) []byte {
	tb.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatalf("encode GB18030: %v", err)
	}
	return b
}

// encodeUTF16ForTest encodes s as UTF-16 with a byte-order mark.
func encodeUTF16ForTest(s string, bigEndian bool) []byte {
	units := utf16.Encode([]rune("\uFEFF" + s))
	b := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

// pngHeaderForTest is the start of every PNG file: signature, then the IHDR chunk.
var pngHeaderForTest = []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'}

func TestDecode(t *testing.T) {
	const report = "2023年政府工作报告\r\n各位代表:现在,我代表镇人民政府向大会报告政府工作。\n"
	long := strings.Repeat("坚持稳中求进工作总基调,推动经济实现质的有效提升和量的合理增长。\n", 20)
	tests := []struct {
		name    string
		in      []byte
		want    string
		wantEnc string
		wantErr error
		errHas  string
	}{
		{name: "utf-8", in: []byte(report), want: report, wantEnc: EncodingUTF8},
		{name: "utf-8 with BOM", in: append([]byte{0xEF, 0xBB, 0xBF}, report...), want: report, wantEnc: EncodingUTF8BOM},
		{name: "utf-16le with BOM", in: encodeUTF16ForTest(report, false), want: report, wantEnc: EncodingUTF16LE},
		{name: "utf-16be with BOM", in: encodeUTF16ForTest(report, true), want: report, wantEnc: EncodingUTF16BE},
		{name: "utf-16 outside the BMP", in: encodeUTF16ForTest("𠀀𪚥报告", false), want: "𠀀𪚥报告", wantEnc: EncodingUTF16LE},
		{name: "gb18030", in: encodeGB18030ForTest(t, report), want: report, wantEnc: EncodingGB18030},
		{name: "gb18030 four-byte sequences", in: encodeGB18030ForTest(t, "• 政府工作报告 €"), want: "• 政府工作报告 €", wantEnc: EncodingGB18030},
		{name: "stray control character in long text", in: []byte(long + "\x1a"), want: long + "\x1a", wantEnc: EncodingUTF8},
		{name: "empty", in: nil, wantErr: ErrEmptyFile},
		{name: "only a BOM", in: []byte{0xEF, 0xBB, 0xBF}, wantErr: ErrEmptyFile},
		{name: "only a UTF-16 BOM", in: []byte{0xFF, 0xFE}, wantErr: ErrEmptyFile},
		{name: "png header", in: pngHeaderForTest, wantErr: ErrNotText, errHas: "binary content at byte 6"},
		{name: "NUL in utf-8", in: []byte("政府工作\x00报告"), wantErr: ErrNotText, errHas: "binary content at byte 12"},
		{name: "many control characters", in: []byte("报告\x01\x02\x03\x04"), wantErr: ErrNotText, errHas: "binary content at byte 6"},
		{name: "NUL in utf-16", in: encodeUTF16ForTest("报告\x00", false), wantErr: ErrNotText, errHas: "binary content at byte 6"},
		{name: "utf-16 odd length", in: append(encodeUTF16ForTest("报告", false), 'x'), wantErr: ErrNotText, errHas: "odd byte count"},
		{name: "invalid utf-8 after BOM", in: []byte("\xEF\xBB\xBF报告\xFF"), wantErr: ErrNotText, errHas: "at byte 9"},
		{name: "latin-1 that gb18030 cannot decode", in: []byte("Caf\xE9 au lait"), wantErr: ErrNotText, errHas: "invalid byte 0xE9 at byte 3"},
		{name: "latin-1 that gb18030 decodes to rare characters", in: []byte("b\xE9b\xE9s"), wantErr: ErrNotText, errHas: "at byte 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Decode error = %v, want %v", err, tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.errHas) {
					t.Errorf("Decode error %q does not say %q", err, tt.errHas)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got != tt.want || enc != tt.wantEnc {
				t.Errorf("Decode = %q, %q; want %q, %q", got, enc, tt.want, tt.wantEnc)
			}
		})
	}
}

// nonSpaceForTest keeps the characters paragraphs must preserve: everything but white space,
// control and zero-width characters.
func nonSpaceForTest(s string) string {
	return strings.Map(func(r rune) rune {
		if isParagraphSpace(r) || isZeroWidth(r) {
			return -1
		}
		return r
	}, s)
}

// checkParagraphsForTest checks the shape every paragraph has: valid UTF-8, non-empty, trimmed,
// single ASCII spaces only.
func checkParagraphsForTest(t *testing.T, paras []string) {
	t.Helper()
	for i, p := range paras {
		if p == "" || !utf8.ValidString(p) || strings.TrimSpace(p) != p || strings.Contains(p, "  ") {
			t.Fatalf("paragraph %d is malformed: %q", i, p)
		}
		for _, r := range p {
			if r != ' ' && (isParagraphSpace(r) || isZeroWidth(r)) {
				t.Fatalf("paragraph %d keeps white space %U: %q", i, r, p)
			}
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("2023年政府工作报告\n各位代表:"))
	f.Add([]byte("\xEF\xBB\xBF# 一、过去一年\n- **稳中求进**"))
	f.Add(encodeUTF16ForTest("报告\r\n工作", false))
	f.Add(encodeUTF16ForTest("报告", true))
	f.Add(encodeGB18030ForTest(f, "政府工作报告:增长5.2%。"))
	f.Add(pngHeaderForTest)
	f.Add([]byte("<p>政府&nbsp;工作</p>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		text, enc, err := Decode(b)
		if err != nil {
			if !errors.Is(err, ErrNotText) && !errors.Is(err, ErrEmptyFile) {
				t.Fatalf("Decode error %v wraps neither ErrNotText nor ErrEmptyFile", err)
			}
			body := bytes.TrimPrefix(b, bomUTF8)
			if utf8.Valid(b) && len(body) > 0 && !bytes.ContainsFunc(body, isBinaryControl) {
				t.Fatalf("Decode rejected plain UTF-8 %q: %v", b, err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("Decode (%s) returned invalid UTF-8", enc)
		}
		if utf8.Valid(b) && text != strings.TrimPrefix(string(b), "\uFEFF") {
			t.Fatalf("Decode changed UTF-8 input %q into %q", b, text)
		}
		doc, err := ReadBytes("fuzz.txt", b)
		if err != nil {
			t.Fatalf("ReadBytes after Decode succeeded: %v", err)
		}
		checkParagraphsForTest(t, doc.Paragraphs)
		if got, want := nonSpaceForTest(strings.Join(doc.Paragraphs, "")), nonSpaceForTest(text); got != want {
			t.Fatalf("text paragraphs lost characters:\n got %q\nwant %q", got, want)
		}
		for _, name := range []string{"fuzz.md", "fuzz.html"} {
			doc, err := ReadBytes(name, b)
			if err != nil {
				t.Fatalf("ReadBytes(%s): %v", name, err)
			}
			checkParagraphsForTest(t, doc.Paragraphs)
		}
	})
}
