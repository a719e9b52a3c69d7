// The native shell: `newsmark annotate [--text] [--jsonl] [FILE|-]`.
// Exit codes: 0 success, 2 bad usage, 3 unreadable or refused input.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <functional>
#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>

#include "annotate/annotate.h"
#include "companies/companies.h"

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitInput = 3;

const char kUsage[] =
    "usage: newsmark annotate [--text] [--jsonl] [FILE|-]\n"
    "  --text   the input is plain text (no article extraction)\n"
    "  --jsonl  read lines {\"id\", \"html\"} or {\"id\", \"text\"}; write one document per line\n";

struct Args {
  bool text = false, jsonl = false;
  std::string path = "-";
};

bool parse_args(int argc, char** argv, Args& args) {
  if (argc < 2 || std::string(argv[1]) != "annotate") return false;
  bool have_path = false;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--text") args.text = true;
    else if (a == "--jsonl") args.jsonl = true;
    else if (a.size() > 1 && a[0] == '-' && a != "-") return false;
    else if (have_path) return false;
    else args.path = a, have_path = true;
  }
  return true;
}

bool read_input(const std::string& path, std::string& out) {
  if (path == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return !std::cin.bad();
  }
  // A regular file is read at its size, in one piece: a big page is not copied through a
  // growing buffer. Anything else that opens (a pipe, a device) is read to its end.
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return false;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  if (error) {
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
  }
  out.resize(size);
  in.read(out.data(), static_cast<std::streamsize>(size));
  return static_cast<std::uintmax_t>(in.gcount()) == size;
}

// Standard output in the pieces the JSON writer sends, with no copy of the whole document.
void print(std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); }

std::string id_of(const nlohmann::json& line) {
  if (!line.contains("id")) return "";
  const auto& id = line["id"];
  return id.is_string() ? id.get<std::string>() : id.dump();
}

// The pipeline's independent stages on two cores: `first` on a thread of its own, `second`
// here. An exception in `first` is carried over and thrown here, as it would be in sequence.
void run_on_two_threads(const std::function<void()>& first, const std::function<void()>& second) {
  std::exception_ptr failure;
  std::thread other([&] {
    try {
      first();
    } catch (...) {
      failure = std::current_exception();
    }
  });
  try {
    second();
  } catch (...) {
    other.join();
    throw;
  }
  other.join();
  if (failure) std::rethrow_exception(failure);
}

// One JSON line in, one JSON line out; a bad line gets an error object, not an abort.
std::string annotate_line(const std::string& raw) {
  nlohmann::json line = nlohmann::json::parse(raw, nullptr, false);
  if (line.is_discarded() || !line.is_object()) return newsmark::error_json("line is not a JSON object");
  const std::string id = id_of(line);
  newsmark::Options options;
  options.run_both = run_on_two_threads;
  std::string input;
  if (line.contains("html") && line["html"].is_string()) {
    input = line["html"].get<std::string>();
  } else if (line.contains("text") && line["text"].is_string()) {
    input = line["text"].get<std::string>();
    options.plain_text = true;
  } else {
    return newsmark::error_json("line has neither \"html\" nor \"text\"", &id);
  }
  try {
    return newsmark::to_json(newsmark::annotate(input, options), &id);
  } catch (const newsmark::InputRejected& e) {
    return newsmark::error_json(e.what(), &id);
  }
}

int run_jsonl(const std::string& all) {
  std::istringstream lines(all);
  std::string raw;
  while (std::getline(lines, raw)) {
    if (raw.find_first_not_of(" \t\r") == std::string::npos) continue;
    print(annotate_line(raw));
    print("\n");
  }
  return 0;
}

// A run is short and its big buffers (page, tree, text, tables) come and go: glibc would
// map each of them afresh and give it back on free, so that every one costs its page
// faults again. Keeping freed memory in one heap lets the next buffer reuse it.
//
// And every 4 KiB page a run touches first costs a page fault (~3 us on a VM: over 3,000
// of them for a 1 MB page, a fifth of its time). So the heap grows in one step and is
// offered to the kernel for 2 MiB pages, which it backs them with where transparent huge
// pages are enabled ("madvise", the usual default): a few faults instead of thousands.
void prepare_heap() {
#ifdef __GLIBC__
  constexpr int kLarge = 32 << 20;  // the largest mmap threshold glibc takes on 64-bit systems
  mallopt(M_MMAP_THRESHOLD, kLarge);
  mallopt(M_TRIM_THRESHOLD, kLarge);
  mallopt(M_ARENA_MAX, 1);  // one heap for both threads: what the tables free, the pipeline reuses
#ifdef MADV_HUGEPAGE
  constexpr std::uintptr_t kHeapStep = 64 << 20, kHugePage = 2 << 20;
  mallopt(M_TOP_PAD, static_cast<int>(kHeapStep));
  // More than the heap holds: it grows by that and the pad (a trim on free keeps the pad).
  // Volatile, or the compiler drops the pair.
  void* volatile growth = std::malloc(kHugePage);
  std::free(growth);
  const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
  const std::uintptr_t first = (end - kHeapStep + kHugePage - 1) & ~(kHugePage - 1), last = end & ~(kHugePage - 1);
  if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);  // a hint: failure is harmless
#endif
#endif
}

}  // namespace

int main(int argc, char** argv) {
  prepare_heap();
  // The company tables take longer to build than a small page takes to annotate: a second
  // core builds them while the input is read, parsed and extracted.
  std::thread tables(newsmark::companies::load_tables);
  struct Join {
    std::thread& thread;
    ~Join() { thread.join(); }
  } join_at_exit{tables};
  std::ios::sync_with_stdio(false);
  Args args;
  if (!parse_args(argc, argv, args)) {
    std::fputs(kUsage, stderr);
    return kExitUsage;
  }
  std::string input;
  if (!read_input(args.path, input)) {
    std::fprintf(stderr, "newsmark: cannot read %s\n", args.path == "-" ? "standard input" : args.path.c_str());
    return kExitInput;
  }
  if (args.jsonl) return run_jsonl(input);
  newsmark::Options options;
  options.plain_text = args.text;
  options.run_both = run_on_two_threads;
  try {
    newsmark::write_json(newsmark::annotate(input, options), print);
    print("\n");
  } catch (const newsmark::InputRejected& e) {
    std::fprintf(stderr, "newsmark: %s\n", e.what());
    return kExitInput;
  }
  return 0;
}
