package retrieval

import (
	"sync"

	"github.com/reportbot/reportbot/internal/lexical"
)

// The buffers localSource reads vector columns and posting lists into, kept from one call to the
// next. A question reads a column for each of its vector's nonzero coordinates and the lists of
// each of its terms; a fresh buffer for each read is zeroed by the runtime before pread
// overwrites it, and with the collector off in a one-shot `ask` (cmd/reportbot) every one of
// them is new memory the kernel must fault in. A pool (not one buffer per source) because
// serve's workers search at once; a buffer is taken for one call and given back after it.
var (
	columnBufs  = sync.Pool{New: func() any { return new([]float32) }}
	postingBufs = sync.Pool{New: func() any { return new([]lexical.Posting) }}
)
