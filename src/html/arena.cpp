#include "html/arena.h"

namespace newsmark::html {

void* Arena::allocate(std::size_t size) {
  size = (size + kAlignment - 1) / kAlignment * kAlignment;
  if (size > static_cast<std::size_t>(end_ - next_)) {
    if (size > kChunkBytes / 4) {
      // A large block gets a chunk of its own, so that the current chunk stays in use.
      chunks_.emplace_back(new unsigned char[size]);
      return chunks_.back().get();
    }
    chunks_.emplace_back(new unsigned char[kChunkBytes]);
    next_ = chunks_.back().get();
    end_ = next_ + kChunkBytes;
  }
  void* block = next_;
  next_ += size;
  return block;
}

void* Arena::gumbo_allocate(void* arena, std::size_t size) { return static_cast<Arena*>(arena)->allocate(size); }

void Arena::gumbo_deallocate(void*, void*) {}

}  // namespace newsmark::html
