"""Small HTML inputs for the gumbo_patches test, the same for a given seed and material.

They aim at what gumbo's patches take shortcuts around: runs of text and the characters that
end them, positions (CR, CRLF, tabs, form feeds, multi-byte and invalid UTF-8), attribute
values, and the tree builder's special cases (leading newlines of pre/listing/textarea,
tables and foster parenting, foreign content, template, frameset, select, formatting
elements to reconstruct). Some are pieces of real pages (the material), cut, spliced with
generated markup and mutated.
"""
import random

TAGS = '''a address annotation-xml applet article aside b base big blockquote body br button
    caption center code col colgroup dd desc div dl dt em font foreignObject form frame
    frameset h1 head hr html i iframe image img input isindex keygen li link listing main
    marquee math menuitem meta mi mo mtext nav nobr noframes noscript object ol optgroup
    option p plaintext pre rb rp rt ruby s script section select small span strong style
    svg table tbody td template textarea tfoot th thead title tr tt u ul xmp'''.split()

# pre, listing and textarea drop a newline right after their start tag, and only there.
NEWLINE_STARTS = [b'<pre>\n', b'<pre>\r\n', b'<pre>\r', b'<pre>\n\n', b'<pre>&#10;', b'<pre>x\n',
                  b'<listing>\n', b'<listing>\r\n', b'<textarea>\n', b'<textarea>\r\nx', b'<PRE>\n']

WORDS = [b'alpha', b'beta gamma', b'x', b'Lorem ipsum dolor sit amet, ', b'!', b'.', b'=', b'>',
         b'/', b'-', b'--', b']]', b'?', b'"', b"'", b'`', b'~',
         'café'.encode(), '한국어 텍스트'.encode(), '中文'.encode(), '𝔘'.encode(), '😀'.encode(),
         '\u00a0'.encode(), '\u2028'.encode(), ' \u3000 '.encode()]

WHITESPACE = [b' ', b'  ', b'\n', b'\n\n', b'\t', b'\t\t', b' \t', b'\r', b'\r\n', b'\r\r\n', b'\f',
              b'\t \n \r\n\f ', b'        \t']

# Characters and sequences that stop a run of plain text, or need decoding.
SPECIAL = [b'\0', b'a\0b', b'\x01', b'\x0b', b'\x1f', b'\x7f', b'<', b'</', b'<!', b'&', b'& ', b'&#',
           b'&amp;', b'&lt', b'&#65;', b'&#x41', b'&#0;', b'&#x0;', b'&#10;', b'&#13;', b'&#9;',
           b'&#128;', b'&#x110000;', b'&#xD800;', b'&nbsp;', b'&notin;', b'&notit;', b'&bogus;',
           b'\xc2\x80', b'\xc2\x85', b'\xc2\x9f',                       # C1 controls
           b'\xef\xb7\x90', b'\xef\xbf\xbe', b'\xf0\x9f\xbf\xbe',       # noncharacters
           b'\xf4\x8f\xbf\xbf', b'\xf4\x90\x80\x80',                    # last code point, beyond it
           b'\xff', b'\xc3', b'\xa9', b'\xe4\xb8', b'\xf0\x9f\x98',     # invalid, truncated
           b'\xed\xa0\x80', b'\xc0\xaf', b'\xe0\x80\x80']               # surrogate, overlong

# Comments, script escapes, tables (foster parenting), foreign content, template, frameset,
# select, and formatting elements the tree builder reconstructs or moves.
MARKUP = [b'<!--c-->', b'<!-- c', b'<!---->', b'<!-->', b'<!--->', b'<!--a--!>', b'<!--a--->', b'<!--a-',
          b'<!--\0-->', b'-->', b'--!>', b'<?x?>', b'<![CDATA[x y]]>', b'<![CDATA[', b'</br>', b'</p>',
          b'<p/>', b'</>', b'</ x>', b'<a\tb=c\n/>', b'<table><tr><td>', b'<table>x<tr>y<td>z',
          b'<table><caption>', b'<table><colgroup><col>x', b'<svg><foreignObject><p>', b'<math><mi><b>',
          b'<svg><desc>', b'<math><annotation-xml encoding="text/html">', b'<select><option>',
          b'<template><td>', b'<frameset><frame>', b'<b><i><p>', b'<a href=x><p>',
          b'<font color=red><div>', b'<nobr><nobr>', b'<p><b>x<p>y', b'<b>1<p>2</b>3', b'<plaintext>',
          b'<script>a<!--b<script>c</script>d-->e</script>', b'<script><!--<script></script>-->',
          b'<script>x<!-- -></script>', b'<script>if (a<b) c\0</script>', b'<style>a{}</sty le></style>',
          b'<title>a&amp;b</title>', b'<xmp><b></xmp>', b'<iframe><p></iframe>', b'<noscript><p>']

# How a document starts: a doctype of each kind, framesets (no body text before them).
STARTS = [b'<!DOCTYPE html>', b'<html><body>', b'<html><head><title>t</title></head><body>',
          b'<!doctype html public "-//W3C//DTD HTML 4.01 Transitional//EN">',
          b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
          b'<!DOCTYPE html SYSTEM "about:legacy-compat">', b"<!DOCTYPE x SYSTEM 'y' z>", b'<!DOCTYPE>',
          b'<!DOCTYPE\thtml PUBLIC\n"a\0"\t>', b'<!DOCTYPE html PUBLIC>', b'<!DOCTYPE html SYSTEM>x',
          b'<html><frameset><frame>', b'<frameset cols="50%,50%"><frame src=a><noframes>x</noframes>',
          b'<html><head></head><frameset>\n<frame>\t</frameset> <!--c--> ']

ATTRIBUTE_NAMES = [b'class', b'href', b'title', b'x', b'CLASS', b'data-a', b'xlink:href',
                   b'definitionURL', b'viewBox', b'type', b'colspan', b'encoding']

ATTRIBUTE_SEPARATORS = [b' ', b' ', b'  ', b'\t', b'\n', b'\r\n', b'\f', b'/', b' / ']

ATTRIBUTE_VALUE_PIECES = [b'a b', b'x', b'"', b"'", b'&amp;', b'&quot;', b'&#34;', b'&#39;', b'&',
                          b'&notin', b'&noti=', b'&amp=', b'&lt', b'=', b'>', b'<', b'`', b'\0',
                          b'\t', b'\n', b'\r\n', b'\f', 'é'.encode(), '中'.encode(), b'\xff',
                          b'\xef\xbf\xbe', b'text/html', b'hidden', b'2']


class Generator:
    def __init__(self, seed, material):
        self.rng = random.Random(seed)
        self.material = material

    def pick(self, choices):
        return self.rng.choice(choices)

    def attribute(self):
        name = self.pick(ATTRIBUTE_NAMES)
        value = b''.join(self.pick(ATTRIBUTE_VALUE_PIECES) for _ in range(self.rng.randint(0, 6)))
        style = self.rng.random()
        if style < 0.1:
            return name
        if style < 0.45:
            return name + b'="' + value.replace(b'"', b"'") + b'"'
        if style < 0.75:
            return name + b"='" + value.replace(b"'", b'"') + b"'"
        if style < 0.9:
            return name + b'=' + value.replace(b' ', b'').replace(b'>', b'')
        return name + b'="' + value  # unterminated: runs to the next quote or the end

    def tag(self):
        name = self.pick(TAGS).encode()
        if self.rng.random() < 0.1:
            name = name.upper()
        kind = self.rng.random()
        if kind < 0.35:
            return b'</' + name + b'>'
        attributes = b''.join(self.pick(ATTRIBUTE_SEPARATORS) + self.attribute()
                              for _ in range(self.rng.choice([0, 0, 1, 2, 3])))
        return b'<' + name + attributes + (b'/>' if kind > 0.92 else b'>')

    def text(self):
        pieces = []
        for _ in range(self.rng.randint(1, 12)):
            kind = self.rng.random()
            if kind < 0.5:
                pieces.append(self.pick(WORDS))
            elif kind < 0.8:
                pieces.append(self.pick(WHITESPACE) * self.rng.choice([1, 1, 1, 3, 40]))
            else:
                pieces.append(self.pick(SPECIAL))
        return b''.join(pieces)

    def markup(self):
        parts = []
        for _ in range(self.rng.randint(1, 50)):
            kind = self.rng.random()
            if kind < 0.35:
                parts.append(self.tag())
            elif kind < 0.42:
                parts.append(self.pick(NEWLINE_STARTS))
            elif kind < 0.5:
                parts.append(self.pick(MARKUP))
            else:
                parts.append(self.text())
        return b''.join(parts)

    def cut(self):
        page = self.pick(self.material)
        if not page:
            return b''
        start = self.rng.randrange(len(page))
        return page[start:start + self.rng.randint(1, self.pick([50, 500, 5000]))]

    def mutate(self, data):
        data = bytearray(data)
        for _ in range(self.rng.randint(1, 15)):
            if not data:
                break
            at = self.rng.randrange(len(data))
            kind = self.rng.random()
            if kind < 0.3:
                data[at:at] = self.pick(SPECIAL + WHITESPACE)
            elif kind < 0.5:
                data[at:at] = self.tag()
            elif kind < 0.7:
                del data[at:at + self.rng.randint(1, 10)]
            elif kind < 0.8:
                data[at] = self.rng.randrange(256)
            else:
                data[at:at] = self.pick([b'"', b"'", b'<', b'>', b'&', b'=', b'\r\n', b'\0'])
        return bytes(data)

    def input(self):
        kind = self.rng.random()
        if kind < 0.5 or not self.material:
            data = self.markup()
        elif kind < 0.7:
            data = self.cut() + self.markup() + self.cut()
        else:
            data = self.mutate(self.pick([self.markup(), self.cut()]))
        if self.rng.random() < 0.3:
            data = self.pick(STARTS) + data
        return data


def generate(count, seed, material):
    """count inputs (bytes) from a fixed seed; material: pages to take pieces of."""
    generator = Generator(seed, material)
    return [generator.input() for _ in range(count)]
