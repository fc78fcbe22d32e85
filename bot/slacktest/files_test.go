package slacktest

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/slack-go/slack"
)

// TestFakeFileUpload runs slack-go's external upload flow against the fake: the file is held
// and shared in the thread; without files:write the first step fails with missing_scope.
func TestFakeFileUpload(t *testing.T) {
	s := New(t, Options{})
	api := slack.New(BotToken, slack.OptionAPIURL(s.URL+"/"))
	ctx := context.Background()
	data := []byte("\x89PNG fake image bytes")
	params := slack.UploadFileParameters{Reader: bytes.NewReader(data), FileSize: len(data), Filename: "c.png",
		Title: "chart", Channel: "C1", ThreadTimestamp: "100.1"}
	f, err := api.UploadFileContext(ctx, params)
	if err != nil {
		t.Fatal(err)
	}
	files := s.Files()
	if len(files) != 1 || files[0].ID != f.ID || !bytes.Equal(files[0].Data, data) || !files[0].Shared ||
		files[0].Channel != "C1" || files[0].ThreadTS != "100.1" || files[0].Title != "chart" {
		t.Errorf("files = %+v (summary %+v)", files, f)
	}
	for _, m := range []string{"files.getUploadURLExternal", "file.upload", "files.completeUploadExternal"} {
		if len(s.Calls(m)) != 1 {
			t.Errorf("%s: %d calls", m, len(s.Calls(m)))
		}
	}

	s.RevokeScope("files:write")
	params.Reader = bytes.NewReader(data)
	_, err = api.UploadFileContext(ctx, params)
	var se slack.SlackErrorResponse
	if !errors.As(err, &se) || se.Err != "missing_scope" {
		t.Errorf("upload without files:write: %v", err)
	}
	if len(s.Files()) != 1 {
		t.Errorf("a file was taken without the scope")
	}
}
