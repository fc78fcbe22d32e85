package scale

// questionPatterns are the wordings of scaled questions, by language, form, kind (target or
// actual) and measure (growth or amount): {P} is the place (or list of places), {I} the
// indicator, {Y} the year. Several per key, so that a set does not read as one template.
var questionPatterns = map[string][]string{
	// A place and a year.
	"en/year/target/growth": {
		"What growth target did {P} set for {I} in {Y}?",
		"In its {Y} work report, how fast did {P} plan to grow {I}?",
		"How much was {I} in {P} expected to rise in {Y}?",
		"{Y} work report of {P}: what is the target for {I} growth?",
	},
	"en/year/target/amount": {
		"What {I} target did {P} set for {Y}?",
		"According to the {Y} report, what level of {I} was {P} aiming for?",
		"How much {I} did {P} plan for in {Y}?",
	},
	"en/year/actual/growth": {
		"How did {I} change in {P} in {Y}?",
		"What growth in {I} did {P} report for {Y}?",
		"By what percentage did {I} move in {P} in {Y}, year on year?",
	},
	"en/year/actual/amount": {
		"How much {I} did {P} report for {Y}?",
		"What was the {I} of {P} in {Y}?",
		"In {Y}, what figure did {P} give for {I}?",
		"Give me the {Y} {I} for {P}.",
	},
	"zh/year/target/growth": {
		"{P}{Y}年{I}增长目标是多少?",
		"{Y}年{P}计划{I}增长多少?",
		"{P}在{Y}年的政府工作报告里,{I}预期增速定的是多少?",
		"{Y}年,{P}的{I}要增长多少?",
	},
	"zh/year/target/amount": {
		"{P}{Y}年{I}的目标是多少?",
		"{Y}年{P}{I}计划达到多少?",
		"{P}{Y}年工作报告提出{I}要完成多少?",
	},
	"zh/year/actual/growth": {
		"{Y}年{P}{I}增长了多少?",
		"{P}{Y}年{I}同比增速是多少?",
		"{P}的{I}在{Y}年变化了多少?",
	},
	"zh/year/actual/amount": {
		"{P}{Y}年{I}完成了多少?",
		"{Y}年{P}的{I}是多少?",
		"{P}{Y}年的报告里{I}是多少?",
		"请问{Y}年{P}{I}的数据。",
	},

	// A place alone: the latest report answers.
	"en/latest/target/growth": {
		"What is the growth target for {I} in {P}?",
		"How fast does {P} plan to grow {I}?",
		"What {I} growth is {P} aiming for?",
	},
	"en/latest/target/amount": {
		"What is the {I} target of {P}?",
		"How much {I} does {P} plan for?",
	},
	"en/latest/actual/growth": {
		"How did {I} change in {P}?",
		"What is the latest {I} growth reported by {P}?",
	},
	"en/latest/actual/amount": {
		"How much {I} did {P} report?",
		"What is the latest {I} figure for {P}?",
		"What was the {I} of {P}?",
	},
	"zh/latest/target/growth": {
		"{P}{I}增长目标是多少?",
		"{P}计划{I}增长多少?",
		"{P}的{I}预期增速是多少?",
	},
	"zh/latest/target/amount": {
		"{P}{I}的目标是多少?",
		"{P}{I}要达到多少?",
	},
	"zh/latest/actual/growth": {
		"{P}{I}增长了多少?",
		"{P}最新的{I}增速是多少?",
	},
	"zh/latest/actual/amount": {
		"{P}{I}完成了多少?",
		"{P}的{I}是多少?",
		"{P}最近一年{I}有多少?",
	},

	// One indicator across places in one year.
	"en/compare/target/growth": {
		"Compare the {Y} {I} growth targets of {P}.",
		"How do the {I} growth targets of {P} for {Y} compare?",
		"{P}: which of them set the higher {I} growth target for {Y}?",
	},
	"en/compare/target/amount": {
		"Compare the {Y} {I} targets of {P}.",
		"What {I} targets did {P} set for {Y}?",
	},
	"en/compare/actual/growth": {
		"Compare how {I} changed in {Y} in {P}.",
		"In {Y}, how did {I} growth differ between {P}?",
	},
	"en/compare/actual/amount": {
		"Compare the {Y} {I} of {P}.",
		"What {I} did {P} each report for {Y}?",
		"Of {P}, which reported more {I} in {Y}?",
	},
	"zh/compare/target/growth": {
		"{Y}年{P}的{I}增长目标各是多少?",
		"比较{P}{Y}年的{I}增长目标。",
		"{P}在{Y}年定的{I}增速目标谁更高?",
	},
	"zh/compare/target/amount": {
		"{Y}年{P}的{I}目标分别是多少?",
		"对比{P}{Y}年{I}的目标。",
	},
	"zh/compare/actual/growth": {
		"{Y}年{P}的{I}分别增长了多少?",
		"比较{P}{Y}年{I}的增速。",
	},
	"zh/compare/actual/amount": {
		"{Y}年{P}的{I}分别是多少?",
		"比较一下{P}{Y}年的{I}。",
		"{P}{Y}年{I}谁多?",
	},
}
