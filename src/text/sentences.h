// Owns sentence segmentation for Korean and English news text.
#pragma once

#include <string_view>
#include <vector>

#include "annotate/document.h"

namespace newsmark::text {

// Sentences of `text`, never crossing a block boundary. Spans exclude surrounding spaces.
std::vector<Span> split_sentences(std::string_view text, const std::vector<Block>& blocks);

}  // namespace newsmark::text
