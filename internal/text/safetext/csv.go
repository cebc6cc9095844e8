package safetext

import "strings"

// Cell makes text safe as a cell of a CSV file that a spreadsheet will
// open. A cell that starts with =, +, -, @, a tab or a carriage return is
// read as a formula (=HYPERLINK(...) sends data away, =cmd|... runs a
// program), so it gets a single quote in front, which spreadsheets show
// as text, as OWASP recommends for CSV exports. Quote the cell too, so
// that a separator in it starts no new cell.
func Cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
