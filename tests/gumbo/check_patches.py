"""The gumbo_patches test: gumbo with src/html/gumbo-patches applied must give the same
output as pristine gumbo. Dumps every input with both builds of gumbo_dump and compares the
dumps; on a difference, prints the input and the first differing lines, and fails.

Inputs: generated ones (fixed seed, written to --work), every tests/fixtures/**/*.html and,
when present, the readability pages of ../shared (default options only: they are large).
"""
import argparse
import concurrent.futures
import os
import pathlib
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # importing generate_inputs leaves no __pycache__ in the sources
from generate_inputs import generate  # noqa: E402

SEED = 20240601
BATCH_BYTES = 1 << 18  # of input per run of gumbo_dump: bounds the dumps held in memory
CONTEXT_LINES = 4  # printed from the first differing line


def write_generated(work, count, material):
    work.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, data in enumerate(generate(count, SEED, material)):
        path = work / f'generated-{number:05d}.html'
        path.write_bytes(data)
        paths.append(path)
    for stale in set(work.glob('*.html')) - set(paths):  # from a run with a larger count
        stale.unlink()
    return paths


def batches(paths, options):
    """Groups of paths of about BATCH_BYTES of input, each with gumbo_dump's options."""
    batch, size = [], 0
    for path in paths:
        batch.append(str(path))
        size += path.stat().st_size
        if size >= BATCH_BYTES:
            yield options, batch
            batch, size = [], 0
    if batch:
        yield options, batch


def dump(executable, options, paths):
    run = subprocess.run([executable, *options, *paths], capture_output=True)
    if run.returncode != 0:
        # gumbo_dump flushes after each input: the last header names the one it failed on.
        headers = (b'\n' + run.stdout).split(b'\n=== ')
        failed_on = headers[-1].split(b'\n', 1)[0].decode(errors='replace') if len(headers) > 1 else paths[0]
        return None, f'{executable} failed (exit {run.returncode}) on {failed_on}:\n' \
                     f'{run.stderr.decode(errors="replace")[-2000:]}'
    return run.stdout, None


def first_difference(pristine, patched):
    """The input and the first differing lines of two dumps that differ."""
    lines_a, lines_b = pristine.split(b'\n'), patched.split(b'\n')
    line = next((i for i, (a, b) in enumerate(zip(lines_a, lines_b)) if a != b),
                min(len(lines_a), len(lines_b)))
    def last_before(prefix):
        found = next((lines_a[i] for i in range(line, -1, -1) if lines_a[i].startswith(prefix)), b'')
        return found[len(prefix):].decode(errors='replace')
    report = [f'DIFFERENT: {last_before(b"=== ")} (options: {last_before(b"-- ")})']
    for label, lines in (('pristine', lines_a), ('patched ', lines_b)):
        for text in lines[line:line + CONTEXT_LINES]:
            report.append(f'  {label}| {text[:300].decode(errors="replace")}')
    return '\n'.join(report)


def compare(pristine_exe, patched_exe, options, paths):
    """None when both builds dump the batch identically, otherwise what differs."""
    pristine, error = dump(pristine_exe, options, paths)
    if error:
        return f'pristine gumbo: {error}'
    patched, error = dump(patched_exe, options, paths)
    if error:
        return f'patched gumbo: {error}'
    return None if pristine == patched else first_difference(pristine, patched)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--pristine', required=True, help='gumbo_dump built on pristine gumbo')
    parser.add_argument('--patched', required=True, help='gumbo_dump built on patched gumbo')
    parser.add_argument('--fixtures', required=True, type=pathlib.Path)
    parser.add_argument('--pages', required=True, type=pathlib.Path, help='used when present')
    parser.add_argument('--work', required=True, type=pathlib.Path, help='for generated inputs')
    parser.add_argument('--count', type=int, default=3000, help='generated inputs')
    args = parser.parse_args()
    started = time.monotonic()

    fixtures = sorted(args.fixtures.rglob('*.html'))
    generated = write_generated(args.work, args.count, [p.read_bytes() for p in fixtures])
    pages = sorted(args.pages.glob('*.html')) if args.pages.is_dir() else []
    print(f'inputs: {len(generated)} generated (in {args.work}), {len(fixtures)} fixtures, '
          + (f'{len(pages)} readability pages' if pages else f'readability pages skipped ({args.pages} absent)'))

    jobs = [*batches(generated + fixtures, []), *batches(pages, ['--defaults-only'])]
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        reports = [r for r in pool.map(lambda job: compare(args.pristine, args.patched, *job), jobs) if r]
    for report in reports:
        print(report)
    total = len(generated) + len(fixtures) + len(pages)
    verdict = f'{len(reports)} batch(es) with a difference' if reports else 'identical'
    print(f'gumbo output with and without the patches on {total} inputs: {verdict} '
          f'({time.monotonic() - started:.1f} s)')
    return 1 if reports else 0


if __name__ == '__main__':
    sys.exit(main())
