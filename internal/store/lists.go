package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"sync"

	"github.com/philippgille/chromem-go"

	"github.com/reportbot/reportbot/internal/mmap"
)

// DefaultProbe is the number of chunks a dense search's nearest lists must hold at least
// (Lists.Probe): at 10,000 reports (382,385 chunks in 1,494 lists of about ListSize) about 64
// lists, 4 % of the chunks; a store of fewer chunks is searched whole. docs/SCALING.md has the
// recall this gives against every list.
const DefaultProbe = 16384

// Lists is `serve`'s chromem-go store, partitioned as an inverted-file (IVF) index: per segment,
// one chromem-go collection per list of the segment's partition (lists.ivf, written at ingest),
// whose documents are named by the chunk's index in its segment and hold the chunk's row of the
// mapped vectors.rows in place (chromem-go keeps a unit-length embedding as given). Search
// queries only the collections of the lists likeliest to hold the chunks most similar to the
// question, judged by the mean and variance of each coordinate in each list (computed when the
// collections are built, from the rows they read anyway).
//
// A segment's collections are built once per process and shared by every Lists naming the
// segment (a reload builds only its new segments' collections, and holds the unchanged ones
// once); Close gives them back. A Lists is safe for concurrent use.
type Lists struct {
	// Probe is how many chunks the lists a search queries must hold at least (the likeliest lists
	// first); 0 or less, or at least the store's chunks, queries every list. Set it before the
	// first Search.
	Probe int

	segs   []*segLists
	starts []int     // the generation's index of each segment's first chunk
	first  []int     // the index in lists of each segment's first list
	lists  []listRef // every list of every segment
	// mean and vari hold, for each of lists (nil: a segment without a partition), the mean and
	// the variance of each coordinate among its chunks' vectors, from which a search estimates
	// how similar a query's nearest chunk in the list is (likeliest).
	mean, vari [][]float32
	n, dim     int
}

// listRef is one list: its segment (index into Lists.segs), its index among the segment's lists,
// and its collection.
type listRef struct {
	seg, list int
	col       *chromem.Collection
	count     int
}

// ListHit is one chunk a dense search found: its index in the generation and its similarity.
type ListHit struct {
	Chunk      int
	Similarity float32
}

// Lists builds (or shares) the chromem-go collections of g's segments, one per list; see Lists.
// Segments without a lists file are served as one list each, queried by every search.
func (g *Generation) Lists() (*Lists, error) {
	l := &Lists{Probe: DefaultProbe, dim: g.Manifest.Dim}
	for _, s := range g.Segments {
		sl, err := acquireSegLists(s.Dir, s.Chunks)
		if err != nil {
			l.Close()
			return nil, err
		}
		k := len(l.segs)
		l.segs = append(l.segs, sl)
		l.starts = append(l.starts, s.FirstChunk)
		l.first = append(l.first, len(l.lists))
		for i, col := range sl.cols {
			if col == nil {
				continue // an empty list
			}
			l.lists = append(l.lists, listRef{seg: k, list: i, col: col, count: col.Count()})
			var mean, vari []float32
			if sl.part {
				mean, vari = sl.mean[i], sl.vari[i]
			}
			l.mean = append(l.mean, mean)
			l.vari = append(l.vari, vari)
		}
		l.n += s.Chunks
		if s.Chunks > 0 && sl.dim != l.dim {
			l.Close()
			return nil, fmt.Errorf("read store segment %s: vectors of dimension %d, the store's are %d (rebuild it with `reportbot ingest --replace`)", s.Name, sl.dim, l.dim)
		}
	}
	return l, nil
}

// Count returns the number of documents in all lists: the generation's chunks.
func (l *Lists) Count() int { return l.n }

// NumLists returns the number of (non-empty) lists.
func (l *Lists) NumLists() int { return len(l.lists) }

// Search returns the n chunks most similar to q among the lists it queries, best first (ties
// to the earlier chunk), restricted to the chunks allow admits when it is not nil: the lists are
// queried with chromem-go's QueryEmbedding, every unpartitioned segment's first, then those
// likeliest to hold chunks similar to q (likeliest), until they hold l.Probe chunks (of those
// allow admits). A filter chromem-go's `where` cannot express is applied to its results: a list
// holding m chunks that allow refuses is asked for n+m, so none of its best n admitted ones is
// missed. The similarities are chromem-go's.
func (l *Lists) Search(ctx context.Context, q []float32, n int, allow func(int) bool) ([]ListHit, error) {
	if n <= 0 || l.n == 0 {
		return nil, nil
	}
	if len(q) != l.dim {
		return nil, fmt.Errorf("dense search: query of dimension %d, the store's is %d", len(q), l.dim)
	}
	q = UnitVector(q)
	held := l.admitted(allow)
	top := make([]ListHit, 0, n+1) // the best n so far, best first
	better := func(a, b ListHit) bool {
		return a.Similarity > b.Similarity || a.Similarity == b.Similarity && a.Chunk < b.Chunk
	}
	for _, i := range l.probeOrder(q, held) {
		r := l.lists[i]
		want := min(n+r.count-held[i], r.count)
		res, err := r.col.QueryEmbedding(ctx, q, want, nil, nil)
		if err != nil {
			return nil, fmt.Errorf("dense search: %w", err)
		}
		start := l.starts[r.seg]
		for _, d := range res {
			c, err := strconv.Atoi(d.ID)
			if err != nil {
				return nil, fmt.Errorf("dense search: document %q is not a chunk index", d.ID)
			}
			if allow != nil && !allow(start+c) {
				continue
			}
			h := ListHit{Chunk: start + c, Similarity: d.Similarity}
			if len(top) == n && !better(h, top[n-1]) {
				continue
			}
			p := sort.Search(len(top), func(p int) bool { return better(h, top[p]) })
			if top = slices.Insert(top, p, h); len(top) > n {
				top = top[:n]
			}
		}
	}
	return top, nil
}

// admitted returns how many chunks of each list allow admits (every chunk when nil).
func (l *Lists) admitted(allow func(int) bool) []int {
	held := make([]int, len(l.lists))
	if allow == nil {
		for i, r := range l.lists {
			held[i] = r.count
		}
		return held
	}
	for k, s := range l.segs {
		start := l.starts[k]
		for c, list := range s.list {
			if allow(start + c) {
				held[l.first[k]+int(s.index[list])]++
			}
		}
	}
	return held
}

// probeOrder returns the lists a search for the unit vector q queries, given how many admitted
// chunks each holds: every list holding one when l.Probe covers them all, else the unpartitioned
// segments' and then the lists likeliest to hold chunks similar to q until they hold l.Probe
// admitted chunks.
func (l *Lists) probeOrder(q []float32, held []int) []int {
	var all []int
	total := 0
	for i, h := range held {
		if h > 0 {
			all = append(all, i)
			total += h
		}
	}
	if l.Probe <= 0 || l.Probe >= total {
		return all
	}
	var nz []int
	for j, x := range q {
		if x != 0 {
			nz = append(nz, j)
		}
	}
	sims := make([]float32, len(l.lists))
	var out []int
	got := 0
	for _, i := range all {
		if l.mean[i] == nil {
			out = append(out, i)
			got += held[i]
			continue
		}
		sims[i] = likeliest(q, nz, l.mean[i], l.vari[i])
	}
	slices.SortStableFunc(all, func(a, b int) int { return cmp.Compare(sims[b], sims[a]) })
	for _, i := range all {
		if got >= l.Probe {
			break
		}
		if l.mean[i] != nil {
			out = append(out, i)
			got += held[i]
		}
	}
	return out
}

// spreadWeight is how many standard deviations above the mean likeliest puts a list's nearest
// chunk. A list is a few hundred chunks, and a question's nearest ones stand out from their list
// (a question is short: its vector is sparse, a passage's dense); at 10,000 reports 2.5 raises
// recall@10 at the default probe from 0.75 (ordered by centroid) to 0.87 (docs/SCALING.md).
const spreadWeight = 2.5

// likeliest estimates how similar to q (whose non-zero coordinates are nz) a list's most similar
// chunk is, from the mean and the variance of each coordinate among the list's vectors: the mean
// similarity plus spreadWeight standard deviations (the coordinates taken as independent).
func likeliest(q []float32, nz []int, mean, vari []float32) float32 {
	var s, v float64
	for _, j := range nz {
		x := float64(q[j])
		s += x * float64(mean[j])
		v += x * x * float64(vari[j])
	}
	return float32(s + spreadWeight*math.Sqrt(v))
}

// Close gives back the segments' collections (and their mappings) that no other Lists uses.
func (l *Lists) Close() error {
	var errs []error
	for _, s := range l.segs {
		errs = append(errs, s.release())
	}
	l.segs, l.lists, l.mean, l.vari = nil, nil, nil, nil
	return errors.Join(errs...)
}

// segLists is one segment's collections, shared by every Lists naming the segment.
type segLists struct {
	key  string
	refs int // under listsRegistry's lock
	rows *mmap.File
	dim  int
	// cols holds one collection per list (nil: empty); part says that they come from the
	// segment's lists file (else cols is one list of every chunk).
	cols []*chromem.Collection
	part bool
	// mean and vari hold each list's mean and variance of each coordinate (Lists.mean).
	mean, vari [][]float32
	// list holds each chunk's list; index each list's rank among the non-empty ones (the order
	// Lists numbers them in).
	list  []uint32
	index []int32
}

// listsRegistry holds the segments' collections in use, by segment directory.
var listsRegistry struct {
	sync.Mutex
	segs map[string]*segLists
}

// acquireSegLists returns the collections of the segment in dir (of n chunks), building them
// unless another Lists holds them.
func acquireSegLists(dir string, n int) (*segLists, error) {
	rows, err := mmap.OpenShared(filepath.Join(dir, rowsFile))
	if err != nil {
		return nil, fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	// The same directory whose rows are the same mapping: the same segment, already built.
	key := dir
	if b := rows.Bytes(); len(b) > 0 {
		key = fmt.Sprintf("%s@%p", dir, &b[0])
	}
	listsRegistry.Lock()
	if s := listsRegistry.segs[key]; s != nil {
		s.refs++
		listsRegistry.Unlock()
		rows.Close()
		return s, nil
	}
	listsRegistry.Unlock()
	s, err := buildSegLists(dir, rows, n)
	if err != nil {
		rows.Close()
		return nil, err
	}
	s.key = key
	listsRegistry.Lock()
	defer listsRegistry.Unlock()
	if o := listsRegistry.segs[key]; o != nil {
		// Built meanwhile by another caller: use theirs.
		o.refs++
		rows.Close()
		return o, nil
	}
	if listsRegistry.segs == nil {
		listsRegistry.segs = map[string]*segLists{}
	}
	s.refs = 1
	listsRegistry.segs[key] = s
	return s, nil
}

// buildSegLists builds the collections of the segment in dir from its mapped rows.
func buildSegLists(dir string, rows *mmap.File, n int) (*segLists, error) {
	path := filepath.Join(dir, rowsFile)
	m, dim, data, err := parseFloats(path, rows.Bytes(), rowsMagic, "rows")
	if err != nil {
		return nil, err
	}
	if m != n {
		return nil, fmt.Errorf("read store %s: %d vectors for %d chunks (re-run `reportbot ingest --replace`)", path, m, n)
	}
	p, ok, err := readPartition(filepath.Join(dir, listsFile), n, dim)
	if err != nil {
		return nil, err
	}
	s := &segLists{rows: rows, dim: dim, part: ok}
	if !ok {
		p = PartitionOf{Dim: dim, Centroids: make([][]float32, 1), List: make([]uint32, n)}
	}
	s.list = p.List
	s.cols = make([]*chromem.Collection, len(p.Centroids))
	db := chromem.NewDB()
	for _, l := range p.List {
		if s.cols[l] != nil {
			continue // one collection per list that holds a chunk
		}
		if s.cols[l], err = db.CreateCollection(strconv.Itoa(int(l)), nil, refuseEmbed); err != nil {
			return nil, fmt.Errorf("read store vectors: %w", err)
		}
	}
	row := func(i int) []float32 { return data[i*dim : (i+1)*dim : (i+1)*dim] }
	const workers = 2
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				doc := chromem.Document{ID: strconv.Itoa(i), Embedding: row(i)}
				if err := s.cols[p.List[i]].AddDocument(context.Background(), doc); err != nil {
					errs[w] = fmt.Errorf("read store vectors: %w (re-run `reportbot ingest`)", err)
					return
				}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if ok {
		s.mean, s.vari = moments(p, row, n, dim)
	}
	// Adding the documents read every row (chromem-go checks that each is of unit length); a
	// search reads only its lists' rows, so the rest need not stay resident.
	rows.Evict()
	s.index = make([]int32, len(s.cols))
	k := int32(0)
	for i, c := range s.cols {
		s.index[i] = k
		if c != nil {
			k++
		}
	}
	return s, nil
}

// moments returns, for each list of p, the mean and the variance of each coordinate among its
// chunks' rows (row(i) is chunk i's), on two cores (each list's by one).
func moments(p PartitionOf, row func(int) []float32, n, dim int) (mean, vari [][]float32) {
	k := len(p.Centroids)
	mean, vari = make([][]float32, k), make([][]float32, k)
	const workers = 2
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			sum := make([][]float64, k)
			sq := make([][]float64, k)
			cnt := make([]int, k)
			for i := range n {
				l := p.List[i]
				if int(l)%workers != w {
					continue
				}
				if sum[l] == nil {
					sum[l], sq[l] = make([]float64, dim), make([]float64, dim)
				}
				cnt[l]++
				v, su, sq := row(i)[:dim], sum[l][:dim], sq[l][:dim]
				for j, x := range v {
					y := float64(x)
					su[j] += y
					sq[j] += y * y
				}
			}
			for l := range k {
				if cnt[l] == 0 {
					continue
				}
				m, v := make([]float32, dim), make([]float32, dim)
				c := float64(cnt[l])
				for j := range dim {
					mu := sum[l][j] / c
					m[j] = float32(mu)
					v[j] = float32(max(0, sq[l][j]/c-mu*mu))
				}
				mean[l], vari[l] = m, v
			}
		})
	}
	wg.Wait()
	return mean, vari
}

// release drops one user of s, and the collections and mapping after the last.
func (s *segLists) release() error {
	listsRegistry.Lock()
	s.refs--
	last := s.refs == 0
	if last && listsRegistry.segs[s.key] == s {
		delete(listsRegistry.segs, s.key)
	}
	listsRegistry.Unlock()
	if !last {
		return nil
	}
	s.cols = nil
	return s.rows.Close()
}
