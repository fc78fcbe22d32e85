package bot

import (
	"bytes"
	"context"
	"image/png"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/internal/chart"
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// sampleChart is a comparison of three reports' revenue growth targets.
func sampleChart() *chart.Comparison {
	ten := 10.0
	key := func(n int) corpus.ReportKey { return corpus.ReportKey{Source: "r.txt", Report: n} }
	return &chart.Comparison{
		Title: "一般公共预算收入增长目标", TitleLatin: "General public budget revenue growth targets",
		Indicator: "一般公共预算收入", Kind: corpus.KindTarget, Unit: "%", Threshold: &ten, Lang: "zh",
		Rows: []chart.Row{
			{Label: "盛泽镇", Value: 10, ValueText: "力争10%", Report: key(5)},
			{Label: "齐都镇", Value: 10, ValueText: "10%左右", Report: key(7)},
			{Label: "黎里镇", Value: 5.5, ValueText: "5.5%左右", NearMiss: true, Report: key(2)},
		},
	}
}

// chartAnswers answers every question with sampleAnswer carrying a chart of three reports.
func chartAnswers() *recorder {
	r := fixedAnswers()
	inner := r.fn
	r.fn = func(ctx context.Context, req answer.Request) (*answer.Answer, error) {
		a, err := inner(ctx, req)
		if err == nil {
			a.Chart = sampleChart()
		}
		return a, err
	}
	return r
}

// askInThread mentions the bot in C1 and waits for the answer (the placeholder's one edit).
func askInThread(t *testing.T, h *harness) slacktest.Call {
	t.Helper()
	h.must(h.slack.SendEvent("Ev1", slacktest.Mention("C1", "U1", "<@UBOT> 哪些镇一般公共预算收入增长目标是10%", "1700000100.000100", ""), 0))
	updates := h.slack.WaitCalls(t, "chat.update", 1, wait)
	if err := h.stop(t); err != nil { // drains the workers: nothing more is coming
		t.Fatal(err)
	}
	if n, u := len(h.slack.Calls("chat.postMessage")), len(h.slack.Calls("chat.update")); n != 1 || u != 1 {
		t.Fatalf("%d post(s) and %d update(s); want the placeholder and one answer", n, u)
	}
	if !strings.Contains(updates[0].Get("text"), "盛泽镇2023年的目标") {
		t.Errorf("the answer text is missing: %q", updates[0].Get("text"))
	}
	return updates[0]
}

func TestChartUploadedInThread(t *testing.T) {
	t.Parallel()
	h := startSocket(t, chartAnswers(), Config{})
	final := askInThread(t, h)

	files := h.slack.Files()
	if len(files) != 1 {
		t.Fatalf("%d file(s) uploaded, want the chart once", len(files))
	}
	f := files[0]
	// The title is the chart's own: Chinese where the machine has a Chinese font, its Latin
	// form where the labels fall back to pinyin (the same choice the drawing made).
	want := "一般公共预算收入增长目标"
	if lay, err := chart.PNG(io.Discard, *sampleChart(), chart.Options{}); err == nil && lay.Pinyin {
		want = "General public budget revenue growth targets"
	}
	if !f.Shared || f.Channel != "C1" || f.ThreadTS != "1700000100.000100" || f.Title != want ||
		!strings.HasSuffix(f.Name, ".png") || !strings.Contains(f.AltText, "黎里镇 5.5%左右") {
		t.Errorf("file %+v; want a PNG shared in the question's thread", f)
	}
	img, err := png.Decode(bytes.NewReader(f.Data))
	if err != nil || img.Bounds().Dx() < 320 {
		t.Fatalf("the upload is not a chart image: %v", err)
	}
	for _, m := range []string{"files.getUploadURLExternal", "file.upload", "files.completeUploadExternal"} {
		if n := len(h.slack.Calls(m)); n != 1 {
			t.Errorf("%s called %d times, want 1", m, n)
		}
	}
	if strings.Contains(final.Blocks(), "```") {
		t.Errorf("the image went up, yet the answer carries the Unicode chart:\n%s", final.Blocks())
	}
}

// TestChartFallsBackToText: without files:write, or when the upload fails, the answer arrives
// once, with the Unicode chart in a code block.
func TestChartFallsBackToText(t *testing.T) {
	for _, tc := range []struct {
		name   string
		break_ func(s *slacktest.Server)
		log    string
	}{
		{"missing scope", func(s *slacktest.Server) { s.RevokeScope("files:write") }, "files:write scope"},
		{"upload refused", func(s *slacktest.Server) {
			s.Inject("file.upload", 1, slacktest.FaultStatus, http.StatusInternalServerError)
		}, "upload failed"},
		{"share lost", func(s *slacktest.Server) {
			s.Inject("files.completeUploadExternal", 1, slacktest.FaultDrop, 0)
		}, "upload failed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := startSocket(t, chartAnswers(), Config{})
			tc.break_(h.slack)
			final := askInThread(t, h)
			blocks := final.Blocks()
			for _, want := range []string{"```", "盛泽镇  ████████████████████ 力争10%", "黎里镇  ███████████ 5.5%左右 · 接近"} {
				if !strings.Contains(blocks, want) {
					t.Errorf("the answer lacks %q:\n%s", want, blocks)
				}
			}
			if !strings.Contains(h.logs.String(), tc.log) {
				t.Errorf("the log does not say %q:\n%s", tc.log, h.logs.String())
			}
		})
	}
}

func TestSlashCommandChartIsText(t *testing.T) {
	t.Parallel()
	h := startSocket(t, chartAnswers(), Config{})
	h.must(h.slack.SendSlashCommand(slacktest.SlashCommand{Command: "/ask", Text: "哪些镇一般公共预算收入增长目标是10%",
		UserID: "U1", ChannelID: "C9", ResponseURL: h.slack.NewResponseURL()}))
	replies := h.slack.WaitCalls(t, "response_url", 1, wait)
	if err := h.stop(t); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(replies[0].Blocks(), "```\\n一般公共预算收入增长目标 (%)") {
		t.Errorf("the ephemeral answer lacks the Unicode chart:\n%s", replies[0].Blocks())
	}
	if n := len(h.slack.Calls("files.getUploadURLExternal")); n != 0 {
		t.Errorf("an ephemeral answer uploaded its chart (%d calls)", n)
	}
}

func TestNoChartNoUpload(t *testing.T) {
	t.Parallel()
	h := startSocket(t, fixedAnswers(), Config{})
	final := askInThread(t, h)
	if n := len(h.slack.Calls("files.getUploadURLExternal")); n != 0 || strings.Contains(final.Blocks(), "```") {
		t.Errorf("an answer without a chart: %d upload(s), blocks:\n%s", n, final.Blocks())
	}
}
