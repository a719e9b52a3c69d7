#include "data/embedded.h"

namespace newsmark::data {

std::string_view file(std::string_view name) {
  for (const File& f : files())
    if (f.name == name) return f.content;
  return {};
}

std::vector<File> files_under(std::string_view prefix) {
  std::vector<File> out;
  for (const File& f : files())
    if (f.name.substr(0, prefix.size()) == prefix) out.push_back(f);
  return out;
}

std::vector<std::string_view> split_fields(std::string_view line, char separator) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = line.find(separator, start);
    out.push_back(line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

}  // namespace newsmark::data
