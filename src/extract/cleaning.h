// Owns cleaning inside the chosen container: forms, embeds, share bars and buttons,
// chrome-weighted headings, and tables, lists and divs that look like boilerplate
// (link lists, image strips, ad slots) are set aside before the blocks are read.
#pragma once

#include "extract/candidates.h"

namespace newsmark::extract {

void clean_article(Grabbed& grabbed, const Flags& flags);

}  // namespace newsmark::extract
