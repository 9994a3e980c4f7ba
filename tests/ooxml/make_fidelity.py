#!/usr/bin/env python3
"""Fidelity fixtures for the package writer, made by an independent writer (XlsxWriter).

Usage: make_fidelity.py OUTDIR [VBA_PROJECT_BIN]
Writes OUTDIR/fidelity.xlsx (every feature below) and, when a VBA project is given,
OUTDIR/fidelity.xlsm (the same plus the VBA project). The budget sheet holds the 2026 safety
plan's economy table (the figures of assets/eksempel-tryghedsplan-2026.xlsx).

XlsxWriter 3.0 cannot mark a sheet very hidden, so the script sets state="veryHidden" on the
sheet "Skjult helt" in workbook.xml afterwards (the only edit made to XlsxWriter's output).
"""
import os
import struct
import sys
import zipfile
import zlib

import xlsxwriter

AB, UB, PF = "Aktive byrum", "Uddannelse og beskæftigelse", "Positive fællesskaber"
KDS = "Kommunikation, dialog og synlighed"
# nr, activity, area, responsible, partners, anchoring, 2025, 2026, 2027, 2028
ROWS = [
    (1, "Lommepengejob for kriminalitetstruede unge", UB, "Ny Start",
     "Idrætsprojektet; Ressourcegården; Det boligsociale team", None, 120000, 120000, None, None),
    (2, "Det gode valg", PF, "SSP Sekretariatet", "Helhedsplanen; Nærpolitiet; Ny Start",
     None, 170000, 150000, None, None),
    (3, "Tidlig foreningsstart", PF, "Brønshøj Boldklub", "BUF Klynge BV-A; SOF; DBU København",
     None, 213000, 213000, None, None),
    (4, "Tingbjerg Challenge", PF, "Tingbjerg Bibliotek/Kulturhus",
     "Copenhagen Cricket Club; Idrætsprojektet", None, 25000, 25000, None, None),
    (5, "Kulturaktiviteter under åben himmel", AB, "Tingbjerg Bibliotek/Kulturhus",
     "FÆLLES OM Husum-Tingbjerg; Husum Bibliotek", None, 150000, 125000, None, None),
    (6, "Kultur på volden/søndagspicnic", PF, "Energicenter Voldparken",
     "FÆLLES OM Husum-Tingbjerg; lokale aktører", None, 60000, 60000, None, None),
    (7, "Lys op! – Scenekunst for og med børn", PF, "Energicenter Voldparken",
     "Dans i Nordvest; Teater Ego", None, 40000, 40000, None, None),
    (8, "Kvinder, job og fællesskab", UB, "Den boligsociale helhedsplan",
     "Jobcenter København; FILT", "2026-2028: Mors Varme Hænder bliver selvbærende",
     270000, 200000, 170000, 140000),
    (9, "Haven, Virkefeltet 16", PF, "Den boligsociale helhedsplan",
     "Projekt Perspektiv; Idrætsprojektet", None, 280000, 210000, None, None),
    (None, "Skaberværelset", PF, "Den boligsociale helhedsplan", None, None, None, 80000, None, None),
    (None, "Unge voksnes kompetenceudvikling", UB, "Den boligsociale helhedsplan", None, None,
     None, 55000, None, None),
    (10, "Beskæftigelse for alle unge", UB, "FÆLLES OM Husum-Tingbjerg",
     "Idrætsprojektet; Tingbjerg Skole", None, 300000, 300000, None, None),
    (11, "Din fritid", PF, "FÆLLES OM Husum-Tingbjerg", "EnergiCenter Voldparken; Skolerne",
     None, 120000, 120000, None, None),
    (12, "Nyt mødested midt i byggeriet", AB, "Den boligsociale helhedsplan",
     "TMF; Områdefornyelsen", None, None, 300000, None, None),
    (13, KDS, KDS, "Økonomiforvaltningen", "Alle partnerskabets parter", "Fast 4-årig bevilling",
     250000, 330000, 330000, 330000),
    (14, "Bylivs- og tryghedspuljen", AB, "Arbejdsgruppen", None, None, 47000, 113000, None, None),
    (15, "Sekretariatsbetjening (mødeforplejning)", None, None, None, None, 6000, 6000, 6000, 6000),
]
HEADER = ["Nr.", "Aktivitet", "Indsatsområde", "Aktivitetsansvarlig", "Samarbejdspartnere",
          "Forankringsplan", 2025, 2026, 2027, 2028]


def png_bytes():
    """A 4x4 red PNG, made here (no image files in the repository)."""
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def budget_sheet(wb):
    ws = wb.add_worksheet("Tryghedsplan 2026")
    bold = wb.add_format({"bold": True})
    kr = wb.add_format({"num_format": '#,##0 "kr."'})
    ws.write("A1", "Tryghedsplan 2026 – økonomi", bold)
    ws.write_row(3, 0, HEADER, bold)
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            if v is None:
                continue
            ws.write(4 + i, j, v, kr if j >= 6 else None)
    last = 4 + len(ROWS)
    ws.write(last, 1, "I alt", bold)
    for j in range(6, 10):
        col = "GHIJ"[j - 6]
        ws.write_formula(last, j, f"=SUM({col}5:{col}{last})", kr)
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, last - 1, 9)
    ws.set_tab_color("#C00000")
    ws.print_area(0, 0, last, 9)
    ws.repeat_rows(3)
    ws.set_column(1, 1, 40)
    ws.conditional_format(4, 7, last - 1, 7, {"type": "data_bar", "bar_color": "#63BE7B"})
    ws.add_sparkline(last + 2, 1, {"range": f"'Tryghedsplan 2026'!G{last + 1}:J{last + 1}"})
    ws.data_validation(4, 2, last - 1, 2, {"validate": "list", "source": [AB, UB, PF, KDS]})
    ws.write_comment("B5", "Tjek beløbet med Ny Start", {"author": "Projektleder", "visible": True})
    ws.write_comment("B6", "Skjult note", {"author": "Økonomi"})
    return ws, last


def other_sheets(wb, last):
    bold = wb.add_format({"bold": True})
    red = wb.add_format({"color": "red"})
    extra = wb.add_worksheet("Noter")
    extra.write_rich_string("A1", "Dette er ", bold, "fed", " og ", red, "rød", " tekst")
    extra.write_url("A2", "internal:'Tryghedsplan 2026'!B5", string="Til første aktivitet")
    extra.write_url("A3", "https://www.kk.dk/", string="Københavns Kommune")
    extra.write_formula("A4", f"='Tryghedsplan 2026'!H{last + 1}-Ramme", None, -547000)
    extra.write_dynamic_array_formula("C1:C3", "=_xlfn.UNIQUE('Tryghedsplan 2026'!C5:C7)")
    extra.write("B5", 1900000)
    extra.protect("hemmeligt")
    extra.insert_image("E2", "logo.png", {"image_data": __import__("io").BytesIO(png_bytes()),
                                          "description": "Partnerskabets logo"})
    extra.insert_textbox("E10", "En tekstboks om planen", {"width": 200, "height": 60})
    tab = wb.add_worksheet("Tabel")
    tab.add_table("A1:C4", {
        "name": "Poster",
        "columns": [{"header": "Post"}, {"header": "Beløb"},
                    {"header": "Moms", "formula": "=[@Beløb]*0.25"}],
        "data": [["Leje", 1000], ["Mad", 2000], ["Lys", 500]],
    })
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"name": "2026", "categories": f"='Tryghedsplan 2026'!$B$5:$B$9",
                      "values": f"='Tryghedsplan 2026'!$H$5:$H$9"})
    tab.insert_chart("E2", chart)
    wb.add_worksheet("Skjult").write("A1", "skjult ark")
    wb.worksheets()[-1].hide()
    wb.add_worksheet("Skjult helt").write("A1", "meget skjult ark")
    cs = wb.add_chartsheet("Diagramark")
    c2 = wb.add_chart({"type": "pie"})
    c2.add_series({"values": "=Tabel!$B$2:$B$4", "categories": "=Tabel!$A$2:$A$4"})
    cs.set_chart(c2)
    wb.define_name("Ramme", "=1900000")
    wb.define_name("Aktiviteter", f"='Tryghedsplan 2026'!$B$5:$B${last}")
    wb.define_name("Noter!Lokalt", "=Noter!$B$5")
    wb.set_custom_property("Afdeling", "Sikker By")
    wb.set_custom_property("Version", 3)
    wb.set_properties({"title": "Tryghedsplan 2026", "author": "Arbejdsgruppen"})


def very_hide(path, sheet):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/workbook.xml":
                needle = f'<sheet name="{sheet}" '.encode()
                assert needle in data, "very hidden sheet not found"
                data = data.replace(needle, f'<sheet name="{sheet}" state="veryHidden" '.encode())
            zout.writestr(item, data)
    os.replace(tmp, path)


def build(path, vba=None):
    wb = xlsxwriter.Workbook(path)
    _, last = budget_sheet(wb)
    other_sheets(wb, last)
    if vba:
        wb.add_vba_project(vba)
    wb.close()
    very_hide(path, "Skjult helt")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    build(os.path.join(out, "fidelity.xlsx"))
    if len(sys.argv) > 2 and os.path.exists(sys.argv[2]):
        build(os.path.join(out, "fidelity.xlsm"), sys.argv[2])


if __name__ == "__main__":
    main()
