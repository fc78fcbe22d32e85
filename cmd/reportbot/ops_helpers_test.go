package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/data"
)

// qingliuReport is a report that is not in the bundled corpus: its facts (海洋牧场投资88亿元)
// show which store an answer came from.
const qingliuReport = `政府工作报告
——2024年1月10日在青柳镇第十八届人民代表大会第三次会议上
各位代表:
现在,我代表青柳镇人民政府向大会报告工作,请予审议。
一、2023年工作回顾
过去一年,全镇地区生产总值增长6.5%,一般公共预算收入完成3.2亿元。
海洋牧场建设取得突破,完成海洋牧场投资12亿元。
二、2024年工作安排
2024年经济社会发展的主要预期目标是:地区生产总值增长6%左右,全年计划完成海洋牧场投资88亿元,新建渔港码头3座。
`

// opsCorpusFiles writes the bundled corpus and the Qingliu report to dir and returns their
// paths.
func opsCorpusFiles(t *testing.T, dir string) (bundled, qingliu string) {
	t.Helper()
	bundled = filepath.Join(dir, data.CorpusName)
	qingliu = filepath.Join(dir, "qingliu-2024.txt")
	if err := os.WriteFile(bundled, data.Corpus, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(qingliu, []byte(qingliuReport), 0o644); err != nil {
		t.Fatal(err)
	}
	return bundled, qingliu
}

// logRecords returns the JSON log records whose msg is msg.
func logRecords(logs string, msg string) []map[string]any {
	var out []map[string]any
	for _, line := range strings.Split(logs, "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) == nil && rec["msg"] == msg {
			out = append(out, rec)
		}
	}
	return out
}

// logAddr waits for the log record msg and returns its addr field.
func logAddr(t *testing.T, s *slacktest.Server, stderr *syncBuffer, msg string) string {
	t.Helper()
	var addr string
	s.WaitFor(t, waitLong, "log record "+strconv.Quote(msg), func() bool {
		if recs := logRecords(stderr.String(), msg); len(recs) > 0 {
			addr, _ = recs[0]["addr"].(string)
		}
		return addr != ""
	})
	return addr
}

// httpGet returns the status and body of a GET.
func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// metricValue returns the value of the sample named series (name plus labels exactly as
// exposed, e.g. `reportbot_reloads_total{result="ok"}`) in a /metrics page, or -1.
func metricValue(page, series string) float64 {
	for _, line := range strings.Split(page, "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err == nil {
				return f
			}
		}
	}
	return -1
}

// exchange is what the fake Slack saw in reply to one mention: the placeholders posted in its
// thread, the edits of those, and the notices shown to the asker only.
type exchange struct {
	placeholders int
	finals       []slacktest.Call // chat.update calls of the placeholders
	notices      []slacktest.Call // chat.postEphemeral calls in the thread
}

// exchanges groups the fake's calls by the thread they answer.
func exchanges(s *slacktest.Server) map[string]*exchange {
	out := map[string]*exchange{}
	get := func(ts string) *exchange {
		if out[ts] == nil {
			out[ts] = &exchange{}
		}
		return out[ts]
	}
	thread := map[string]string{} // placeholder ts → question ts
	for _, c := range s.Calls("chat.postMessage") {
		thread[c.TS] = c.Get("thread_ts")
		get(c.Get("thread_ts")).placeholders++
	}
	for _, c := range s.Calls("chat.update") {
		if q, ok := thread[c.Get("ts")]; ok {
			x := get(q)
			x.finals = append(x.finals, c)
		}
	}
	for _, c := range s.Calls("chat.postEphemeral") {
		x := get(c.Get("thread_ts"))
		x.notices = append(x.notices, c)
	}
	return out
}

// resolved reports whether the mention at ts got an answer or a notice.
func (x *exchange) resolved() bool { return x != nil && (len(x.finals) > 0 || len(x.notices) > 0) }

// postSignedMention posts a signed app_mention event to an HTTP-mode server.
func postSignedMention(t *testing.T, base, secret, eventID, ts string) {
	t.Helper()
	body, _ := json.Marshal(slacktest.EventCallback(eventID, slacktest.Mention("C1", "U1", shengzeQuestion, ts, "")))
	req, _ := http.NewRequest(http.MethodPost, base+"/slack/events", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	slacktest.Sign(req.Header, secret, body, time.Now())
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /slack/events: status %d", resp.StatusCode)
	}
}

// waitLong bounds a wait on a signal from the served bot (a connection, a log record, answers):
// it only ends a test that hangs, so it is generous enough for a busy 2-core machine.
const waitLong = 3 * time.Minute
