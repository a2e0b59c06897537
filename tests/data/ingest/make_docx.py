#!/usr/bin/env python3
"""Writes the DOCX fixtures of tests/data/ingest (Python standard library).

  quyet-dinh-807-numbered.docx  corpus/gold/quyet-dinh-807-2024-ubnd-ninh-binh
      as its drafting office would have typed it in Word: header and
      signature in tables, articles "Điều %1." and clauses "%2." from
      numbering.xml (clauses restart in each article), items as "-" bullets,
      nothing of the numbers in the text itself; plus a deleted run and a
      field code that must not come out.
  numbering-cases.docx  one paragraph per numbering rule; what vanban must
      print for it is written by hand in numbering-cases.expected.
  task-table-merged.docx  a plan whose task table prints one lead for two
      tasks (a vertically merged cell) and a group row over all columns
      (gridSpan); its header is a layout table with a merged cell too.
  ../../../fuzz/seeds-docx/  the fuzz_docx seeds: these fixtures, a real
      .docx, and hostile archives (a zip bomb, a path out of the archive,
      a cut archive, a DOCTYPE with entities, deep nesting, no document).

Run again only when a fixture changes: python3 make_docx.py
"""
import json
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text="", num=None, style=None, extra=""):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{run(text) if text else ''}{extra}</w:p>"


def table(rows):
    out = "<w:tbl><w:tblPr/>"
    for r in rows:
        out += "<w:tr>" + "".join(f"<w:tc>{''.join(c)}</w:tc>" for c in r) + "</w:tr>"
    return out + "</w:tbl>"


def level(ilvl, fmt, text, start=1, suff=None, restart=None, legal=False, pstyle=None):
    x = f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
    if restart is not None:
        x += f'<w:lvlRestart w:val="{restart}"/>'
    if pstyle:
        x += f'<w:pStyle w:val="{pstyle}"/>'
    if legal:
        x += "<w:isLgl/>"
    if suff:
        x += f'<w:suff w:val="{suff}"/>'
    return x + f'<w:lvlText w:val="{escape(text)}"/></w:lvl>'


def write(name, body, abstracts, nums, styles=""):
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
    numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>{abstracts}{nums}</w:numbering>'
    st = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>{styles}</w:styles>'
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", doc), ("word/numbering.xml", numbering),
                           ("word/styles.xml", st)):
            info = zipfile.ZipInfo(part, date_time=(2024, 11, 4, 0, 0, 0))  # same bytes every run
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def decision_807():
    g = json.load(open(os.path.join(ROOT, "corpus", "gold", "quyet-dinh-807-2024-ubnd-ninh-binh.gold.json"),
                       encoding="utf-8"))
    m = g["meta"]
    body = table([[[para("ỦY BAN NHÂN DÂN"), para("TỈNH NINH BÌNH")],
                   [para("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), para("Độc lập - Tự do - Hạnh phúc")]],
                  [[para("Số: 807/QĐ-UBND")], [para("Ninh Bình, ngày 04 tháng 11 năm 2024")]]])
    body += para("QUYẾT ĐỊNH")
    # the title over two lines, cut by a line break inside the paragraph
    words = m["title"].split(" ")
    body += ("<w:p>" + run(" ".join(words[:9])) + "<w:r><w:br/></w:r>" + run(" ".join(words[9:])) + "</w:p>")
    body += para("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH")
    for b in g["bases"]:
        body += para(b["text"])
    # a tracked deletion and a field: neither is text of the document
    body += ("<w:p>" + run("QUYẾT ĐỊNH:") + '<w:del w:id="1" w:author="x"><w:r><w:delText>XOÁ</w:delText></w:r></w:del>'
             + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
             + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    for art in g["provisions"]:
        head = art.get("heading") or art.get("text") or ""
        body += para(head, num=(1, 0))
        if art.get("heading") and art.get("text"):
            body += para(art["text"])
        for cl in art.get("children", []):
            body += para(cl["text"], num=(1, 1))
            for it in cl.get("children", []):
                body += para(it["text"], num=(2, 0))
    sig = [para("TM. ỦY BAN NHÂN DÂN"), para("KT. CHỦ TỊCH"), para("PHÓ CHỦ TỊCH"), para(), para(), para("Nguyễn Cao Sơn")]
    left = [para("Nơi nhận:")] + [para(r + ";", num=(2, 0)) for r in g["recipients"]] + [para("Lưu: VT, VP4.", num=(2, 0))]
    body += table([[left, sig]])
    abstracts = ('<w:abstractNum w:abstractNumId="0">' + level(0, "decimal", "Điều %1.", suff="space")
                 + level(1, "decimal", "%2.") + "</w:abstractNum>"
                 + '<w:abstractNum w:abstractNumId="1">' + level(0, "bullet", "-") + "</w:abstractNum>")
    nums = ('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>')
    write("quyet-dinh-807-numbered.docx", body, abstracts, nums)


def numbering_cases():
    body = "".join([
        para("decimal, restart of level 2 after level 1:"),
        para("one", num=(1, 0)), para("one.a", num=(1, 1)), para("one.b", num=(1, 1)),
        para("two", num=(1, 0)), para("two.a", num=(1, 1)),
        para("a level that never restarts (lvlRestart 0):"),
        para("X", num=(2, 0)), para("x1", num=(2, 1)), para("Y", num=(2, 0)), para("x2", num=(2, 1)),
        para("a second instance of list 1 with startOverride 5, levels in one label:"),
        para("five", num=(3, 0)), para("five.1", num=(3, 2)),
        para("list 1 again, without override: its own count goes on"),
        para("three", num=(1, 0)),
        para("isLgl makes roman numbers decimal in a legal label:"),
        para("r1", num=(4, 0)), para("r1.1", num=(4, 1)),
        para("numbering through a style, its level from the abstract list:"),
        para("heading", style="Heading1"), para("subheading", style="Heading2"), para("again", style="Heading1"),
        para("numId 0 takes the style's numbering away:", ), para("plain", style="Heading1", num=(0, 0)),
        para("a typed label with a tab:"), para("a)\tpoint typed by hand"),
        para("bullets from symbol fonts:"), para("dot", num=(5, 0)), para("plus", num=(5, 1)),
        para("letters past z, upper roman, zero-padded decimal:"),
        para("27th", num=(6, 0)), para("IV", num=(6, 1)), para("07", num=(6, 2)),
    ])
    abstracts = "".join([
        '<w:abstractNum w:abstractNumId="10">' + level(0, "upperRoman", "%1.") + level(1, "lowerLetter", "%2)")
        + level(2, "decimal", "%1.%3.", suff="space") + "</w:abstractNum>",
        '<w:abstractNum w:abstractNumId="11">' + level(0, "decimal", "Mục %1:", suff="space")
        + level(1, "decimal", "(%2)", restart=0) + "</w:abstractNum>",
        '<w:abstractNum w:abstractNumId="12">' + level(0, "upperRoman", "Phần %1", suff="nothing")
        + level(1, "decimal", "%1.%2.", legal=True) + "</w:abstractNum>",
        '<w:abstractNum w:abstractNumId="13">' + level(0, "decimal", "Chương %1.", pstyle="Heading1", suff="space")
        + level(1, "decimal", "%1.%2.", pstyle="Heading2") + "</w:abstractNum>",
        '<w:abstractNum w:abstractNumId="14">' + level(0, "bullet", "\uf0b7") + level(1, "bullet", "+")
        + "</w:abstractNum>",
        '<w:abstractNum w:abstractNumId="15">' + level(0, "lowerLetter", "%1)", start=27)
        + level(1, "upperRoman", "%2.", start=4) + level(2, "decimalZero", "%3.", start=7) + "</w:abstractNum>",
    ])
    nums = "".join([
        '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>',
        '<w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>',
        '<w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>'
        "</w:lvlOverride></w:num>",
        '<w:num w:numId="4"><w:abstractNumId w:val="12"/></w:num>',
        '<w:num w:numId="5"><w:abstractNumId w:val="14"/></w:num>',
        '<w:num w:numId="6"><w:abstractNumId w:val="15"/></w:num>',
        '<w:num w:numId="7"><w:abstractNumId w:val="13"/></w:num>',
    ])
    styles = ('<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr>'
              '</w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr>'
              '<w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>')
    write("numbering-cases.docx", body, abstracts, nums, styles)


def task_table():
    def cell(text, merge=None, span=None):
        pr = (f'<w:vMerge w:val="{merge}"/>' if merge == "restart" else "<w:vMerge/>" if merge else "")
        pr += f'<w:gridSpan w:val="{span}"/>' if span else ""
        return [f"<w:tcPr>{pr}</w:tcPr>", para(text)]
    header = table([[cell("ỦY BAN NHÂN DÂN", "restart"), cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
                    [cell("", "continue"), cell("Độc lập - Tự do - Hạnh phúc")]])
    tasks = table([[cell("TT"), cell("Nội dung"), cell("Cơ quan chủ trì"), cell("Cơ quan phối hợp"), cell("Thời gian hoàn thành")],
                   [cell("I"), cell("CÔNG TÁC QUY HOẠCH", span=4)],
                   [cell("1"), cell("Rà soát quy hoạch"), cell("Sở Nông nghiệp và Môi trường", "restart"), cell("Các sở, ngành"),
                    cell("Trong tháng 6/2026")],
                   [cell("2"), cell("Kiểm tra hoạt động khoáng sản"), cell("", "continue"), cell("Công an tỉnh"), cell("Hằng năm")]])
    body = (header + para("Số: 12/KH-UBND") + para("KẾ HOẠCH") + para("Thực hiện Chỉ thị số 11-CT/TU")
            + para("I. NHIỆM VỤ") + tasks + para("Trên đây là Kế hoạch."))
    write("task-table-merged.docx", body, "", "")


def zip_of(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2024, 11, 4, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def seeds():
    out = os.path.join(ROOT, "fuzz", "seeds-docx")
    os.makedirs(out, exist_ok=True)
    for name in ("numbering-cases.docx", "quyet-dinh-807-numbered.docx", "task-table-merged.docx"):
        with open(os.path.join(HERE, name), "rb") as f, open(os.path.join(out, name), "wb") as g:
            g.write(f.read())
    with open(os.path.join(ROOT, "corpus", "docs", "thong-tu-67-2025-bct.docx"), "rb") as f:
        real = f.read()
    with open(os.path.join(out, "thong-tu-67-2025-bct.docx"), "wb") as g:
        g.write(real)
    with open(os.path.join(out, "truncated.docx"), "wb") as g:
        g.write(real[: len(real) * 3 // 5])
    doc = lambda inner: f'<?xml version="1.0"?><w:document {W}><w:body>{inner}</w:body></w:document>'
    # 4 MiB of text that deflates to a few KiB: over the ratio limit
    zip_of(os.path.join(out, "bomb.docx"), [("word/document.xml", doc("<w:p><w:r><w:t>" + " " * (4 << 20) + "</w:t></w:r></w:p>"))])
    zip_of(os.path.join(out, "traversal.docx"), [("word/document.xml", doc(para("x"))), ("../../etc/evil.txt", "x")])
    zip_of(os.path.join(out, "no-document.zip"), [("hello.txt", "xin chào")])
    zip_of(os.path.join(out, "doctype.docx"), [("word/document.xml",
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        f'<w:document {W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>')])
    zip_of(os.path.join(out, "deep.docx"), [("word/document.xml", doc("<w:sdt><w:sdtContent>" * 400 + para("sâu")
                                                                     + "</w:sdtContent></w:sdt>" * 400))])
    zip_of(os.path.join(out, "bad-numbering.docx"), [
        ("word/document.xml", doc(para("a", num=(9, 7)) + para("b", num=(1, 99)) + para("c", style="Loop"))),
        ("word/numbering.xml", f'<w:numbering {W}><w:abstractNum w:abstractNumId="0">'
         + level(0, "lowerRoman", "%1%2%3%4%5%6%7%8%9%", start=-5) + level(7, "lowerLetter", "%8)", start=999999)
         + '</w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="0"/></w:num></w:numbering>'),
        ("word/styles.xml", f'<w:styles {W}><w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop2"/>'
         '</w:style><w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop"/></w:style></w:styles>')])
    with open(os.path.join(out, "page.html"), "w", encoding="utf-8") as g:
        g.write('<!DOCTYPE html><html><head><title>t</title></head><body><div id="menu"><a href="/">Trang chủ</a>'
                '</div><div class="fulltext"><div class="vbInfo">Hiệu lực: Còn hiệu lực</div><table><tr><td>'
                'QUỐC HỘI</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr></table><div id="toanvancontent">'
                '<p>Điều 1.\n Phạm vi</p><p>1. Một<br>hai</p></div></div></body></html>')


if __name__ == "__main__":
    decision_807()
    numbering_cases()
    task_table()
    seeds()
