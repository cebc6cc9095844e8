package journal

import "time"

// SetPatience makes w wait d for the lock: the tests wait less than
// Patience.
func SetPatience(w *Writer, d time.Duration) { w.patience = d }
