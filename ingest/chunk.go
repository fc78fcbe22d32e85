package ingest

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/zh"
)

// DefaultChunkChars is the chunk size limit in characters (runes). It was chosen by measuring
// retrieval on the dev question set over 150–800 (see BENCHMARKS.md, "Chunk size").
const DefaultChunkChars = 300

// Chunks cuts a report's paragraphs into chunks of whole sentences of at most limit characters.
// A chunk never spans two sections; consecutive short paragraphs of one section share a chunk
// (joined by a line break); a sentence longer than limit is cut at , 、 and :, and a clause longer
// than limit is cut hard. Heading paragraphs are not chunk text (they are in Section).
func Chunks(r corpus.Report, paras []Para, limit int) []corpus.Chunk {
	if limit <= 0 {
		limit = DefaultChunkChars
	}
	var out []corpus.Chunk
	var cur strings.Builder
	var curSection []string
	flush := func() {
		text := strings.TrimSpace(cur.String())
		cur.Reset()
		if text == "" {
			return
		}
		out = append(out, corpus.Chunk{
			ID:      ChunkID(r.Source, r.Report, len(out)),
			Source:  r.Source,
			Report:  r.Report,
			Entity:  r.Entity,
			Level:   r.Level,
			Section: curSection,
			Seq:     len(out),
			Text:    text,
		})
	}
	for _, p := range paras {
		if p.Heading {
			continue
		}
		if !slices.Equal(p.Section, curSection) {
			flush()
			curSection = p.Section
		}
		pieces := pieces(p.Text, limit)
		for i, s := range pieces {
			sep := ""
			if i == 0 && cur.Len() > 0 {
				sep = "\n"
			}
			if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+utf8.RuneCountInString(sep+s) > limit {
				flush()
				sep = ""
			}
			cur.WriteString(sep)
			cur.WriteString(s)
		}
	}
	flush()
	return out
}

// ChunkID is the stable identifier of a chunk.
func ChunkID(source string, report, seq int) string {
	return fmt.Sprintf("%s#%d#%04d", source, report, seq)
}

// pieces splits a paragraph into sentences, cutting any sentence longer than limit at clause
// marks and any clause longer than limit hard. Concatenated, the pieces give back p.
func pieces(p string, limit int) []string {
	var out []string
	for _, s := range zh.Sentences(p) {
		if utf8.RuneCountInString(s) <= limit {
			out = append(out, s)
			continue
		}
		var cur string
		for _, c := range zh.Clauses(s) {
			if utf8.RuneCountInString(c) > limit {
				// A clause longer than the limit is cut hard, in one pass over its bytes.
				if cur != "" {
					out = append(out, cur)
					cur = ""
				}
				start, n := 0, 0
				for i := range c {
					if n == limit {
						out = append(out, c[start:i])
						start, n = i, 0
					}
					n++
				}
				c = c[start:]
			}
			if cur != "" && utf8.RuneCountInString(cur)+utf8.RuneCountInString(c) > limit {
				out = append(out, cur)
				cur = ""
			}
			cur += c
		}
		if cur != "" {
			out = append(out, cur)
		}
	}
	return out
}
