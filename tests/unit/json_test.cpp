#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotate/annotate.h"
#include "annotate/json_writer.h"

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
  // A piece ends at the first value or escape after kPieceBytes: the text's lines are short.
  for (const std::string& piece : pieces) CHECK(piece.size() < 2 * JsonWriter::kPieceBytes);
}
