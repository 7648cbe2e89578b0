#!/usr/bin/env python3
"""Writes the PDF fixtures of pdfimporter_test: small PDF 1.4 files with one layout quirk each, set in
the standard Helvetica font (WinAnsiEncoding, so å ä ö – ” … work), one Td/Tj per line. Next to each
text PDF goes X.txt, the text a careful person would copy out of it: the golden output of the import.
Run once from any folder; the outputs are committed and read by the tests. Needs qpdf for the
encrypted files, which come out different on every run (qpdf salts the encryption at random); the
other files come out the same."""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))

# Advance widths of Helvetica (Adobe's AFM, 1/1000 em) for the WinAnsi codes the fixtures use. They go
# into the font's /Widths, so the word boxes a reader computes are the ones this script wraps with.
ASCII_WIDTHS = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  # space ! " # $ % & ' ( ) * + , - . /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  # 0-9 : ; < = > ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  # @ A-O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  # P-Z [ \ ] ^ _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  # ` a-o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 556,  # p-z { | } ~
]
EXTRA_WIDTHS = {0x85: 1000, 0x91: 222, 0x92: 222, 0x93: 333, 0x94: 333, 0x96: 556, 0x97: 1000, 0xA0: 278,
                0xAD: 333, 0xC4: 667, 0xC5: 667, 0xC9: 667, 0xD6: 778, 0xE4: 556, 0xE5: 556, 0xE9: 556,
                0xF6: 556}


def char_width(code):
    if 32 <= code < 128:
        return ASCII_WIDTHS[code - 32]
    return EXTRA_WIDTHS[code]


def text_width(text, size):
    return sum(char_width(b) for b in text.encode('cp1252')) * size / 1000


def pdf_string(text):
    raw = text.encode('cp1252')
    return b'(' + raw.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)') + b')'


class Page:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.ops = []
        self.image = False

    def text(self, x, y, text, size=10):
        """One line with its baseline at y points from the top of the page."""
        self.ops.append(b'BT /F1 %g Tf %.2f %.2f Td %s Tj ET' % (size, x, self.height - y, pdf_string(text)))

    def vertical(self, x, y, text, size=10):
        """A line turned a quarter to the left, reading upwards from its start at (x, y)."""
        self.ops.append(b'BT /F1 %g Tf 0 1 -1 0 %.2f %.2f Tm %s Tj ET' % (size, x, self.height - y, pdf_string(text)))

    def centred(self, y, text, size=10):
        self.text((self.width - text_width(text, size)) / 2, y, text, size)

    def right(self, x, y, text, size=10):
        self.text(x - text_width(text, size), y, text, size)

    def draw_image(self, x, y, w, h):
        self.image = True
        self.ops.append(b'q %.2f 0 0 %.2f %.2f %.2f cm /Im1 Do Q' % (w, h, x, self.height - y - h))


def write_pdf(name, pages):
    """PDF 1.4 with a correct cross-reference table: catalog, page tree, one font, pages."""
    objects = []  # bodies; object n is objects[n - 1]

    def add(body):
        objects.append(body)
        return len(objects)

    widths = b' '.join(b'%d' % (char_width(c) if (32 <= c < 128 or c in EXTRA_WIDTHS) else 556)
                       for c in range(32, 256))
    catalog = add(None)
    tree = add(None)
    font = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding '
               b'/FirstChar 32 /LastChar 255 /Widths [' + widths + b'] >>')
    # An 8 x 8 grey checkerboard: the "scan" of the page without a text layer.
    pixels = bytes((0x40 if (i // 8 + i % 8) % 2 else 0xC0) for i in range(64))
    image = add(b'<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray '
                b'/BitsPerComponent 8 /Length %d >>\nstream\n' % len(pixels) + pixels + b'\nendstream')
    kids = []
    for page in pages:
        content = b'\n'.join(page.ops) + b'\n'
        stream = add(b'<< /Length %d >>\nstream\n' % len(content) + content + b'endstream')
        xobjects = b' /XObject << /Im1 %d 0 R >>' % image if page.image else b''
        kids.append(add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g] /Contents %d 0 R '
                        b'/Resources << /Font << /F1 %d 0 R >>%s >> >>'
                        % (tree, page.width, page.height, stream, font, xobjects)))
    objects[catalog - 1] = b'<< /Type /Catalog /Pages %d 0 R >>' % tree
    objects[tree - 1] = (b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids)
                         + b'] /Count %d >>' % len(kids))

    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % n + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for offset in offsets:
        out += b'%010d 00000 n \n' % offset
    out += b'trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, catalog, xref)
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(out)


def write_text(name, paragraphs):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n\n'.join(p.replace('|', '') for p in paragraphs) + '\n')


def wrap(paragraph, width, size, indent=0):
    """Greedy line breaking, the first line `indent` narrower. '|' marks where a word may be divided:
    after a hyphen already there it breaks the word as it stands ("ANDTS-|samordnare"), elsewhere it
    adds a hyphen ("sam|ordnare")."""
    lines = []
    line = ''
    full = width
    width = full - indent
    for word in paragraph.split(' '):
        if lines:
            width = full
        candidate = (line + ' ' + word) if line else word
        if text_width(candidate.replace('|', ''), size) <= width:
            line = candidate
            continue
        # The word does not fit: divide it at the last marked point that does, if any.
        parts = word.split('|')
        for cut in range(len(parts) - 1, 0, -1):
            head = ''.join(parts[:cut])
            head += '' if head.endswith('-') else '-'
            if text_width(((line + ' ') if line else '') + head, size) <= width:
                lines.append((line + ' ' + head) if line else head)
                line = '|'.join(parts[cut:])
                break
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return [l.replace('|', '') for l in lines]


def measure_for(first_line, size):
    """The measure at which a paragraph's first line comes out as first_line and no longer."""
    return text_width(first_line, size) + 0.5


class Flow:
    """Sets paragraphs into frames (page, x, top, bottom, width), one after another, as a word
    processor does: lines at a fixed pitch, extra space between paragraphs, none at a frame's top."""

    def __init__(self, frames, size=10, pitch=13, gap=7, indent=0):
        self.frames = frames
        self.size = size
        self.pitch = pitch
        self.gap = gap
        self.indent = indent

    def set(self, paragraphs):
        frame = 0
        page, x, top, bottom, width = self.frames[frame]
        y = top
        for n, paragraph in enumerate(paragraphs):
            if n and y > top:
                y += self.gap
            # A line break inside a paragraph ("Datum: …" / "Längd: …") starts a line without a gap;
            # only the paragraph's first line is indented.
            indent = self.indent
            for piece in paragraph.split('\n'):
                for line in wrap(piece, width, self.size, indent):
                    if y + self.pitch > bottom:
                        frame += 1
                        page, x, top, bottom, width = self.frames[frame]
                        y = top
                    page.text(x + indent, y + self.size, line, self.size)
                    indent = 0
                    y += self.pitch


A5 = (420, 595)


def hyphenation():
    """One quirk per page, each in a paragraph's first line, at a measure chosen to put it there."""
    cases = [
        ['I: Hur ser samarbetet ut i dag, när du tänker på hela kommunen?',
         'IP: Vi har en samverkansgrupp där jag som sam|ordnare håller i trådarna, och ANDTS-samordnare '
         'från grannkommunerna är med ibland. Det fungerar bra, tycker jag.'],
        ['IP: Det var tydligare förut, när vi hade en ANDTS-|samordnare på heltid i kommunen. Nu delar '
         'vi på en tjänst med två andra kommuner.'],
        ['IP: Jag tror att det handlar om hela hälso- och sjukvårdens sätt att se på prevention, och '
         'om vem som äger frågan.'],
        ['IP: Ja, om jag – om man ser till mandatet, så är det ”otydligt” på pappret men tydligt i '
         'praktiken… [skratt] Så kan man också säga.'],
    ]
    # The first line of each page's last paragraph: the quirk at its end.
    first_lines = ['IP: Vi har en samverkansgrupp där jag som sam-',
                   'IP: Det var tydligare förut, när vi hade en ANDTS-',
                   'IP: Jag tror att det handlar om hela hälso-',
                   'IP: Ja, om jag –']
    pages = []
    for paragraphs, first_line in zip(cases, first_lines):
        page = Page(*A5)
        width = measure_for(first_line, 10)
        assert wrap(paragraphs[-1], width, 10)[0] == first_line
        Flow([(page, 50, 60, 540, width)]).set(paragraphs)
        pages.append(page)
    write_pdf('hyphenation.pdf', pages)
    write_text('hyphenation.txt', [p for c in cases for p in c])


def header_footer():
    """Three pages with a running header whose page number changes, a "Sida N av 3" footer, a title in
    the top band of page 1 that is not a header, a header block of short lines, and turns running
    across both page breaks."""
    paragraphs = [
        'Intervju 7',
        'Datum: 2024-05-02\nLängd: 40 min\nRespondent: IP7 (pseudonym) – Intervjuare: I',
        'I: Kan du berätta om hur nätverket av samordnare i länet kom till?',
        'IP: Det började med att några av oss träffades på en konferens och märkte att vi satt med samma '
        'frågor. Vi bestämde att ses en gång i månaden, först digitalt och sedan på riktigt. Länsstyrelsen '
        'erbjöd sig att stå för lokalen, och efter ett år hade vi en egen liten budget för resor.',
        'I: Vad betyder nätverket för dig i vardagen?',
        'IP: Väldigt mycket, faktiskt. När jag ska ta fram ett nytt styrdokument ringer jag först någon i '
        'nätverket och frågar hur de gjorde, i stället för att börja från noll. Det sparar veckor av arbete, '
        'och jag slipper göra samma misstag som andra redan har gjort.',
        'I: Finns det något du saknar?',
        'IP: Mandat, skulle jag säga. Vi kan prata hur mycket som helst, men besluten fattas någon annanstans.',
    ]
    pages = [Page(*A5) for _ in range(3)]
    for n, page in enumerate(pages, 1):
        page.text(50, 40, f'Samverkansprojektet – intervju 7 – sida {n}', 8)
        page.right(370, 570, f'Sida {n} av 3', 8)
    # The title sits in the top band of page 1, below the running header; frames end mid-turn.
    pages[0].text(50, 70, paragraphs[0], 14)
    flow = Flow([(pages[0], 50, 90, 205, 320), (pages[1], 50, 60, 150, 320), (pages[2], 50, 60, 540, 320)])
    flow.set(paragraphs[1:])
    write_pdf('header-footer.pdf', pages)
    write_text('header-footer.txt', paragraphs)


def page_break():
    """A turn that goes on from page 1 to page 2, bare page numbers at the bottom."""
    paragraphs = [
        'I: Hur har det varit att arbeta med suicidprevention under det senaste året?',
        'IP: Tufft, men också givande. Vi har fått igång en handlingsplan som alla förvaltningar har ställt '
        'sig bakom, och det har jag väntat på länge. Skolan är med, socialtjänsten är med, och nu försöker vi '
        'få med fritidsförvaltningen också, eftersom de möter så många unga på kvällstid.',
        'I: Och vad har varit svårast?',
        'IP: Att hålla i det över tid när ingen har det som sitt huvuduppdrag.',
    ]
    pages = [Page(*A5) for _ in range(2)]
    for n, page in enumerate(pages, 1):
        page.centred(570, str(n), 9)
    Flow([(pages[0], 50, 60, 140, 320), (pages[1], 50, 60, 540, 320)]).set(paragraphs)
    write_pdf('page-break.pdf', pages)
    write_text('page-break.txt', paragraphs)


def two_columns():
    """A title across the page, then two columns on the same baselines; the second turn runs from
    the foot of the left column to the top of the right one; a "- 1 -" page number."""
    paragraphs = [
        'I: Hur ser samverkan ut mellan kommunen och regionen i er del av länet?',
        'IP: Den har blivit bättre. Vi har ett gemensamt forum där vi ses fyra gånger om året, och där '
        'tar vi upp allt från tobaksfria skolgårdar till hur vi ska nå unga vuxna som spelar om pengar. '
        'Men det hänger mycket på personer, tyvärr.',
        'I: Vad menar du med det?',
        'IP: När någon slutar tappar vi tråden. Det står inte i något styrdokument vem som ska kalla till '
        'mötena, så det blir den som orkar.',
    ]
    page = Page(*A5)
    page.text(40, 50, 'Fokus: samverkan i länet', 14)
    page.centred(570, '- 1 -', 9)
    Flow([(page, 40, 70, 176, 160), (page, 220, 70, 176, 160)], size=9, pitch=12, gap=6).set(paragraphs)
    write_pdf('two-columns.pdf', [page])
    write_text('two-columns.txt', ['Fokus: samverkan i länet'] + paragraphs)


def indented():
    """Field notes whose paragraphs are told apart only by a first-line indent, as in a book: no space
    between them, and a paragraph's last line may run to the margin."""
    paragraphs = [
        'Intervjun hölls i ett mötesrum på kommunhuset. IP8 hade förberett sig med anteckningar och '
        'ville gärna börja med att beskriva sin bakgrund inom socialtjänsten.',
        'Under andra halvan av samtalet blev tonen mer personlig. IP8 berättade om hur det är att vara '
        'ensam i sin roll och om nätverket som en viktig källa till stöd.',
        'Efter intervjun visade IP8 den nya handlingsplanen, som ännu inte är antagen.',
    ]
    page = Page(*A5)
    Flow([(page, 50, 60, 540, 300)], gap=0, indent=18).set(paragraphs)
    write_pdf('indented.pdf', [page])
    write_text('indented.txt', paragraphs)


def partly_scanned():
    """A page with text and a word set vertically in the margin, then a page that is only an image."""
    paragraphs = ['I: Vill du lägga till något?', 'IP: Nej, jag tror att vi har fått med det viktigaste.']
    text_page = Page(*A5)
    Flow([(text_page, 50, 60, 540, 320)]).set(paragraphs)
    text_page.vertical(30, 300, 'UTKAST', 8)
    scan = Page(*A5)
    scan.draw_image(50, 50, 320, 480)
    write_pdf('partly-scanned.pdf', [text_page, scan])
    write_text('partly-scanned.txt', paragraphs)


def scanned():
    """A page that is only an image: a scan without a text layer."""
    page = Page(*A5)
    page.draw_image(50, 50, 320, 480)
    write_pdf('scanned.pdf', [page])


def encrypted():
    """The page-break fixture locked with a user password, and once with an owner password only
    (which any reader opens without asking)."""
    source = os.path.join(HERE, 'page-break.pdf')
    subprocess.run(['qpdf', '--encrypt', 'user', 'owner', '256', '--', source,
                    os.path.join(HERE, 'encrypted.pdf')], check=True)
    subprocess.run(['qpdf', '--encrypt', '', 'owner', '256', '--', source,
                    os.path.join(HERE, 'owner-password-only.pdf')], check=True)


if __name__ == '__main__':
    hyphenation()
    header_footer()
    page_break()
    two_columns()
    indented()
    partly_scanned()
    scanned()
    encrypted()
