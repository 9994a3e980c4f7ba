#!/usr/bin/env python3
"""Fixtures for issue 17's rows outside the frame and sheets that state two units, written at test
time by the writers users meet: XlsxWriter and openpyxl.

Usage: make_outside_frame.py OUTDIR
The plan is the 2026 plan's economy table with 2.337.000 kr. in 2026 (437.000 kr. over the
1.900.000 kr. frame); project management adds 310.000 kr. a year outside the frame.
"""
import os
import sys

import openpyxl
import xlsxwriter

OUT = sys.argv[1]
SHEET = "Tryghedsplan 2026"
PM = "Projektledelse (Sikker By, ½ årsværk)"
# nr, activity, anchoring, 2025, 2026, 2027 in kroner
PLAN = [
    (1, "Lommepengejob", "", 120000, 120000, 0),
    (2, "Det gode valg", "", 170000, 150000, 0),
    (3, "Tidlig foreningsstart", "Ja", 213000, 213000, 213000),
    (4, "Natteravne", "Ja", 6000, 6000, 6000),
    (5, "Haven", "", 400000, 500000, 0),
    (6, "Kvinder, job og fællesskab", "", 300000, 448000, 0),
    (7, "Bylivs- og tryghedspuljen", "Ja", 900000, 900000, 900000),
]
YEARS = [2025, 2026, 2027]
HEADER = ["Nr.", "Aktivitet", "Forankringsplan", *YEARS]


def path(name):
    return os.path.join(OUT, name)


def col(i):
    return chr(ord("A") + i)


# Project management below the plan, an I alt row whose SUM counts it in (a sheet may), and the
# frame row: XlsxWriter, amounts in kroner.
wb = xlsxwriter.Workbook(path("pm_kr.xlsx"))
ws = wb.add_worksheet(SHEET)
ws.write(0, 0, "Tryghedsplanens økonomi 2026")
ws.write_row(2, 0, HEADER)
rows = [*PLAN, (8, PM, "", 310000, 310000, 310000)]
for i, row in enumerate(rows):
    ws.write_row(3 + i, 0, row)
total = 3 + len(rows)
ws.write(total, 1, "I alt")
for j in range(3):
    c = col(3 + j)
    cached = sum(r[3 + j] for r in rows)
    ws.write_formula(total, 3 + j, f"=SUM({c}4:{c}{total})", None, cached)
ws.write(total + 1, 1, "Ramme")
for j in range(3):
    ws.write_number(total + 1, 3 + j, 1900000)
wb.close()

# The same plan kept in 1.000 kr. (title), project management among the rows: openpyxl.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = SHEET
ws.append(["Tryghedsplanens økonomi 2026 (Beløb i 1.000 kr.)"])
ws.append([])
ws.append(HEADER)
for nr, act, anch, *amounts in PLAN[:4]:
    ws.append([nr, act, anch or None, *[a / 1000 for a in amounts]])
ws.append([None, PM, None, 310, 310, 310])
for nr, act, anch, *amounts in PLAN[4:]:
    ws.append([nr, act, anch or None, *[a / 1000 for a in amounts]])
ws.append([None, "Ramme", None, 1900, 1900, 1900])
wb.save(path("pm_1000.xlsx"))

# A remark that says the row is financed outside the frame: openpyxl.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = SHEET
ws.append(["Tryghedsplan 2026"])
ws.append(["Nr.", "Aktivitet", "Forankringsplan", *YEARS, "Bemærkning"])
for nr, act, anch, *amounts in PLAN:
    ws.append([nr, act, anch or None, *amounts, None])
ws.append([8, "Sommerskole", None, 0, 200000, 0, "Finansieres udenfor rammen"])
wb.save(path("remark.xlsx"))

# A Ramme column that says, per row, whether the frame pays: XlsxWriter.
wb = xlsxwriter.Workbook(path("frame_column.xlsx"))
ws = wb.add_worksheet(SHEET)
ws.write(0, 0, "Tryghedsplan 2026")
ws.write_row(1, 0, ["Nr.", "Aktivitet", "Ramme", *YEARS])
for i, (nr, act, _anch, *amounts) in enumerate(PLAN):
    ws.write_row(2 + i, 0, [nr, act, "Ja", *amounts])
ws.write_row(2 + len(PLAN), 0, [8, "Boligsocial medfinansiering", "Nej", 250000, 250000, 250000])
wb.close()

# Two units: the title says 1.000 kr., the 2026 header says kr. (XlsxWriter); amounts in 1.000 kr.
wb = xlsxwriter.Workbook(path("conflict_title_header.xlsx"))
ws = wb.add_worksheet(SHEET)
ws.write(0, 0, "Tryghedsplanens økonomi 2026 (Beløb i 1.000 kr.)")
ws.write_row(1, 0, ["Nr.", "Aktivitet", "Forankringsplan", 2025, "2026 (kr.)", 2027])
for i, (nr, act, anch, *amounts) in enumerate(PLAN):
    ws.write_row(2 + i, 0, [nr, act, anch, *[a / 1000 for a in amounts]])
wb.close()

# Two units: a note row says mio. kr., the frame row's label 1.000 kr. (openpyxl).
wb = openpyxl.Workbook()
ws = wb.active
ws.title = SHEET
ws.append(["Tryghedsplan 2026"])
ws.append(["Alle beløb i mio. kr."])
ws.append(HEADER)
for nr, act, anch, *amounts in PLAN:
    ws.append([nr, act, anch or None, *[a / 1000 for a in amounts]])
ws.append([None, "Ramme (1.000 kr.)", None, 1900, 1900, 1900])
wb.save(path("conflict_note_frame.xlsx"))

# Two units, the amounts in kroner under a title in 1.000 kr. and «2026 (kr.)» (openpyxl): 2026 is
# 2.337.000 kr. or 2.337.000.000 kr., over the frame either way; 2027 is 1.119.000 kr. (within) or
# 1.119.000.000 kr. (over), so it stays uncertain.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = SHEET
ws.append(["Tryghedsplanens økonomi 2026 (Beløb i 1.000 kr.)"])
ws.append(["Nr.", "Aktivitet", "Forankringsplan", 2025, "2026 (kr.)", 2027])
for nr, act, anch, *amounts in PLAN:
    ws.append([nr, act, anch or None, *amounts])
wb.save(path("conflict_over_either.xlsx"))
