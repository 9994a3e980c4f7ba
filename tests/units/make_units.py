#!/usr/bin/env python3
"""Fixtures for issue 17 (units, unread amounts, the unit guard), written at test time by the
writers users meet: XlsxWriter and openpyxl.

Usage: make_units.py OUTDIR
Each workbook holds one plan sheet "Tryghedsplan 2026" with Nr. | Aktivitet | 2025 | 2026 | 2027
(unless said otherwise); the amounts are the same plan in different units.
"""
import os
import sys

import openpyxl
import xlsxwriter

OUT = sys.argv[1]
SHEET = "Tryghedsplan 2026"
# nr, activity, 2025, 2026, 2027 in kroner
PLAN = [
    (1, "Lommepengejob", 120000, 120000, 0),
    (2, "Det gode valg", 170000, 150000, 0),
    (3, "Tidlig foreningsstart", 213000, 213000, 213000),
    (4, "Natteravne", 6000, 6000, 6000),
]


def scaled(kr, divisor):
    return kr / divisor if divisor != 1 else kr


def xw(name, rows_above, header, divisor=1, frame_label=None, num_format=None, extra=None):
    """XlsxWriter: title/note rows, the header row, the plan, optionally a frame row."""
    wb = xlsxwriter.Workbook(os.path.join(OUT, name))
    ws = wb.add_worksheet(SHEET)
    fmt = wb.add_format({"num_format": num_format}) if num_format else None
    r = 0
    for text in rows_above:
        if text is not None:
            ws.write(r, 0, text)
        r += 1
    ws.write_row(r, 0, header)
    r += 1
    for nr, act, *years in PLAN:
        ws.write(r, 0, nr)
        ws.write(r, 1, act)
        for i, kr in enumerate(years):
            ws.write_number(r, 2 + i, scaled(kr, divisor), fmt)
        r += 1
    if frame_label:
        ws.write(r, 1, frame_label)
        for i in range(3):
            ws.write_number(r, 2 + i, scaled(1900000, divisor))
        r += 1
    if extra:
        extra(wb, ws, r)
    wb.close()


def op(name, rows_above, header, divisor=1):
    """openpyxl: the same layout, written by the other writer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    for text in rows_above:
        ws.append([text] if text is not None else [])
    ws.append(header)
    for nr, act, *years in PLAN:
        ws.append([nr, act, *[scaled(kr, divisor) for kr in years]])
    wb.save(os.path.join(OUT, name))


H = ["Nr.", "Aktivitet", 2025, 2026, 2027]

# Each unit, each place it is written.
xw("title_1000.xlsx", ["Tryghedsplanens økonomi 2026 (Beløb i 1.000 kr.)", None], H, 1000, "Ramme")
op("note_tkr.xlsx", ["Tryghedsplan 2026", "Alle beløb i t.kr."], H, 1000)
xw("header_tkr.xlsx", ["Tryghedsplan 2026"], ["Nr.", "Aktivitet", "2025 (t.kr.)", "2026 (t.kr.)", "2027 (t.kr.)"], 1000)
op("header_budget_1000.xlsx", ["Tryghedsplan 2026"], ["Nr.", "Aktivitet", "Budget 2025, 1.000 kr.", "Budget 2026, 1.000 kr.", "Budget 2027, 1.000 kr."], 1000)
op("note_tkr_short.xlsx", ["Tryghedsplan 2026", "Beløb i tkr."], H, 1000)
op("title_tusind.xlsx", ["Tryghedsplan 2026 – beløb i tusind kr."], H, 1000)
op("header_kr1000.xlsx", ["Tryghedsplan 2026"], ["Nr.", "Aktivitet", "2025, kr. 1.000", "2026, kr. 1.000", "2027, kr. 1.000"], 1000)
xw("title_mio.xlsx", ["Tryghedsplan 2026, beløb i mio. kr."], H, 1000000, "Ramme")
op("note_mio.xlsx", ["Tryghedsplan 2026", "(mio.)"], H, 1000000)
op("note_mill.xlsx", ["Tryghedsplan 2026", "Alle tal i mill. kr."], H, 1000000)
xw("frame_label_1000.xlsx", ["Tryghedsplan 2026"], H, 1000, "Ramme (1.000 kr.)")
op("title_kr.xlsx", ["Tryghedsplan 2026 (beløb i kr.)"], H, 1)
# A format that only shows thousands is no unit: the values are kroner.
xw("format_thousands.xlsx", ["Tryghedsplan 2026"], H, 1, None, "#,##0,")
# The guard: the plan in kroner with small activities, and the same plan divided by 1.000.
SMALL = [(i + 1, f"Aktivitet {i + 1}", 9000, 9000, 9000) for i in range(30)]


def small(name, divisor):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(["Tryghedsplan 2026"])
    ws.append(H)
    for nr, act, *years in SMALL:
        ws.append([nr, act, *[kr / divisor for kr in years]])
    wb.save(os.path.join(OUT, name))


small("small_kr.xlsx", 1)
small("small_divided.xlsx", 1000)
# Unread amounts near the frame: 2026 reads 1.600.000 kr. of a 1.900.000 kr. frame and leaves out
# "ca. 300.000" and a #DIV/0!; 2027 is over the frame already despite one unread amount.
wb = xlsxwriter.Workbook(os.path.join(OUT, "unread.xlsx"))
ws = wb.add_worksheet(SHEET)
ws.write(0, 0, "Tryghedsplan 2026")
ws.write_row(2, 0, H)
ws.write_row(3, 0, [1, "Lommepengejob", 100000, 1000000, 2000000])
ws.write_row(4, 0, [2, "Haven", 100000, "ca. 300.000", "ca. 50.000"])
ws.write_row(5, 0, [3, "Natteravne", 100000, 600000, 0])
ws.write(6, 0, 4)
ws.write(6, 1, "Tingbjerg Challenge")
ws.write(6, 2, 5000)
ws.write_formula(6, 3, "=1/0", None, "#DIV/0!")
ws.write(6, 4, 0)
# Text amounts with more than two decimals round half up to øre: 120,555 → 120,56 kr.
ws.write_row(7, 0, [5, "Småbeløb", "120,555", 0, 0])
wb.close()
# Keep reading what reads well: an Excel table with a totals row ...
wb = xlsxwriter.Workbook(os.path.join(OUT, "table_totals.xlsx"))
ws = wb.add_worksheet(SHEET)
ws.write(0, 0, "Tryghedsplan 2026")
data = [[nr, act, *years] for nr, act, *years in PLAN]
ws.add_table(2, 0, 2 + len(data) + 1, 4, {
    "data": data,
    "total_row": True,
    "columns": [
        {"header": "Nr.", "total_string": ""},
        {"header": "Aktivitet", "total_string": "I alt"},
        {"header": "2025", "total_function": "sum"},
        {"header": "2026", "total_function": "sum"},
        {"header": "2027", "total_function": "sum"},
    ],
})
wb.close()
# ... a two-row header with the years under a merged "Budget (1.000 kr.)" ...
wb = xlsxwriter.Workbook(os.path.join(OUT, "two_row_header.xlsx"))
ws = wb.add_worksheet(SHEET)
ws.write(0, 0, "Tryghedsplan 2026")
ws.write(2, 0, "Nr.")
ws.write(2, 1, "Aktivitet")
ws.merge_range(2, 2, 2, 4, "Budget (1.000 kr.)")
ws.write_row(3, 2, [2025, 2026, 2027])
for i, (nr, act, *years) in enumerate(PLAN):
    ws.write_row(4 + i, 0, [nr, act, *[kr / 1000 for kr in years]])
wb.close()
# ... and spending columns beside the budget columns, which are not budget.
wb = xlsxwriter.Workbook(os.path.join(OUT, "spending_beside.xlsx"))
ws = wb.add_worksheet(SHEET)
ws.write(0, 0, "Tryghedsplan 2026 (beløb i 1.000 kr.)")
ws.write_row(2, 0, ["Nr.", "Aktivitet", "Budget 2026", "Forbrug 2026", "Budget 2027"])
for i, (nr, act, _y25, y26, y27) in enumerate(PLAN):
    ws.write_row(3 + i, 0, [nr, act, y26 / 1000, y26 / 2000, y27 / 1000])
wb.close()
