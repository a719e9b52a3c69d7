// gumbo_dump, the gumbo_patches test's view of gumbo: prints everything observable in
// gumbo's output for each input file (tree, tags, attributes, text, positions, original
// text, document info, every error and its message) under several option sets. Built twice
// by tests/gumbo/CMakeLists.txt, on pristine gumbo and on the copy with
// src/html/gumbo-patches applied; check_patches.py compares the two dumps, since the
// patches must not change gumbo's output. Pointers into the input print as byte offsets,
// so that the dumps of the two builds compare byte for byte.
// Usage: gumbo_dump [--defaults-only] FILE...  (--defaults-only: the first option set only,
// for large pages)
#include <assert.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gumbo.h"
// gumbo-internal: the errors' details, and gumbo_error_to_string with what it needs.
#include "error.h"
#include "parser.h"
#include "string_buffer.h"

typedef struct {
  const char* name;
  int max_errors;
  bool stop_on_first_error;
  int tab_stop;
  GumboTag fragment_context;
  GumboNamespaceEnum fragment_namespace;
} OptionSet;

// The first is gumbo's defaults (every error recorded); the others reach the code paths
// the options switch (newsmark's own options, stopping early, other tab stops, fragments
// whose context puts text straight into a cell, a caption or foreign content).
static const OptionSet kOptionSets[] = {
    {"defaults", -1, false, 8, GUMBO_TAG_LAST, GUMBO_NAMESPACE_HTML},
    {"max_errors 0 (newsmark)", 0, false, 8, GUMBO_TAG_LAST, GUMBO_NAMESPACE_HTML},
    {"stop_on_first_error", -1, true, 8, GUMBO_TAG_LAST, GUMBO_NAMESPACE_HTML},
    {"tab_stop 3", -1, false, 3, GUMBO_TAG_LAST, GUMBO_NAMESPACE_HTML},
    {"fragment in body", -1, false, 8, GUMBO_TAG_BODY, GUMBO_NAMESPACE_HTML},
    {"fragment in td", -1, false, 8, GUMBO_TAG_TD, GUMBO_NAMESPACE_HTML},
    {"fragment in caption", -1, false, 8, GUMBO_TAG_CAPTION, GUMBO_NAMESPACE_HTML},
    {"fragment in svg title", -1, false, 8, GUMBO_TAG_TITLE, GUMBO_NAMESPACE_SVG},
};

// The input being dumped: pointers into it are printed as offsets.
static const char* g_input;
static size_t g_input_length;

static bool in_input(const char* p) {
  return p >= g_input && p <= g_input + g_input_length;
}

// Quoted, with control characters, quotes, backslashes and DEL as \xNN.
static void print_bytes(const char* data, size_t length) {
  putchar('"');
  for (size_t i = 0; i < length; ++i) {
    const unsigned char c = (unsigned char) data[i];
    if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f) {
      printf("\\x%02x", c);
    } else {
      putchar(c);
    }
  }
  putchar('"');
}

static void print_string(const char* label, const char* s) {
  printf(" %s=", label);
  if (s == NULL) {
    fputs("NULL", stdout);
  } else {
    print_bytes(s, strlen(s));
  }
}

static void print_pointer(const char* label, const char* p) {
  if (p == NULL) {
    printf(" %s=NULL", label);
  } else if (in_input(p)) {
    printf(" %s=@%ld", label, (long) (p - g_input));
  } else {
    printf(" %s=outside", label);
  }
}

// A piece inside the input prints as offset+length, one outside it (gumbo's constants)
// with its bytes.
static void print_piece(const char* label, GumboStringPiece piece) {
  print_pointer(label, piece.data);
  printf("+%zu", piece.length);
  if (piece.data != NULL && !in_input(piece.data)) {
    print_bytes(piece.data, piece.length);
  }
}

static void print_position(const char* label, GumboSourcePosition p) {
  printf(" %s=%u:%u:%u", label, p.line, p.column, p.offset);
}

static void dump_node(const GumboNode* node, int depth, const GumboNode* parent);

static void dump_children(const GumboVector* children, int depth, const GumboNode* parent) {
  for (unsigned i = 0; i < children->length; ++i) {
    const GumboNode* child = children->data[i];
    assert(child->index_within_parent == i);
    dump_node(child, depth, parent);
  }
}

static void dump_attribute(const GumboAttribute* a, int depth) {
  printf("%*s@ ns=%d", depth, "", a->attr_namespace);
  print_string("name", a->name);
  print_piece("original_name", a->original_name);
  print_string("value", a->value);
  print_piece("original_value", a->original_value);
  print_position("name_start", a->name_start);
  print_position("name_end", a->name_end);
  print_position("value_start", a->value_start);
  print_position("value_end", a->value_end);
  putchar('\n');
}

static void dump_node(const GumboNode* node, int depth, const GumboNode* parent) {
  assert(node->parent == parent);
  printf("%*stype=%d index=%ld flags=%d", depth, "", node->type,
      (long) node->index_within_parent, node->parse_flags);  // the document's is -1
  switch (node->type) {
    case GUMBO_NODE_DOCUMENT: {
      const GumboDocument* d = &node->v.document;
      printf(" has_doctype=%d", d->has_doctype);
      print_string("name", d->name);
      print_string("public", d->public_identifier);
      print_string("system", d->system_identifier);
      printf(" quirks=%d\n", d->doc_type_quirks_mode);
      dump_children(&d->children, depth + 1, node);
      break;
    }
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      const GumboElement* e = &node->v.element;
      printf(" tag=%s ns=%d", gumbo_normalized_tagname(e->tag), e->tag_namespace);
      print_piece("original_tag", e->original_tag);
      print_piece("original_end_tag", e->original_end_tag);
      print_position("start", e->start_pos);
      print_position("end", e->end_pos);
      putchar('\n');
      for (unsigned i = 0; i < e->attributes.length; ++i) {
        dump_attribute(e->attributes.data[i], depth + 2);
      }
      dump_children(&e->children, depth + 1, node);
      break;
    }
    default: {  // text, CDATA, comment, whitespace
      const GumboText* t = &node->v.text;
      print_string("text", t->text);
      print_piece("original_text", t->original_text);
      print_position("start", t->start_pos);
      putchar('\n');
    }
  }
}

static void dump_error_details(const GumboError* e) {
  switch (e->type) {
    case GUMBO_ERR_UTF8_INVALID:
    case GUMBO_ERR_UTF8_TRUNCATED:
    case GUMBO_ERR_NUMERIC_CHAR_REF_WITHOUT_SEMICOLON:
    case GUMBO_ERR_NUMERIC_CHAR_REF_INVALID:
      printf(" codepoint=%llu", (unsigned long long) e->v.codepoint);
      break;
    case GUMBO_ERR_NAMED_CHAR_REF_WITHOUT_SEMICOLON:
    case GUMBO_ERR_NAMED_CHAR_REF_INVALID:
      print_piece("text", e->v.text);
      break;
    case GUMBO_ERR_DUPLICATE_ATTR:
      print_string("name", e->v.duplicate_attr.name);
      printf(" original_index=%u new_index=%u", e->v.duplicate_attr.original_index,
          e->v.duplicate_attr.new_index);
      break;
    case GUMBO_ERR_PARSER:
    case GUMBO_ERR_UNACKNOWLEDGED_SELF_CLOSING_TAG:
      printf(" input_type=%d input_tag=%d mode=%d stack=", e->v.parser.input_type,
          e->v.parser.input_tag, e->v.parser.parser_state);
      for (unsigned i = 0; i < e->v.parser.tag_stack.length; ++i) {
        // Tags stored by value in the pointers (error.h).
        printf("%d,", (int) (size_t) e->v.parser.tag_stack.data[i]);
      }
      break;
    default:
      printf(" codepoint=%d state=%d", e->v.tokenizer.codepoint, e->v.tokenizer.state);
  }
}

// Each error with its fields and its message (gumbo_error_to_string reads every field).
static void dump_errors(const GumboOptions* options, const GumboOutput* output) {
  // gumbo_error_to_string only uses the parser for its options (the allocator).
  GumboParser parser;
  memset(&parser, 0, sizeof parser);
  parser._options = options;
  printf("errors=%u\n", output->errors.length);
  for (unsigned i = 0; i < output->errors.length; ++i) {
    const GumboError* e = output->errors.data[i];
    printf("error type=%d", e->type);
    print_position("position", e->position);
    print_pointer("original_text", e->original_text);
    dump_error_details(e);
    GumboStringBuffer message;
    gumbo_string_buffer_init(&parser, &message);
    gumbo_error_to_string(&parser, e, &message);
    printf(" message=");
    print_bytes(message.data, message.length);
    putchar('\n');
    gumbo_string_buffer_destroy(&parser, &message);
  }
}

// Zeroed allocations: gumbo leaves value_start and value_end of an attribute without a
// value uninitialized, which would make the dumps differ by chance.
static void* zeroing_allocator(void* userdata, size_t size) {
  (void) userdata;
  return calloc(1, size != 0 ? size : 1);
}

static void deallocator(void* userdata, void* p) {
  (void) userdata;
  free(p);
}

static void dump_with_options(const OptionSet* set) {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = zeroing_allocator;
  options.deallocator = deallocator;
  options.max_errors = set->max_errors;
  options.stop_on_first_error = set->stop_on_first_error;
  options.tab_stop = set->tab_stop;
  options.fragment_context = set->fragment_context;
  options.fragment_namespace = set->fragment_namespace;
  GumboOutput* output = gumbo_parse_with_options(&options, g_input, g_input_length);
  printf("-- %s\nroot", set->name);
  if (output->root == NULL) {  // stop_on_first_error can stop before there is one
    printf(" none\n");
  } else {
    assert(output->root->parent == output->document);
    printf(" index=%zu\n", output->root->index_within_parent);
  }
  dump_node(output->document, 0, NULL);
  dump_errors(&options, output);
  gumbo_destroy_output(&options, output);
}

static char* read_file(const char* path, size_t* length) {
  FILE* f = fopen(path, "rb");
  if (f == NULL) {
    perror(path);
    exit(1);
  }
  size_t capacity = 1 << 16;
  char* data = malloc(capacity);
  *length = 0;
  size_t n;
  while ((n = fread(data + *length, 1, capacity - *length, f)) > 0) {
    *length += n;
    if (*length == capacity) {
      capacity *= 2;
      data = realloc(data, capacity);
    }
  }
  fclose(f);
  return data;
}

int main(int argc, char** argv) {
  static char output_buffer[1 << 20];  // dumps are large: written in big blocks
  setvbuf(stdout, output_buffer, _IOFBF, sizeof output_buffer);
  int first_file = 1;
  size_t set_count = sizeof kOptionSets / sizeof kOptionSets[0];
  if (argc > 1 && strcmp(argv[1], "--defaults-only") == 0) {
    first_file = 2;
    set_count = 1;
  }
  for (int i = first_file; i < argc; ++i) {
    char* data = read_file(argv[i], &g_input_length);
    g_input = data;
    printf("=== %s\n", argv[i]);
    for (size_t set = 0; set < set_count; ++set) {
      dump_with_options(&kOptionSets[set]);
    }
    free(data);
    fflush(stdout);  // after a crash, the last header names the input
  }
  return ferror(stdout) ? 1 : 0;
}
