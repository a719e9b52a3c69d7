// Owns reading the chosen article into blocks in reading order: paragraphs, headings,
// list items, quotes, captions, preformatted text and table rows, with <br><br> runs
// split into paragraphs and loose inline text gathered into paragraphs.
#pragma once

#include "extract/blocks.h"
#include "extract/candidates.h"

namespace newsmark::extract {

void read_blocks(const Grabbed& grabbed, BlockWriter& writer);

}  // namespace newsmark::extract
