#!/usr/bin/env python3
"""Writes the table fixtures of table_test and caseimport_test. Run once; outputs are committed."""
import csv
import datetime
import openpyxl

# participants.xlsx: the corpus participants.csv as Excel would hold it, plus typed columns: the share
# of post as a percentage number, an interview date, a year count and a yes/no flag.
rows = list(csv.reader(open('../corpus/participants.csv', encoding='utf-8')))
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Deltagare'
ws.append(rows[0] + ['intervjudatum', 'antal_år', 'deltog_i_dialogmöte'])
for i, row in enumerate(rows[1:]):
    cells = list(row)
    share = cells[3]
    ws.append(cells + [None, None, None])
    r = ws.max_row
    if share:
        c = ws.cell(row=r, column=4, value=int(share.rstrip('%')) / 100)
        c.number_format = '0%'
    else:
        ws.cell(row=r, column=4, value=None)
    ws.cell(row=r, column=9, value=datetime.date(2024, 2, 14) + datetime.timedelta(days=7 * i)).number_format = 'yyyy-mm-dd'
    ws.cell(row=r, column=10, value=i + 1)
    ws.cell(row=r, column=11, value=cells[0] in ('IP1', 'IP3', 'IP5', 'IP6', 'FG2'))
wb.create_sheet('Anteckningar').append(['inte', 'den', 'första', 'fliken'])
wb.save('participants.xlsx')

# survey.csv: as Swedish Excel saves "CSV (semikolonavgränsad)": windows-1252, ';', CRLF, quoted
# answers with line breaks, separators and doubled quotes, and an empty answer.
survey = [
    ['id', 'kommun', 'nivå', 'Vad fungerar bäst i samverkan?', 'Vad saknar du?'],
    ['R1', 'Åmål', 'lokal', 'Nätverket; vi träffas ofta.', 'Mer tid.'],
    ['R2', 'Örebro', 'regional', 'Att vi har en gemensam plan,\r\nsom alla känner till.', ''],
    ['R3', 'Luleå', 'lokal', 'Det "informella" – fikat!', 'Mandat från ledningen.'],
]
with open('survey.csv', 'w', encoding='cp1252', newline='') as f:
    csv.writer(f, delimiter=';', lineterminator='\r\n').writerows(survey)

# shared-strings.xlsx: written by hand the way Excel and LibreOffice write workbooks: shared strings
# (one with rich-text runs and a phonetic hint), a boolean, a cached formula string, a custom date
# format, a percentage, a cell left out of a row (so its column is empty) and a row of blanks.
import zipfile
ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
with zipfile.ZipFile('shared-strings.xlsx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr('xl/workbook.xml', f'<workbook xmlns="{ns}" xmlns:r="{rel}"><sheets>'
               '<sheet name="Blad1" sheetId="1" r:id="rId7"/></sheets></workbook>')
    z.writestr('xl/_rels/workbook.xml.rels',
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
               'Target="worksheets/data.xml"/></Relationships>')
    z.writestr('xl/sharedStrings.xml', f'<sst xmlns="{ns}" count="6" uniqueCount="6">'
               '<si><t>id</t></si><si><t>namn</t></si><si><t>andel</t></si><si><t>datum</t></si>'
               '<si><r><rPr><b/></rPr><t>Åsa </t></r><r><t>Öberg</t></r><rPh><t>ignored</t></rPh></si>'
               '<si><t xml:space="preserve"> kvar </t></si></sst>')
    z.writestr('xl/styles.xml', f'<styleSheet xmlns="{ns}"><numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yyyy"/></numFmts>'
               '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/></cellXfs></styleSheet>')
    z.writestr('xl/worksheets/data.xml', f'<worksheet xmlns="{ns}"><sheetData>'
               '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
               '<c r="D1" t="s"><v>3</v></c><c r="E1" t="inlineStr"><is><t>aktiv</t></is></c><c r="F1" t="inlineStr"><is><t>summa</t></is></c></row>'
               '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" s="1"><v>0.75</v></c>'
               '<c r="D2" s="2"><v>45335</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="str"><f>A2&amp;"x"</f><v>1x</v></c></row>'
               '<row r="3"><c r="A3"><v>2</v></c><c r="C3" s="1"><v>1</v></c><c r="D3" s="2"><v>45336.5</v></c>'
               '<c r="E3" t="b"><v>0</v></c><c r="F3"><v>2.5</v></c></row>'
               '<row r="4"><c r="A4" t="s"><v>5</v></c></row>'
               '<row r="5"><c r="B5"/></row>'
               '</sheetData></worksheet>')
