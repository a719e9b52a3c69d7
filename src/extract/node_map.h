// Owns the hash tables keyed by gumbo nodes that extraction keeps per element (text
// measures, removed nodes, paragraph divs, scores...). A page has tens of thousands of
// elements and these tables are read on every step of every walk: open addressing over
// flat arrays finds a node with one hash and a short scan, where std::unordered_map
// allocates every entry and chases a pointer per lookup. Entries are only ever added.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsmark::extract {

template <typename Value>
class NodeMap {
 public:
  NodeMap() { reset(kInitialBits); }

  const Value* find(const GumboNode* node) const {
    const std::size_t slot = slot_of(node);
    return keys_[slot] ? &values_[slot] : nullptr;
  }
  Value* find(const GumboNode* node) {
    return const_cast<Value*>(static_cast<const NodeMap&>(*this).find(node));
  }
  bool contains(const GumboNode* node) const { return find(node) != nullptr; }

  // The node's value, added (value-initialised) when the node is new.
  Value& operator[](const GumboNode* node) {
    std::size_t slot = slot_of(node);
    if (!keys_[slot]) {
      // Kept at most half full, so that a scan meets a free slot soon.
      if (2 * (size_ + 1) > keys_.size()) {
        grow();
        slot = slot_of(node);
      }
      keys_[slot] = node;
      ++size_;
    }
    return values_[slot];
  }

 private:
  static constexpr int kInitialBits = 6;

  void reset(int bits) {
    bits_ = bits;
    keys_.assign(std::size_t{1} << bits, nullptr);
    values_.assign(std::size_t{1} << bits, Value{});
    size_ = 0;
  }

  // The slot that holds `node`, or the free slot where it would go.
  std::size_t slot_of(const GumboNode* node) const {
    // Fibonacci hashing: nodes are 16-byte aligned, the multiplication spreads the rest.
    const auto address = reinterpret_cast<std::uintptr_t>(node);
    std::size_t slot = static_cast<std::size_t>((address >> 4) * 0x9E3779B97F4A7C15ull >> (64 - bits_));
    const std::size_t mask = keys_.size() - 1;
    while (keys_[slot] && keys_[slot] != node) slot = (slot + 1) & mask;
    return slot;
  }

  void grow() {
    std::vector<const GumboNode*> keys = std::move(keys_);
    std::vector<Value> values = std::move(values_);
    reset(bits_ + 1);
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i]) (*this)[keys[i]] = std::move(values[i]);
  }

  int bits_ = 0;
  std::vector<const GumboNode*> keys_;  // null: a free slot
  std::vector<Value> values_;
  std::size_t size_ = 0;
};

class NodeSet {
 public:
  bool contains(const GumboNode* node) const { return members_.contains(node); }
  void insert(const GumboNode* node) { members_[node]; }

 private:
  struct Member {};
  NodeMap<Member> members_;
};

}  // namespace newsmark::extract
