package retrieval
import ("testing";"fmt";"context")
func TestZZDebug(t *testing.T){
 ix := bundledIndex(t)
 for _, q := range []string{"各镇给村集体经济定的收入目标分别是多少?"} {
  p := Analyze(q, ix)
  sc := ix.newScorer(p)
  fmt.Printf("%+v\nwant=%+v decisive=%d\n", p.Terms, sc.want, sc.decisive)
  for _, t := range sc.terms { fmt.Println(t.wordings, t.weight, t.number) }
  res, _ := ix.Search(context.Background(), p, 5)
  for _, e := range res.Topic { fmt.Println(e.Hit.Chunk.Entity, e.Coverage, e.Quote) }
 }
}
