// Package data holds the bundled corpus and evaluation sets, embedded in the binary so that a
// fresh clone (or a copied binary) answers with no set-up.
package data

import _ "embed"

// CorpusName is the bundled corpus's file name, used as the citation source.
const CorpusName = "2023-gov-work-reports.txt"

// Corpus is the bundled corpus: a scraped page holding nine 2023 government work reports.
//
//go:embed 2023-gov-work-reports.txt
var Corpus []byte

// DevSet is the development question set (JSON lines, see eval/README in the shared docs).
//
//go:embed eval/dev.jsonl
var DevSet []byte

// TeamSet is the team's own question set: other phrasings, other facts, and questions the
// reports cannot answer (type "none").
//
//go:embed eval/team.jsonl
var TeamSet []byte
