package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/rivo/uniseg"
)

// parseArgs parses a subcommand's flags wherever they stand among its arguments, so that
// `ask "…" --json` works as `ask --json "…"`; "--" ends the flags. It returns the arguments that
// are not flags, in order.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		remaining := fs.Args()
		if used := len(args) - len(remaining); used > 0 && args[used-1] == "--" {
			return append(rest, remaining...), nil
		}
		if len(remaining) == 0 {
			break
		}
		rest = append(rest, remaining[0])
		args = remaining[1:]
	}
	return rest, nil
}

// noArgs rejects arguments left after a subcommand's flags (it takes none).
func noArgs(cmd string, rest []string) error {
	if len(rest) > 0 {
		return fmt.Errorf("%w: %s takes no arguments (got %q); its flags are listed by `reportbot %s -h`", errUsage, cmd, rest, cmd)
	}
	return nil
}

// table writes rows in columns aligned by display width (a Chinese character is two columns
// wide; text/tabwriter counts bytes and misaligns them), two spaces between columns. The last
// column is not padded.
func table(w io.Writer, rows [][]string) error {
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], uniseg.StringWidth(c))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-uniseg.StringWidth(c)+2))
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// contextChars is how much of a passage `ask` shows on either side of the quoted sentence.
const contextChars = 40

// sourceExcerpt is what `ask` prints of a cited passage: the quoted sentence with up to
// contextChars characters of context on either side, "…" where the passage goes on; without a
// quote, the passage's beginning. Lines are joined with spaces.
func sourceExcerpt(text, quote string) string {
	text = strings.Join(strings.Fields(text), " ")
	quote = strings.Join(strings.Fields(quote), " ")
	rs := []rune(text)
	start, end := 0, min(len(rs), 2*contextChars)
	if i := strings.Index(text, quote); quote != "" && i >= 0 {
		qs := len([]rune(text[:i]))
		qe := qs + len([]rune(quote))
		start, end = max(0, qs-contextChars), min(len(rs), qe+contextChars)
	}
	out := string(rs[start:end])
	if start > 0 {
		out = "…" + out
	}
	if end < len(rs) {
		out += "…"
	}
	return out
}

// signedValue is a fact's value as the facts table shows it: a decline keeps its sign
// (下降2.3% → -2.3%) when the value text does not say it.
func signedValue(valueText string, value float64, measure string) string {
	if measure == "growth" && value < 0 && !strings.HasPrefix(valueText, "-") && !strings.ContainsAny(valueText, "降减−") {
		return "-" + valueText
	}
	return valueText
}
