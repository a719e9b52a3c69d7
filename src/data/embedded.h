// Owns access to the data tables compiled into the binary: every file under
// src/<module>/data/ (gazetteer, cue lists, currency names), embedded at build time by
// cmake/embed.cmake, so the native CLI and the WASM module carry the same tables.
#pragma once

#include <string_view>
#include <vector>

namespace newsmark::data {

struct File {
  std::string_view name;     // path below src/, e.g. "companies/data/companies-kr.tsv"
  std::string_view content;  // the file's bytes
};

// All embedded files, sorted by name.
const std::vector<File>& files();

// The content of the file `name`, or an empty view.
std::string_view file(std::string_view name);

// Files whose name starts with `prefix` (e.g. "companies/data/"), sorted by name.
std::vector<File> files_under(std::string_view prefix);

// The fields of a data line separated by `separator` (a tab between columns, '|' inside
// one); empty fields are kept, so column numbers stay put.
std::vector<std::string_view> split_fields(std::string_view line, char separator);

// Calls `on_field` for each field split_fields returns, without building the vector.
template <typename F>
void for_each_field(std::string_view line, char separator, F&& on_field) {
  while (true) {
    const std::size_t end = line.find(separator);
    on_field(line.substr(0, end));
    if (end == std::string_view::npos) return;
    line.remove_prefix(end + 1);
  }
}

// Calls `on_line` for every line of `content` that is neither blank nor a '#' comment,
// with the trailing '\r' removed.
template <typename F>
void for_each_line(std::string_view content, F&& on_line) {
  std::size_t start = 0;
  while (start < content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line.front() != '#' && line.find_first_not_of(" \t") != std::string_view::npos) on_line(line);
    start = end + 1;
  }
}

}  // namespace newsmark::data
