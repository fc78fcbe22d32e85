package retrieval

import "testing"

// TestAmountOfOther: an amount in a clause naming another thing, beside the asked thing counted
// in a clause of its own, is another thing's; an amount whose clause names only money, or names
// the asked thing, is not; questions of no spending are not judged.
func TestAmountOfOther(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how much money went into repairing huigou's martyrs' tombs?", Terms: []Term{
		{From: "money", Variants: []string{"资金"}, Weight: 1},
		{From: "martyrs", Variants: []string{"烈士"}, Weight: 0.94},
		{From: "tombs", Variants: []string{"墓"}, Weight: 0.23},
	}}
	if _, other := AmountOfOther(p, "扎实开展优抚工作,发放优抚怃恤金218.47万元,维修烈士墓9座,办理优待证543个。"); !other {
		t.Errorf("218.47万元 of 优抚怃恤金 taken for the tombs")
	}
	if _, other := AmountOfOther(p, "投入78万元资金,维修烈士墓9座。"); other {
		t.Errorf("an amount naming only money judged another thing's")
	}
	if _, other := AmountOfOther(p, "投入78万元维修烈士墓9座。"); other {
		t.Errorf("an amount in the tombs' clause judged another thing's")
	}
	q := p
	q.Norm = "how much stevia did huigou plant?"
	if _, other := AmountOfOther(q, "扎实开展优抚工作,发放优抚怃恤金218.47万元,维修烈士墓9座。"); other {
		t.Errorf("a question of no spending judged")
	}
}

// TestAmountUnstated: a spending question's sentence that names the asked thing and states no
// amount leaves the amount unstated; one stating an amount, or not naming the thing, does not.
func TestAmountUnstated(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how much money did shacheng spend building elderly canteens?", Terms: []Term{
		{From: "money", Variants: []string{"资金"}, Weight: 1},
		{From: "spend", Variants: []string{"支出"}, Weight: 1},
		{From: "elderly canteens", Variants: []string{"长者食堂"}, Weight: 1},
	}}
	things, unstated := AmountUnstated(p, "完成水岙村等一批长者食堂建设。")
	if !unstated || len(things) != 1 || things[0] != "elderly canteens" {
		t.Errorf("AmountUnstated = %v, %v; want [elderly canteens], true", things, unstated)
	}
	if _, unstated := AmountUnstated(p, "投入50万元完成长者食堂建设。"); unstated {
		t.Errorf("an amount beside the canteens judged unstated")
	}
	if _, unstated := AmountUnstated(p, "实施孝老消防工程,解决90户农村特困老人住房消防安全问题。"); unstated {
		t.Errorf("a sentence without the canteens judged")
	}
}
