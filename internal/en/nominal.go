package en

// nominals are the nouns of verbs a question may name a figure by ("how much will the town
// invest": investment), for stating the figure: "investment 8 billion yuan", not "invest …".
var nominals = map[string]string{
	"invest": "investment", "invested": "investment", "spend": "spending", "spent": "spending",
	"export": "exports", "exported": "exports", "import": "imports", "imported": "imports",
	"produce": "output", "produced": "output", "sell": "sales", "sold": "sales", "earn": "earnings",
	"earned": "earnings", "pay": "payments", "paid": "payments", "collect": "collection",
	"collected": "collection", "raise": "funds raised", "raised": "funds raised", "allocate": "allocation",
	"allocated": "allocation", "build": "construction", "built": "construction", "plant": "planting",
	"planted": "planting", "renovate": "renovation", "renovated": "renovation", "repair": "repairs",
	"repaired": "repairs", "train": "training", "trained": "training", "employ": "employment",
	"employed": "employment", "recruit": "recruitment", "recruited": "recruitment", "lend": "lending",
	"borrow": "borrowing", "save": "savings", "grow": "growth", "grew": "growth", "consume": "consumption",
	"attract": "attraction", "complete": "completion", "completed": "completion", "demolish": "demolition",
	"demolished": "demolition", "install": "installation", "installed": "installation", "subsidize": "subsidies",
	"subsidise": "subsidies", "donate": "donations", "donated": "donations", "relieve": "relief",
}

// Nominal returns the noun a verb names its activity by ("invest" → "investment", "spent" →
// "spending"); the word itself when it is no verb this package knows.
func Nominal(w string) string {
	if n, ok := nominals[w]; ok {
		return n
	}
	return w
}
