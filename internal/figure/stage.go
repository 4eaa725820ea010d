package figure

// The practice stage puts its words (the caption, the set-up line) under the
// figure or in a column at its right. The screen (internal/ui/stage) and the
// painter of `corecue frame` (internal/figure/raster) each measure their own
// words and ask WordsBeside, so that both choose alike.

// WordsUnderLeast is the least share of the height between the stage's
// header and its sound note that the figure keeps with the words under it:
// at 1024x600 the practice tab's figure got under 60 % with its words under
// it; at 1280x800 it gets over 70 %.
const WordsUnderLeast = 0.65

// WordsColumn is the share of the stage's width the words' column takes
// beside the figure (more if the words need it).
const WordsColumn = 0.32

// StageRoom is one arrangement of the stage's words: Room is the height
// between the header and the sound note, Words what the words take of it
// (under the figure, with the gap between them).
type StageRoom struct{ Room, Words float64 }

// WordsBeside reports whether the words go beside the figure: when under it
// they would leave the figure less than WordsUnderLeast of the room, and
// only if they fit in the column's height.
func WordsBeside(under, beside StageRoom) bool {
	if under.Room-under.Words >= WordsUnderLeast*under.Room {
		return false
	}
	return beside.Words <= beside.Room
}
