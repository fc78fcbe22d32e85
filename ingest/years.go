package ingest

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"strconv"
)

// Words of headings over the review of the year past and over the plan for the year ahead.
var (
	reviewHeadingWords = lazyre.New(`回顾|过去|一年来|这一年|成绩|成效`)
	planHeadingWords   = lazyre.New(`安排|任务|目标|展望|计划|思路|打算|部署|做好|重点工作|工作重点`)
	// reEstimated is "预计2023年", the review's estimate of the year it closes.
	reEstimated = lazyre.New(`预计(20[0-9]{2})年`)
	// reNextYearTargets is a plan for "明年": the report reviews a year that has not ended.
	reNextYearTargets = lazyre.New(`明年[^。;]{0,12}(?:目标|任务|工作)`)
)

// frameYears returns the year a report reviews and the year it plans for:
//
//   - review year: the year a review heading names ("2023年工作回顾"); else the year the text
//     estimates ("预计2023年,地区生产总值完成…"); else year (the profile's year);
//   - plan year: the year a plan heading names ("2023年工作安排", "扎实做好2023年工作"); else,
//     when the text sets targets for 明年, the year after the review year; else year.
//
// Both may be the same year: the bundled reports head their two parts 2023年工作回顾 and
// 2023年工作安排 (a report given at the start of 2023 reviews the work up to then and plans
// the rest of the year), and a question's year is matched against both.
func frameYears(paras []Para, text string, year int) (review, plan int) {
	for _, p := range paras {
		if !p.Heading {
			continue
		}
		y := mostYear(p.Text)
		if y == 0 {
			continue
		}
		switch {
		case review == 0 && reviewHeadingWords.MatchString(p.Text) && !planHeadingWords.MatchString(p.Text):
			review = y
		case plan == 0 && planHeadingWords.MatchString(p.Text) && !reviewHeadingWords.MatchString(p.Text):
			plan = y
		}
	}
	if review == 0 {
		if m := reEstimated.FindStringSubmatch(text); m != nil {
			review, _ = strconv.Atoi(m[1])
		}
	}
	if review == 0 {
		review = year
	}
	if plan == 0 && review > 0 && reNextYearTargets.MatchString(text) {
		plan = review + 1
	}
	if plan == 0 {
		plan = year
	}
	return review, plan
}
