#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/annotate.h"
#include "annotate/json_writer.h"
#include "text/utf8.h"

using newsmark::JsonWriter;

TEST_CASE("json: strings are escaped as JSON requires and repaired when broken") {
  JsonWriter json;
  json.begin_array().string("say \"hi\"\\\n\t\x01").string("caf\xC3").valid_string("삼성").end_array();
  CHECK(json.take() == "[\"say \\\"hi\\\"\\\\\\n\\t\\u0001\",\"caf\xEF\xBF\xBD\",\"삼성\"]");
}

TEST_CASE("json: objects, arrays and numbers get their commas") {
  JsonWriter json;
  json.begin_object().key("a").integer(-3).key("b").begin_array().number(0.5).boolean(true).null().end_array();
  json.key("c").string_or_null("").end_object();
  CHECK(json.take() == "{\"a\":-3,\"b\":[0.5,true,null],\"c\":null}");
}

TEST_CASE("json: commas between the members of nested objects and arrays") {
  JsonWriter json;
  json.begin_array().begin_object().key("a").integer(1).end_object().begin_object().key("b").begin_array().end_array();
  json.key("c").plain_string("claim").end_object().begin_array().end_array().plain_string("x").end_array();
  CHECK(json.take() == "[{\"a\":1},{\"b\":[],\"c\":\"claim\"},[],\"x\"]");
}

TEST_CASE("json: integers are written in decimal at every digit count, negative or not") {
  std::vector<long long> values = {0, LLONG_MIN, LLONG_MAX, LLONG_MIN + 1};
  for (long long power = 1; power <= LLONG_MAX / 10; power *= 10)
    for (const long long near : {power - 1, power, power + 1, 10 * power - 1}) values.insert(values.end(), {near, -near});
  for (const long long value : values) {
    JsonWriter json;
    json.integer(value);
    CAPTURE(value);
    CHECK(json.take() == std::to_string(value));
  }
}

TEST_CASE("json: numbered ids are the letter then the number, at every digit count") {
  for (const unsigned long long number : {0ull, 1ull, 9ull, 10ull, 11ull, 99ull, 100ull, 999ull, 1000ull, 123456789ull, ULLONG_MAX}) {
    JsonWriter json;
    json.begin_array().numbered_id('a', number).numbered_id('e', number).end_array();
    CAPTURE(number);
    CHECK(json.take() == "[\"a" + std::to_string(number) + "\",\"e" + std::to_string(number) + "\"]");
  }
  // In a document: ids in document order past a9, and equivalent_of naming another amount.
  newsmark::Document document;
  document.article.text = std::string(40, 'x');
  for (std::size_t i = 0; i < 12; ++i) {
    newsmark::Amount amount;
    amount.span = {3 * i, 3 * i + 2};
    amount.currency = "USD";
    document.amounts.push_back(amount);
  }
  document.amounts[11].equivalent_of = 10;
  const std::string json = newsmark::to_json(document);
  for (int i = 1; i <= 12; ++i) CHECK(json.find("{\"id\":\"a" + std::to_string(i) + "\",\"type\":\"amount\"") != std::string::npos);
  CHECK(json.find("{\"id\":\"a12\",\"type\":\"amount\",\"start\":33,\"end\":35,\"text\":\"xx\",\"currency\":\"USD\",\"equivalent_of\":\"a11\"}") !=
        std::string::npos);
}

TEST_CASE("json: a document sent in pieces is the same JSON, never held whole") {
  std::string text;
  for (int i = 0; text.size() < 4 * JsonWriter::kPieceBytes; ++i)
    text += "Acme Corp said \"it will spend $" + std::to_string(i) + " million\" on plants.\n삼성전자는 " + std::to_string(i) + "억 원을 투자한다.\n\n";
  newsmark::Options options;
  options.plain_text = true;
  const newsmark::Document document = newsmark::annotate(text, options);
  const std::string id = "doc-1";

  std::vector<std::string> pieces;
  newsmark::write_json(document, [&pieces](std::string_view piece) { pieces.emplace_back(piece); }, &id);
  std::string joined;
  for (const std::string& piece : pieces) joined += piece;

  CHECK(joined == newsmark::to_json(document, &id));
  CHECK(pieces.size() > 4);
  // A piece ends at the first object, array, string or escape after kPieceBytes: the text's lines are short.
  for (const std::string& piece : pieces) CHECK(piece.size() < 2 * JsonWriter::kPieceBytes);
}

namespace {

// The JSON escape of every byte, one at a time: what the writer's word-at-a-time scan must match.
std::string escaped_byte_by_byte(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\b') out += "\\b";
    else if (c == '\f') out += "\\f";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20) out += std::string("\\u00") + kHex[c >> 4] + kHex[c & 0xF];
    else out += ch;
  }
  return out + "\"";
}

// Unicode's definition of well-formed UTF-8 (table 3-7), decoded the slow way; NUL is
// refused too, as the pipeline replaces it.
bool valid_by_definition(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0) return false;
    const std::size_t n = c < 0x80 ? 1 : c >= 0xC0 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF8 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    char32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = cp << 6 | (b & 0x3F);
    }
    const char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < smallest[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n;
  }
  return true;
}

// UTF-16 code units of s[0, byte_offset), one code point at a time.
std::size_t utf16_units_by_definition(std::string_view s, std::size_t byte_offset) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < byte_offset; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

}  // namespace

TEST_CASE("json: every byte that needs an escape is found, wherever it is in the string") {
  // Each ASCII byte and a lead byte, at every position of strings from 1 to 20 bytes (the
  // scan reads eight bytes at a time, the last word overlapping), after an escape or not.
  for (int special = 0; special < 0x81; ++special) {
    for (std::size_t length = 1; length <= 20; ++length) {
      for (std::size_t at = 0; at < length; ++at) {
        std::string s(length, 'a');
        s[at] = static_cast<char>(special);
        if (at > 0) s[at - 1] = '"';
        if (special == 0x80) s[at] = static_cast<char>(0xA2);  // a byte above 0x7F whose low bits are '"'
        JsonWriter json;
        json.valid_string(s);
        CAPTURE(special);
        CAPTURE(length);
        CAPTURE(at);
        CHECK(json.take() == escaped_byte_by_byte(s));
      }
    }
  }
}

TEST_CASE("json: checked strings, plain ASCII or not, are escaped and repaired as JSON requires") {
  // Each ASCII byte but NUL at every position of strings from 1 to 20 bytes (plain ASCII
  // is told apart eight bytes at a time), alone, with Hangul before or after, and cut short.
  for (int special = 1; special < 0x80; ++special) {
    for (std::size_t length = 1; length <= 20; ++length) {
      for (std::size_t at = 0; at < length; ++at) {
        std::string s(length, 'a');
        s[at] = static_cast<char>(special);
        CAPTURE(special);
        CAPTURE(s);
        for (const std::string& t : {s, s + "한", "한" + s}) {
          JsonWriter json;
          json.string(t);
          CHECK(json.take() == escaped_byte_by_byte(t));
        }
        JsonWriter json;
        json.string(s + "\xC3");
        CHECK(json.take() == escaped_byte_by_byte(s + "\xEF\xBF\xBD"));
      }
    }
  }
  // NUL is invalid, as the pipeline replaces it, short string or long.
  for (const std::string& nul : {std::string("a\0b", 3), std::string("abcdefgh\0", 9)}) {
    JsonWriter json;
    json.string(nul);
    CHECK(json.take() == escaped_byte_by_byte(newsmark::text::repair_utf8(nul)));
  }
}

TEST_CASE("utf8: valid means valid by Unicode's definition, for every kind of sequence") {
  // Every one- and two-byte string, and every three-byte string that starts with a
  // three-byte lead or a byte around those, each alone, at the end of longer text and
  // followed by more, ASCII to the end included (the scan skips ASCII eight bytes at a time).
  const auto check = [](const std::string& s) {
    for (const std::string& t : {s, "abcdefgh" + s, "한국" + s, s + "x", s + "한국어 text", s + "abcdefgh"}) {
      CAPTURE(t);
      CHECK(newsmark::text::is_valid_utf8(t) == valid_by_definition(t));
    }
  };
  for (int a = 0; a < 256; ++a) {
    check(std::string(1, static_cast<char>(a)));
    for (int b = 0; b < 256; ++b) check({static_cast<char>(a), static_cast<char>(b)});
  }
  for (int a = 0xDF; a <= 0xF0; ++a)
    for (int b = 0x70; b <= 0xC2; ++b)
      for (int c : {0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xEA})
        check({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
  // Four-byte sequences: the smallest and largest, overlongs, above U+10FFFF, truncated.
  for (const char* s : {"\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
                        "\xF0\x9F\x98\x80", "\xF0\x9F\x98", "\xF0\x9F", "\xF0", "\xF0\x9F\x98\x41"})
    check(s);
}

TEST_CASE("utf8: valid text is valid whatever its length and mix, and one bad byte at the end is found") {
  // Hangul then ASCII, of every length around the scan's eight-byte steps and 64-byte chunks.
  for (std::size_t hangul = 0; hangul <= 30; ++hangul) {
    for (std::size_t ascii = 0; ascii <= 80; ++ascii) {
      std::string text;
      for (std::size_t k = 0; k < hangul; ++k) text += "한";
      text += std::string(ascii, 'a');
      CAPTURE(hangul);
      CAPTURE(ascii);
      CHECK(newsmark::text::is_valid_utf8(text));
      CHECK_FALSE(newsmark::text::is_valid_utf8(text + "\xFF"));
    }
  }
}

TEST_CASE("utf8: repair replaces each invalid sequence with one U+FFFD and counts it") {
  struct Case {
    std::string input, repaired;
    std::size_t replaced;
  };
  const std::string r = "\xEF\xBF\xBD";
  const std::vector<Case> cases = {
      {"abc", "abc", 0},
      {std::string("a\0b", 3), "a" + r + "b", 1},                 // NUL
      {"a\x80\xBF" "b", "a" + r + r + "b", 2},                    // lone continuation bytes
      {"\xC0\xAF", r + r, 2},                                     // overlong two-byte lead
      {"\xE0\x80\xAF", r, 1},                                     // overlong three-byte sequence
      {"\xED\xA0\x80", r, 1},                                     // a surrogate
      {"\xF4\x90\x80\x80", r, 1},                                 // above U+10FFFF
      {"\xF8\x88\x80\x80\x80", r + r + r + r + r, 5},             // five-byte lead
      {"\xEA\xB0", r, 1},                                         // truncated by the end
      {"\xEA\xB0" "a\xF0\x9F\x98", r + "a" + r, 2},               // truncated, then again at the end
      {"한\xED\x9F\xBF국", "한\xED\x9F\xBF국", 0},                  // U+D7FF, the last before the surrogates
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    std::size_t replaced = 0;
    CHECK(newsmark::text::repair_utf8(c.input, &replaced) == c.repaired);
    CHECK(replaced == c.replaced);
  }
}

TEST_CASE("utf16: offsets count two units for four-byte characters, in any order of lookup") {
  // Emoji (four bytes) among ASCII, Hangul (three) and Latin-1 (two), over several of the
  // map's 64-byte checkpoints.
  std::string text;
  for (int i = 0; i < 40; ++i) text += i % 3 == 0 ? "a😀" : i % 3 == 1 ? "한é " : "😀😀b";
  newsmark::text::Utf16Map map(text);
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i <= text.size(); ++i) offsets.push_back(i);
  for (std::size_t i = 0; i <= text.size(); i += 7) offsets.push_back(text.size() - i);  // backwards
  for (std::size_t i = 0; i + 70 <= text.size(); i += 13) offsets.insert(offsets.end(), {i + 70, i + 3, i + 60});
  offsets.push_back(text.size() + 5);  // past the end: the end
  for (const std::size_t offset : offsets) {
    CAPTURE(offset);
    CHECK(map.to_utf16(offset) == utf16_units_by_definition(text, std::min(offset, text.size())));
  }
  // In the JSON: "😀" is two units, so "b" after it starts at 2.
  newsmark::Document document;
  document.article.text = "😀b";
  document.article.blocks.push_back({"p", {4, 5}});
  CHECK(newsmark::to_json(document).find("\"blocks\":[{\"kind\":\"p\",\"start\":2,\"end\":3}]") != std::string::npos);
}

TEST_CASE("utf16: offsets are right in texts of every length around the map's words and blocks") {
  const std::string pieces[] = {"a", "한", "é", "😀", "\n"};
  std::string text;
  for (std::size_t length = 0; length <= 140; ++length) {
    newsmark::text::Utf16Map map(text);
    for (std::size_t offset = 0; offset <= text.size(); ++offset) {
      CAPTURE(length);
      CAPTURE(offset);
      CHECK(map.to_utf16(offset) == utf16_units_by_definition(text, offset));
    }
    text += pieces[length * 7 % 5];
  }
}
