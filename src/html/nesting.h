// Owns the guard that runs before gumbo: bounding how deeply elements nest.
#pragma once

#include <string>
#include <string_view>

namespace newsmark::html {

// Returns `markup` with every start tag that would open an element deeper than
// `max_depth` removed, together with its end tag; text and shallower markup are kept
// byte for byte. The scan is linear and tracks nesting the way a tag soup reader
// can: void elements, raw-text elements (script, style, textarea, title), comments,
// and the implied end of a repeated p/li/td/tr/option at the top of the stack.
// Sets `*changed` when anything was removed.
std::string limit_nesting(std::string_view markup, int max_depth, bool* changed);

}  // namespace newsmark::html
