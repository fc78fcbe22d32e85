package retrieval

import (
	"slices"
	"testing"
)

// TestTopicWordingsHead: a rendering that is the head of the first one, three characters or
// more, names the topic (合作社 of 农民专业合作社: 村党组织领办合作社 speaks of farmer
// cooperatives); a two-character head (诈骗 of 电信诈骗) is too wide.
func TestTopicWordingsHead(t *testing.T) {
	if got := topicWordings([]string{"农民专业合作社", "合作社"}); !slices.Contains(got, "合作社") {
		t.Errorf("topicWordings(农民专业合作社, 合作社) = %v, want 合作社 kept", got)
	}
	if got := topicWordings([]string{"电信诈骗", "诈骗"}); slices.Contains(got, "诈骗") {
		t.Errorf("topicWordings(电信诈骗, 诈骗) = %v, want 诈骗 dropped", got)
	}
}
