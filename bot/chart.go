package bot

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/reportbot/reportbot/internal/chart"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// chartTextWidth is the width, in columns, of the bars of the compact Unicode chart (a Slack
// code block wraps long lines on narrow screens).
const chartTextWidth = 20

// uploadChart shares the answer's chart as a PNG image where q's answer goes (its thread), with
// Slack's external upload flow (files.getUploadURLExternal, the upload, then
// files.completeUploadExternal, which slack-go's UploadFileContext runs), and reports whether
// the image is there. It makes one attempt, bounded by APITimeout and free of the answer's
// deadline: when it fails — the app lacks files:write (missing_scope), or Slack refused or did
// not answer — the answer carries the Unicode chart instead, so a failure never holds the
// answer back or sends it twice. Answers without a chart upload nothing.
func (b *Bot) uploadChart(ctx context.Context, log *slog.Logger, q question, a *answer.Answer) bool {
	if a == nil || a.Chart == nil {
		return false
	}
	var png bytes.Buffer
	lay, err := chart.PNG(&png, *a.Chart, chart.Options{})
	if err != nil {
		log.Warn("chart: drawing the PNG failed; the answer carries the Unicode chart", "err", err)
		return false
	}
	title := a.Chart.Title
	if lay.Pinyin && a.Chart.TitleLatin != "" {
		title = a.Chart.TitleLatin
	}
	ctx, cancel := deliveryContext(ctx, b.cfg.APITimeout)
	defer cancel()
	_, err = b.api.UploadFileContext(ctx, slack.UploadFileParameters{
		Reader: &png, FileSize: png.Len(), Filename: "chart-" + a.ID + ".png",
		Title: title, AltTxt: chartAltText(a.Chart),
		Channel: q.channel, ThreadTimestamp: q.threadTS,
	})
	if err != nil {
		if slackCode(err) == "missing_scope" {
			log.Warn("chart: the app lacks the files:write scope (add it in the app's settings, or from slack-app-manifest.yaml, and reinstall); the answer carries the Unicode chart", "err", err)
		} else {
			log.Warn("chart: upload failed; the answer carries the Unicode chart", "err", err, "may_have_posted", classify(err) == unknown)
		}
		return false
	}
	log.Debug("chart uploaded", "bars", len(lay.Bars), "bytes", png.Len(), "font", lay.Font)
	return true
}

// chartAltText describes the chart for screen readers: its title and every bar's value.
func chartAltText(c *chart.Comparison) string {
	var b strings.Builder
	b.WriteString(c.Title)
	for _, r := range c.Rows {
		b.WriteString("; " + r.Label + " " + r.ValueText)
	}
	s := b.String()
	if utf8.RuneCountInString(s) > 900 {
		s = string([]rune(s)[:900]) + "…"
	}
	return s
}

// chartBlocks are the answer's chart as a compact Unicode bar chart in a code block (the
// fallback when no image goes with the answer, and always in /ask's ephemeral answers);
// nothing for answers without a chart, or whose chart would not fit one section.
func chartBlocks(a *answer.Answer) []slack.Block {
	if a.Chart == nil {
		return nil
	}
	text, err := chart.Text(*a.Chart, chart.TextOptions{Width: chartTextWidth})
	if err != nil {
		return nil
	}
	body := "```\n" + escape(strings.TrimRight(text, "\n")) + "\n```"
	if utf8.RuneCountInString(body) > maxSectionRunes {
		return nil
	}
	return []slack.Block{section(body)}
}
