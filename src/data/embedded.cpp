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
  for_each_field(line, separator, [&out](std::string_view field) { out.push_back(field); });
  return out;
}

}  // namespace newsmark::data
