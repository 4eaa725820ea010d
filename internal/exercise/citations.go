package exercise

import (
	"strconv"
	"strings"
)

// Citations numbers evidence ids in order of first use, so a text or a PDF
// can cite [1], [2] inline and list each reference once at the end.
type Citations struct {
	Order []string // ids in the order they were first cited
	index map[string]int
}

// Cite returns " [1, 3]" for ids, numbering new ones, or "" when there are none.
func (c *Citations) Cite(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	if c.index == nil {
		c.index = map[string]int{}
	}
	nums := make([]string, 0, len(ids))
	for _, id := range ids {
		n, ok := c.index[id]
		if !ok {
			c.Order = append(c.Order, id)
			n = len(c.Order)
			c.index[id] = n
		}
		nums = append(nums, strconv.Itoa(n))
	}
	return " [" + strings.Join(nums, ", ") + "]"
}

// JoinCitations lists citations in one line: "; " between them, or a space
// after one that already ends its sentence, so a full stop is never followed
// by ";".
func JoinCitations(names []string) string {
	var b strings.Builder
	for i, n := range names {
		if i > 0 {
			if strings.HasSuffix(names[i-1], ".") || strings.HasSuffix(names[i-1], "?") || strings.HasSuffix(names[i-1], "!") {
				b.WriteString(" ")
			} else {
				b.WriteString("; ")
			}
		}
		b.WriteString(n)
	}
	return b.String()
}
