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

// Open addressing over 16-byte slots, keys copied once into one arena: a
// lookup allocates nothing and mostly touches one cache line, where a
// std::unordered_map<std::string, …> allocates a node and a key per word.
// Words are short: they are hashed and compared eight bytes at a time.
template <class Char, class Value>
class Memo {
 public:
  using Key = std::basic_string_view<Char>;
  struct Found {
    std::uint32_t index;  // of the value, for operator[]
    bool fresh;           // new: value-initialised, for the caller to fill in
  };

  // Finds `key` (not empty), adding it when it is new.
  Found find(Key key) {
    if (2 * (values_.size() + 1) > slots_.size()) grow();
    const auto* k = reinterpret_cast<const unsigned char*>(key.data());
    std::size_t bytes = key.size() * sizeof(Char);
    std::uint32_t h = hash(k, bytes);
    std::size_t m = slots_.size() - 1;
    for (std::size_t i = h & m;; i = (i + 1) & m) {
      Slot& s = slots_[i];
      if (s.len == 0) {
        s = {static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(key.size()), h,
             static_cast<std::uint32_t>(values_.size())};
        arena_.append(key);
        values_.emplace_back();
        return {s.value, true};
      }
      if (s.hash == h && s.len == key.size() &&
          equal(reinterpret_cast<const unsigned char*>(arena_.data() + s.off), k, bytes))
        return {s.value, false};
    }
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
    std::uint32_t off = 0, len = 0;  // the key in arena_; len 0 = free
    std::uint32_t hash = 0, value = 0;
  };
  static std::uint64_t load(const unsigned char* p, std::size_t n) {  // 0 < n ≤ 8, all bytes kept
    std::uint32_t a, b;
    if (n < 4) return static_cast<std::uint64_t>(p[0]) << 16 | static_cast<std::uint64_t>(p[n >> 1]) << 8 | p[n - 1];
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    return static_cast<std::uint64_t>(a) << 32 | b;
  }
  static std::uint64_t load8(const unsigned char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  static std::uint64_t mix(std::uint64_t x) {
    x *= 0x9E3779B97F4A7C15ull;
    return x ^ x >> 29;
  }
  static std::uint32_t hash(const unsigned char* p, std::size_t n) {
    std::uint64_t h = mix(n);
    for (; n > 8; p += 8, n -= 8) h = mix(h ^ load8(p));
    h = mix(h ^ load(p, n));
    return static_cast<std::uint32_t>(h ^ h >> 32);
  }
  static bool equal(const unsigned char* a, const unsigned char* b, std::size_t n) {
    for (; n > 8; a += 8, b += 8, n -= 8)
      if (load8(a) != load8(b)) return false;
    return load(a, n) == load(b, n);
  }
  void grow() {
    std::vector<Slot> old(slots_.empty() ? 1024 : 2 * slots_.size());
    old.swap(slots_);
    std::size_t m = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.len == 0) continue;
      std::size_t i = s.hash & m;
      while (slots_[i].len) i = (i + 1) & m;
      slots_[i] = s;
    }
  }

  std::basic_string<Char> arena_;
  std::vector<Slot> slots_;
  std::vector<Value> values_;
};

}  // namespace vanban::legacy
