// Owns the memory of one parse: gumbo allocates every node, string and vector of a page
// separately (hundreds of thousands of small blocks), and frees them all together at the
// end. An arena hands out those blocks from large chunks and releases the chunks at once,
// which makes both the parse and its destruction cheaper.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace newsmark::html {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(std::size_t size);

  // gumbo's allocator interface; `arena` is the Arena. Blocks are not given back one by
  // one: everything is released with the arena.
  static void* gumbo_allocate(void* arena, std::size_t size);
  static void gumbo_deallocate(void* arena, void* block);

 private:
  static constexpr std::size_t kChunkBytes = 256 * 1024;
  static constexpr std::size_t kAlignment = alignof(std::max_align_t);

  std::vector<std::unique_ptr<unsigned char[]>> chunks_;
  unsigned char* next_ = nullptr;
  unsigned char* end_ = nullptr;
};

}  // namespace newsmark::html
