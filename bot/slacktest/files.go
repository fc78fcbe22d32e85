package slacktest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// File is a file uploaded through the fake with Slack's external upload flow:
// files.getUploadURLExternal (a file id and an upload URL), a multipart POST of the bytes to
// that URL, then files.completeUploadExternal (title, channel and thread: the share).
type File struct {
	ID       string
	Name     string // the filename given to files.getUploadURLExternal
	Length   int    // the length promised there
	AltText  string
	Data     []byte // the uploaded bytes (nil until the POST)
	Title    string
	Channel  string
	ThreadTS string
	// Shared is true once files.completeUploadExternal shared the file in Channel.
	Shared bool
}

// RevokeScope makes calls that need scope fail with missing_scope, as Slack answers an app
// installed without it. Only files:write (the upload methods) is checked.
func (s *Server) RevokeScope(scope string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.revoked == nil {
		s.revoked = map[string]bool{}
	}
	s.revoked[scope] = true
}

// Files returns the uploaded files in the order their upload began.
func (s *Server) Files() []File {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]File, 0, len(s.fileOrder))
	for _, id := range s.fileOrder {
		f := *s.files[id]
		f.Data = append([]byte(nil), f.Data...)
		out = append(out, f)
	}
	return out
}

// handleFilesLocked answers files.getUploadURLExternal and files.completeUploadExternal.
// Callers hold s.mu.
func (s *Server) handleFilesLocked(method string, p map[string]string, call *Call) map[string]any {
	fail := func(code string) map[string]any { return map[string]any{"ok": false, "error": code} }
	if s.revoked["files:write"] {
		return map[string]any{"ok": false, "error": "missing_scope", "needed": "files:write", "provided": "app_mentions:read,chat:write,commands,im:history"}
	}
	if s.files == nil {
		s.files = map[string]*File{}
	}
	switch method {
	case "files.getUploadURLExternal":
		n, err := strconv.Atoi(p["length"])
		if p["filename"] == "" || err != nil || n <= 0 {
			return fail("invalid_arguments")
		}
		s.seq++
		id := fmt.Sprintf("F%06d", s.seq)
		s.files[id] = &File{ID: id, Name: p["filename"], Length: n, AltText: p["alt_txt"]}
		s.fileOrder = append(s.fileOrder, id)
		return map[string]any{"ok": true, "file_id": id, "upload_url": s.hs.URL + "/upload/" + id}
	case "files.completeUploadExternal":
		var refs []struct {
			ID    string `json:"id"`
			Title string `json:"title"`
		}
		if err := json.Unmarshal([]byte(p["files"]), &refs); err != nil || len(refs) == 0 {
			return fail("invalid_arguments")
		}
		ch := p["channel_id"]
		if ch == "" && p["channels"] != "" {
			ch = strings.Split(p["channels"], ",")[0]
		}
		var out []map[string]any
		for _, r := range refs {
			f, ok := s.files[r.ID]
			if !ok || f.Data == nil {
				return fail("file_not_found") // never uploaded
			}
			if len(f.Data) != f.Length {
				return fail("file_upload_size_mismatch")
			}
			f.Title, f.Channel, f.ThreadTS, f.Shared = r.Title, ch, p["thread_ts"], ch != ""
			out = append(out, map[string]any{"id": f.ID, "title": f.Title, "name": f.Name})
		}
		call.TS = s.nextTSLocked()
		return map[string]any{"ok": true, "files": out}
	}
	return fail("unknown_method")
}

// serveUpload receives a file's bytes at the URL files.getUploadURLExternal gave: a multipart
// form whose "file" part is the file (as slack-go sends it). It is recorded as method
// "file.upload" and subject to faults injected for that name; Slack answers "OK - <length>".
func (s *Server) serveUpload(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var data []byte
	name := ""
	err := r.ParseMultipartForm(32 << 20)
	if err == nil {
		var part io.ReadCloser
		fh, ok := r.MultipartForm.File["file"]
		if !ok || len(fh) == 0 {
			err = fmt.Errorf("no file part")
		} else if part, err = fh[0].Open(); err == nil {
			name = fh[0].Filename
			data, err = io.ReadAll(part)
			part.Close()
		}
	}
	s.mu.Lock()
	call := Call{Method: "file.upload", Path: r.URL.Path, Params: map[string]string{"file_id": id, "filename": name,
		"bytes": strconv.Itoa(len(data))}, Status: http.StatusOK, At: time.Now()}
	f, known := s.files[id]
	if !known || err != nil || r.Header.Get("Authorization") != "Bearer "+s.opts.BotToken {
		call.Status = http.StatusBadRequest
		s.recordLocked(call)
		s.mu.Unlock()
		http.Error(w, "bad upload", http.StatusBadRequest)
		return
	}
	in := s.faultLocked("file.upload", call.Params)
	if in != nil && in.fault == FaultStatus {
		call.Status = in.status
		s.recordLocked(call)
		s.mu.Unlock()
		w.WriteHeader(in.status)
		io.WriteString(w, "fake server error")
		return
	}
	f.Data = data
	s.recordLocked(call)
	s.mu.Unlock()
	if in != nil {
		serveFault(w, r, in, nil)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "OK - %d", len(data))
}
