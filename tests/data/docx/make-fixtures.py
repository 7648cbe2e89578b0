#!/usr/bin/env python3
"""Writes the DOCX/ODT fixtures of docximporter_test: small documents with one quirk each, and hostile
ZIP containers. Run once; the outputs are committed and read by the tests."""
import io
import struct
import zipfile

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>')
TAIL = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
            '</Relationships>')


def p(*runs, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' if style else ''
    return f'<w:p>{ppr}{"".join(runs)}</w:p>'


def r(text, bold=False, italic=False):
    rpr = '<w:rPr>' + ('<w:b/>' if bold else '') + ('<w:i/>' if italic else '') + '</w:rPr>'
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def docx(name, body, extra=None):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CONTENT_TYPES)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/document.xml', HEAD + body + TAIL)
        for part, data in (extra or {}).items():
            z.writestr(part, data)


def notes(kind, items):
    seps = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')
    body = ''.join(f'<w:{kind} w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:{kind}>'
                   for i, t in items)
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{kind}s xmlns:w="{W}">{seps}{body}</w:{kind}s>'


# Everything a transcript in Word may hold, one quirk per paragraph.
docx('quirks.docx', ''.join([
    p(r('Intervju 9'), style='Heading1'),
    '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>'
    '<w:tr><w:tc><w:tcPr/>' + p(r('Datum')) + '</w:tc><w:tc>' + p(r('2024-05-01')) + '</w:tc></w:tr>'
    '<w:tr><w:tc>' + p(r('Plats')) + '</w:tc><w:tc>' + p(r('Rum 1')) + p(r('och rum 2')) + '</w:tc></w:tr></w:tbl>',
    p(r('I:', bold=True), r(' Hur började det?')),
    p(r('IP:', bold=True), r(' Med en'), r(' kursiv', italic=True), r(' fråga'),
      '<w:r><w:footnoteReference w:id="1"/></w:r>', r('.')),
    p(r('Första raden'), '<w:r><w:br/></w:r>', r('andra raden'), '<w:r><w:br w:type="page"/></w:r>',
      r('efter sidbrytning'), '<w:r><w:br w:type="column"/></w:r>', r('.')),
    p(r('Före'), '<w:r><w:tab/></w:r>', r('efter tabb')),
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' + r('Listpunkt ett') + '</w:p>',
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' + r('Listpunkt två') + '</w:p>',
    p(r('Kvar'), '<w:del w:id="9" w:author="A"><w:r><w:delText>struket</w:delText></w:r></w:del>',
      '<w:ins w:id="10" w:author="A">' + r(' infogat') + '</w:ins>'),
    p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r('fältresultat'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
    p(r('ide\u0301 och id\u00e9'), '<w:r><w:endnoteReference w:id="2"/></w:r>'),
    p(r('grå'), '<w:r><w:noBreakHyphen/></w:r>', r('grön')),
    p(),
    p('<w:r><w:t></w:t></w:r>'),
    p('<mc:AlternateContent><mc:Choice Requires="wps">' + r('val') + '</mc:Choice><mc:Fallback>' + r('reserv') +
      '</mc:Fallback></mc:AlternateContent>'),
]), {
    'word/_rels/document.xml.rels': DOC_RELS,
    'word/footnotes.xml': notes('footnote', [(1, 'Fotnotens text.')]),
    'word/endnotes.xml': notes('endnote', [(2, 'Slutnotens text.')]),
})

# A ZIP that is not a Word document.
with zipfile.ZipFile('no-document.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', CONTENT_TYPES)
    z.writestr('word/styles.xml', '<x/>')

# Broken XML inside a good container.
with zipfile.ZipFile('bad-xml.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('word/document.xml', HEAD + '<w:p><w:r><w:t>oavslutad</w:r></w:p>' + TAIL)

# A truncated container: the first 60 % of quirks.docx.
data = open('quirks.docx', 'rb').read()
open('truncated.docx', 'wb').write(data[:len(data) * 6 // 10])

# A ZIP bomb: 150 MB of blanks inside document.xml, about 150 KB on disk.
big = (HEAD + '<w:p><w:r><w:t>bomb</w:t></w:r></w:p>').encode() + b' ' * (150 * 1024 * 1024) + TAIL.encode()
with zipfile.ZipFile('bomb.docx', 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr('word/document.xml', big)
del big


# The same bomb with sizes in its headers that lie (1000 bytes), so only counting what actually comes
# out of the inflater stops it.
def lie_about_size(src, dst, size):
    b = bytearray(open(src, 'rb').read())
    # local file header: signature PK\3\4, uncompressed size at offset 22
    assert b[:4] == b'PK\x03\x04'
    struct.pack_into('<I', b, 22, size)
    cd = b.rfind(b'PK\x01\x02')
    struct.pack_into('<I', b, cd + 24, size)
    open(dst, 'wb').write(bytes(b))


lie_about_size('bomb.docx', 'bomb-lying.docx', 1000)

# ODT with notes, a soft page break, white-space runs, lists and a tracked deletion.
T = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
content = ('<?xml version="1.0" encoding="UTF-8"?>'
           '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           f'xmlns:text="{T}" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3">'
           '<office:body><office:text>'
           '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>struket</text:p>'
           '</text:deletion></text:changed-region></text:tracked-changes>'
           '<text:h text:outline-level="1">Intervju 10</text:h>'
           '<table:table><table:table-row><table:table-cell><text:p>Datum</text:p></table:table-cell>'
           '<table:table-cell><text:p>2024-06-01</text:p></table:table-cell></table:table-row>'
           '<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Hela raden</text:p>'
           '</table:table-cell><table:covered-table-cell/></table:table-row></table:table>'
           '<text:p><text:span text:style-name="T1">I:</text:span> Hur   var\n   det?</text:p>'
           '<text:p>   <text:span>IP:</text:span> Bra<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
           '<text:note-body><text:p>Fotnot i ODT.</text:p></text:note-body></text:note> faktiskt.</text:p>'
           '<text:p>Tre<text:s text:c="3"/>blanksteg<text:tab/>tabb<text:line-break/>ny rad<text:soft-page-break/> sida.</text:p>'
           '<text:list><text:list-item><text:p>Punkt ett</text:p></text:list-item>'
           '<text:list-item><text:p>Punkt två</text:p></text:list-item></text:list>'
           '<text:p>Kvar<text:change text:change-id="c1"/> här<office:annotation><text:p>kommentar</text:p></office:annotation>.</text:p>'
           '<text:p/>'
           '</office:text></office:body></office:document-content>')
with zipfile.ZipFile('quirks.odt', 'w') as z:
    z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text')
    z.writestr('content.xml', content, zipfile.ZIP_DEFLATED)
    z.writestr('META-INF/manifest.xml', '<manifest/>', zipfile.ZIP_DEFLATED)

with zipfile.ZipFile('no-content.odt', 'w') as z:
    z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text')
    z.writestr('styles.xml', '<x/>')
