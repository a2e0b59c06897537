// A memo table for the legacy decoder: a document repeats its words, so what
// is worked out about a word (its scores, its syllable shape) is kept per
// document and looked up by the word's characters. Internal to pipeline/text.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::legacy {

// Open addressing over 16-byte slots: a lookup allocates nothing and
// mostly touches one cache line, where a std::unordered_map<std::string, …>
// allocates a node and a key per word. Most words fit in eight bytes: those
// are kept in the slot itself and hashed and compared as one number; longer
// ones are copied once into an arena.
template <class Value>
class Memo {
 public:
  struct Found {
    std::uint32_t index;  // of the value, for operator[]
    bool fresh;           // new: value-initialised, for the caller to fill in
  };

  // Finds `key` (not empty), adding it when it is new. `readable8`: the
  // eight bytes from key.data() may be read (then a short key is read in one
  // load, without a branch on its length).
  Found find(std::string_view key, bool readable8) {
    if (2 * (values_.size() + 1) > slots_.size()) grow();
    const auto* k = reinterpret_cast<const unsigned char*>(key.data());
    std::size_t n = key.size(), m = slots_.size() - 1;
    auto len = static_cast<std::uint32_t>(n);
    bool inline_key = n <= 8;
    std::uint64_t packed = !inline_key ? 0 : readable8 ? load8(k) & ~0ull >> (64 - 8 * n) : load(k, n);
    std::size_t i = (inline_key ? mix(packed ^ n) : hash(k, n)) & m;
    for (;; i = (i + 1) & m) {
      Slot& s = slots_[i];
      if (s.len == 0) break;
      if (s.len == len && (inline_key ? s.key == packed : std::memcmp(arena_.data() + s.key, k, n) == 0))
        return {s.value, false};
    }
    Slot& s = slots_[i];
    s.len = len;
    s.value = static_cast<std::uint32_t>(values_.size());
    if (inline_key) {
      s.key = packed;
    } else {
      s.key = arena_.size();
      arena_.append(key);
    }
    values_.emplace_back();
    return {s.value, true};
  }
  // A value by index: it stays where it is until the next find.
  Value& operator[](std::uint32_t i) { return values_[i]; }

  // Empties the table, keeping its memory (unless much larger than needed
  // last time, so that one large document does not slow down the next).
  void clear() {
    if (slots_.size() > 4 * 2 * values_.size() && slots_.size() > 4096) std::vector<Slot>().swap(slots_);
    else std::fill(slots_.begin(), slots_.end(), Slot{});
    arena_.clear();
    values_.clear();
  }

 private:
  struct Slot {
    std::uint64_t key = 0;  // the key's bytes (little-endian) when at most 8, else its place in arena_
    std::uint32_t len = 0;  // 0 = free
    std::uint32_t value = 0;
  };
  static std::uint64_t load8(const unsigned char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  static std::uint64_t load(const unsigned char* p, std::size_t n) {  // the n ≤ 8 bytes, as load8 & mask
    if (n < 4)
      return p[0] | static_cast<std::uint64_t>(p[n >> 1]) << (8 * (n >> 1)) |
             static_cast<std::uint64_t>(p[n - 1]) << (8 * (n - 1));
    std::uint32_t a, b;  // overlapping halves: the shared bytes agree
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    return a | static_cast<std::uint64_t>(b) << (8 * (n - 4));
  }
  static std::uint64_t mix(std::uint64_t x) {
    x *= 0x9E3779B97F4A7C15ull;
    return x ^ x >> 32;
  }
  static std::uint64_t hash(const unsigned char* p, std::size_t n) {
    std::uint64_t h = n;
    for (; n > 8; p += 8, n -= 8) h = mix(h ^ load8(p));
    return mix(h ^ load(p, n));
  }
  std::uint64_t hash_of(const Slot& s) const {
    return s.len <= 8 ? mix(s.key ^ s.len) : hash(reinterpret_cast<const unsigned char*>(arena_.data() + s.key), s.len);
  }
  void grow() {
    std::vector<Slot> old(slots_.empty() ? 1024 : 2 * slots_.size());
    old.swap(slots_);
    std::size_t m = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.len == 0) continue;
      std::size_t i = hash_of(s) & m;
      while (slots_[i].len) i = (i + 1) & m;
      slots_[i] = s;
    }
  }

  std::string arena_;
  std::vector<Slot> slots_;
  std::vector<Value> values_;
};

}  // namespace vanban::legacy
