package coach

// backcoach's own advice about pain. The article gives none: these words
// are backcoach's, written from what NHS and Mayo Clinic pages on back
// exercises say, and the screens mark them as backcoach's.
const (
	// NotMedicalAdvice is said once at the start of every way into a
	// routine.
	NotMedicalAdvice = "backcoach is not medical advice: for back pain, see a physical therapist."

	// PainAdvice is what to do when an exercise hurts.
	PainAdvice = "Stop any exercise that makes your pain worse or brings new pain, and don't push through it. " +
		"Rest in a position that is comfortable. A physical therapist can tell you which exercises suit your back."

	// RedFlags are the signs that need a doctor at once, not exercise.
	RedFlags = "Get medical help at once if you have numbness or tingling around your genitals or buttocks, " +
		"trouble peeing or controlling your bladder or bowels, new weakness or numbness in your legs, " +
		"or severe pain that spreads or keeps getting worse."

	// SevereBefore is said when the pain before a routine is severe.
	SevereBefore = "That is severe pain. Stretching through severe pain is not advised without a physical therapist's guidance."

	// PainWentUp is said when the pain went up during a routine.
	PainWentUp = "Your pain went up during this routine. Leave the exercises that made it worse until you have asked a physical therapist."

	// Breathe is the cue of a hold whose exercise gives none: breathe
	// normally, move slowly, don't bounce.
	Breathe = "Breathe normally."

	// Whose marks backcoach's own words apart from the article's.
	Whose = "backcoach's advice, not the article's"

	// Severe is the rating from which pain is severe (0 to 10).
	Severe = 7

	// WentUp is how much the pain must rise during a routine to be
	// called out on the summary.
	WentUp = 2
)
