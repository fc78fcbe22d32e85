package retrieval

import (
	"context"
	"fmt"
	"testing"
)

func TestZZDebug(t *testing.T) {
	ix := bundledIndex(t)
	for _, q := range []string{"盛泽镇新建了多少个5G基站?"} {
		p := Analyze(q, ix)
		sc := ix.newScorer(p)
		fmt.Printf("%+v\nwant=%+v decisive=%d\n", p.Terms, sc.want, sc.decisive)
		for _, t := range sc.terms {
			fmt.Println(t.wordings, t.weight, t.number)
		}
		res, _ := ix.Search(context.Background(), p, 5)
		for _, e := range res.Topic {
			fmt.Println(e.Hit.Chunk.Entity, e.Coverage, e.Quote)
		}
	}
}
func TestZZDebug2(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("盛泽镇新建了多少个5G基站?", ix)
	res, _ := ix.Search(context.Background(), p, 5)
	fmt.Printf("%+v\n", p.Terms)
	fmt.Println(res.Best.Coverage, res.Best.Score, res.Best.Lead, "|", res.Best.Quote)
}
